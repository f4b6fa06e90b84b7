import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales.ts';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { paths } from '../../src/lib/site/urls.ts';
import { buildSite } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/fixtures.ts';
import { attr, type Element, elementsOf } from '../trust/built-html.ts';

const descendants = (element: Element): Element[] => element.childNodes.flatMap((child) => ('tagName' in child ? [child as Element, ...descendants(child as Element)] : []));

describe('what if refused: the complaints section of every service page of the real registry', () => {
  const registryDir = join(repoRoot, 'registry');
  const dist = buildSite(registryDir);
  const { registry } = loadRegistry(registryDir);

  it("is documented, with a source, in Kyrgyz and in Russian: the service's own section or the general rule", () => {
    const undocumented: string[] = [];
    for (const service of registry!.services) {
      for (const lang of langs) {
        const html = readFileSync(join(dist, paths.service(lang, service.id), 'index.html'), 'utf8');
        const section = elementsOf(html).find((element) => attr(element, 'id') === 'complaints');
        const inside = section ? descendants(section) : [];
        const sourced = inside.some((element) => attr(element, 'class') === 'sources');
        const gap = inside.some((element) => attr(element, 'class') === 'gap');
        if (!section || !sourced || gap) undocumented.push(`${lang}/${service.id}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
