import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { paths } from '../../src/lib/site/urls.ts';
import { readCsv } from '../export/open-data-files.ts';
import { buildSite } from '../helpers/build-site.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { attr, type Element, elementsOf } from '../trust/built-html.ts';

const serviceIdOf = (href: string | undefined) => /^\/ru\/services\/([^/]+)\/$/.exec(href ?? '')?.[1];

/** The service ids linked inside the element with this id (or the whole page's service list when no id is given). */
function linkedServices(html: string, containerId: string): string[] {
  const elements = elementsOf(html);
  const container = elements.find((element) => attr(element, 'id') === containerId);
  if (!container) return [];
  const inside: Element[] = [];
  const walk = (element: Element) => {
    inside.push(element);
    for (const child of element.childNodes) if ('tagName' in child) walk(child as Element);
  };
  walk(container);
  return inside.flatMap((element) => (element.tagName === 'a' ? [serviceIdOf(attr(element, 'href'))].filter((id): id is string => id !== undefined) : [])).sort();
}

const page = (dist: string, path: string) => {
  const file = join(dist, path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

/** What each place of the built site says an agency provides. */
function providedBy(dist: string, agency: string) {
  const agencyPage = page(dist, paths.agency('ru', agency))!;
  const filterPage = page(dist, paths.servicesFiltered('ru', 'agency', agency));
  const statistics = readCsv(join(dist, 'statistics/by-agency.csv')).rows.find((row) => row.key === agency);
  const openData = readCsv(join(dist, 'data/services.csv'))
    .rows.filter((row) => (row.provider_agencies ?? '').split(';').includes(agency))
    .map((row) => row.id)
    .sort();
  return {
    page: linkedServices(agencyPage, 'provided-services'),
    filter: filterPage ? linkedServices(filterPage, 'service-list') : [],
    statistics: Number(statistics?.count ?? 0),
    openData,
  };
}

describe.each([
  ['a registry where one agency provides, sets the standard for and hears complaints about different services', fixturePath('agency-roles')],
  ['the real registry', join(repoRoot, 'registry')],
])('the services an agency provides, in %s', (_name, registryDir) => {
  const dist = buildSite(registryDir);
  const { registry } = loadRegistry(registryDir);

  it('are the same on its page, its filter page, the statistics and the open data', () => {
    for (const agency of registry!.agencies) {
      const found = providedBy(dist, agency.id);
      expect(found.filter, `${agency.id}: filter page`).toEqual(found.page);
      expect(found.openData, `${agency.id}: services.csv`).toEqual(found.page);
      expect(found.statistics, `${agency.id}: statistics`).toBe(found.page.filter((id) => registry!.service.get(id)!.status === 'active').length);
    }
  });

  it.runIf(registryDir.endsWith('agency-roles'))('lists the other roles under their own headings, not as services provided', () => {
    expect(providedBy(dist, 'test-ministry').page).toEqual(['birth-registration']);
    expect(linkedServices(page(dist, paths.agency('ru', 'test-ministry'))!, 'standard-services')).toEqual(['standard-only']);
    expect(providedBy(dist, 'test-inspectorate').page).toEqual([]);
    expect(linkedServices(page(dist, paths.agency('ru', 'test-inspectorate'))!, 'complaint-services')).toEqual(['standard-only']);
  });
});
