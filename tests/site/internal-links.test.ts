import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/fixtures.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const decodeAttribute = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** Every same-site address a page refers to (links, stylesheets, scripts), resolved against the page's own address. */
function internalTargets(html: string, pageUrl: URL): URL[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((match) => new URL(decodeAttribute(match[1]!), pageUrl)).filter((url) => url.origin === pageUrl.origin);
}

/** The file a static host serves for an address: the file itself, or index.html of the folder. */
function servedFile(dist: string, url: URL): string | undefined {
  const path = join(dist, decodeURIComponent(url.pathname));
  if (url.pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  return existsSync(path) ? path : undefined;
}

describe('links of the site built from the real registry', () => {
  let dist: string;
  beforeAll(() => {
    dist = buildSite(join(repoRoot, 'registry'));
  });

  it('has no link, stylesheet or script address that leads to a missing page or file', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(dist)) {
      const pageUrl = new URL(`/${relative(dist, file).replace(/index\.html$/, '')}`, 'http://site.test');
      for (const target of internalTargets(readFileSync(file, 'utf8'), pageUrl)) {
        checked += 1;
        if (!servedFile(dist, target)) broken.push(`${pageUrl.pathname} -> ${target.pathname}`);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect([...new Set(broken)].sort()).toEqual([]);
  });

  it('has no in-page link to an anchor the page does not have', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
      for (const match of html.matchAll(/\shref="#([^"]+)"/g)) {
        if (!ids.has(decodeAttribute(match[1]!))) broken.push(`${relative(dist, file)} -> #${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('lists every page in sitemap.xml with its twin in the other language', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(
      '<url><loc>https://kyzmat.github.io/ky/services/id-card/</loc><xhtml:link rel="alternate" hreflang="ky" href="https://kyzmat.github.io/ky/services/id-card/"/><xhtml:link rel="alternate" hreflang="ru" href="https://kyzmat.github.io/ru/services/id-card/"/></url>',
    );
    // The /id/ pages only point linked-data identifiers to the records' pages; they are not for search engines.
    const pages = htmlFiles(dist).filter((file) => !file.endsWith('404.html') && !relative(dist, file).startsWith('id/'));
    expect(sitemap.match(/<url>/g)).toHaveLength(pages.length);
  });
});
