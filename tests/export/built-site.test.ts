import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/lib/bench/static-server.ts';
import { extensionTerms } from '../../src/lib/export/cpsv-ap.ts';
import { exportTables } from '../../src/lib/export/export-tables.ts';
import { idBase, vocabularyNamespace } from '../../src/lib/export/identifiers.ts';
import { dataCatalogue } from '../../src/lib/export/open-data-catalogue.ts';
import { readReleases } from '../../src/lib/export/releases.ts';
import { launchChromium } from '../browser/chromium.ts';
import { buildSite } from '../helpers/build-site.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { filesUnder, readJson } from './open-data-files.ts';

const registry = fixturePath('open-data-edge-cases');
const dist = buildSite(registry);
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const decode = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const openDataPages = ['ky/open-data', 'ru/open-data', 'en/open-data'];

/** Every IRI a JSON-LD node names: its @id and every value of a property the context maps to an @id. */
function irisIn(value: unknown, linkTerms: Set<string>, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) irisIn(item, linkTerms, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === '@id' || linkTerms.has(key)) && typeof child === 'string') found.add(child);
      else if (linkTerms.has(key) && Array.isArray(child)) for (const item of child) if (typeof item === 'string') found.add(item);
      irisIn(child, linkTerms, found);
    }
  }
  return found;
}

describe('the site build', () => {
  it('writes dist/data/, dist/api/v1/ and dist/id/ byte for byte as `npm run export` does', () => {
    const exported = mkdtempSync(join(tmpdir(), 'kyzmat-export-cli-'));
    execFileSync(process.execPath, [join(repoRoot, 'scripts/export.ts'), exported], { cwd: repoRoot, env: { ...process.env, KYZMAT_REGISTRY: registry }, stdio: 'pipe' });
    for (const folder of ['data', 'api/v1', 'id']) {
      // /data/ also holds its landing page and what public/data/ publishes as it is: the releases and their changelog.
      const built = new Map([...filesUnder(join(dist, folder))].filter(([file]) => file !== 'index.html' && file !== 'CHANGELOG.md' && !file.startsWith('releases/')));
      const cli = filesUnder(join(exported, folder));
      expect([...built.keys()], folder).toEqual([...cli.keys()]);
      for (const [file, bytes] of cli) expect(built.get(file)!.equals(bytes), `${folder}/${file}`).toBe(true);
    }
  });

  it.each(openDataPages)('has a short open-data page at /%s/ listing every file with its size, the citation and spreadsheets', (path) => {
    const html = decode(page(path));
    for (const entry of dataCatalogue.filter((item) => !item.file.endsWith('/'))) {
      expect(html).toContain(`href="/data/${entry.file}"`);
      expect(html, entry.file).toMatch(new RegExp(`data-size-of="${entry.file.replace(/\./g, '\\.')}"[^>]*>[\\d.,\\u00a0 ]+(байт|bytes|КБ|KB|МБ|MB)</td>`));
    }
    expect(html).toContain("^'+[=+\\-@\\t\\r]");
    expect(html).toContain('kyzmat contributors (');
    expect(html).toContain('https://kyzmat.github.io/data/');
    expect(html).toContain('LibreOffice');
    expect(html).toContain('registry.xlsx');
    expect(html).toContain('https://github.com/open-admin-data/kyrgyzstan-administrative-divisions');
    expect(html.length, 'the page stays short').toBeLessThan(path === 'en/open-data' ? 60_000 : 30_000);
  });

  it('has the examples and research queries on the English page', () => {
    const html = decode(page('en/open-data'));
    for (const text of ['pd.read_csv(', 'read_csv(', 'curl -O', 'groupby(["currency"', 'paid_services_without_legal_basis', 'services_fts']) expect(html).toContain(text);
  });

  it('has the field dictionary on its own pages: every column of every table, with its allowed values', () => {
    for (const [index, fields] of [
      ['ky/open-data/fields', (table: string) => `ky/open-data/fields/${table}`],
      ['ru/open-data/fields', (table: string) => `ru/open-data/fields/${table}`],
      ['en/open-data/fields', (table: string) => `en/open-data/fields/${table}`],
    ] as const) {
      const list = decode(page(index));
      for (const table of exportTables) {
        expect(list).toContain(`href="/${fields(table.name)}/"`);
        const html = decode(page(fields(table.name)));
        // Scoped styles add an attribute to each element: <code data-astro-cid-…>.
        const codes = new Set([...html.matchAll(/<code[^>]*>([^<]*)<\/code>/g)].map((match) => match[1]));
        for (const column of table.columns) {
          expect(codes.has(column.name), `${table.name}.${column.name}`).toBe(true);
          for (const value of column.enumeration?.values ?? []) expect(codes.has(value), `${table.name}.${column.name} = ${value}`).toBe(true);
        }
      }
    }
  });

  it("resolves every /id/ address of services.jsonld to a page that links the record's pages", () => {
    const document = readJson(join(dist, 'data', 'services.jsonld'));
    const context = document['@context'] as Record<string, { '@type'?: string }>;
    const linkTerms = new Set(
      Object.entries(context)
        .filter(([, definition]) => definition?.['@type'] === '@id')
        .map(([term]) => term),
    );
    const iris = [...irisIn(document['@graph'], linkTerms)].map((iri) => (/^[a-z]+:/.test(iri) ? iri : idBase + iri)).filter((iri) => iri.startsWith(idBase));
    expect(iris.length).toBeGreaterThan(10);
    for (const iri of iris) {
      const path = new URL(iri).pathname.replace(/\/?$/, '/');
      expect(existsSync(join(dist, path, 'index.html')), iri).toBe(true);
    }
    const service = page('id/service/market-trade-permit');
    expect(service).toContain('href="/ky/services/market-trade-permit/"');
    expect(service).toContain('href="/ru/services/market-trade-permit/"');
  });

  it('documents every kyzmat term and concept of services.jsonld on the /ns/ page', () => {
    const html = page('ns');
    const used = new Set([...readFileSync(join(dist, 'data', 'services.jsonld'), 'utf8').matchAll(/"kyz:([\w-]+)"/g)].map((match) => match[1]!));
    for (const term of [...Object.keys(extensionTerms), ...used]) expect(html, term).toContain(`id="${term}"`);
    expect(html).toContain(vocabularyNamespace);
  });

  it('has the landing page at /data/, the address the citation gives, with every release and its checksums', () => {
    const html = decode(page('data'));
    expect(html).toContain('kyzmat contributors (');
    for (const release of readReleases(repoRoot)) {
      expect(html).toContain(`href="/data/releases/${release.version}/${release.zip}"`);
      expect(html).toContain(release.sha256);
      expect(existsSync(join(dist, 'data', 'releases', release.version, 'SHA256SUMS'))).toBe(true);
    }
  });

  it('links the open-data page from the navigation in both languages, and the English page to both', () => {
    expect(page('ky')).toContain('href="/ky/open-data/"');
    expect(page('ru')).toContain('href="/ru/open-data/"');
    const english = page('en/open-data');
    expect(english).toContain('href="/ky/open-data/"');
    expect(english).toContain('href="/ru/open-data/"');
    expect(page('ru/open-data')).toContain('href="/en/open-data/"');
  });
});

describe('the open-data pages on a 375 px phone', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([...openDataPages, 'ru/open-data/fields/services', 'en/open-data/fields/services', 'data', 'ns'])('/%s/ needs no sideways scrolling', async (path) => {
    const tab = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
    await tab.goto(`${server.url}/${path}/`);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
