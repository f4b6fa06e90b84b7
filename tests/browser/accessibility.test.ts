import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales.ts';
import { serveStatic } from '../../src/lib/bench/static-server.ts';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { paths } from '../../src/lib/site/urls.ts';
import { buildSite } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/fixtures.ts';
import { launchChromium } from './chromium.ts';
import { pageKinds, pagesWithoutLanguage } from './page-kinds.ts';

const registry = loadRegistry(join(repoRoot, 'registry')).registry!;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(buildSite(join(repoRoot, 'registry')));
  browser = await launchChromium();
  // axe is evaluated through the debugging protocol, so a Content-Security-Policy on the page does not stop it.
  page = await (await browser.newContext({ bypassCSP: true })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe-core's WCAG 2.2 A and AA violations on a page, as "rule: selector" lines. */
async function violations(path: string, width = 1280): Promise<string[]> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.url}${path}`);
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

describe.each(langs)('accessibility of every kind of %s page', (lang) => {
  const kinds = () => Object.entries(pageKinds(registry, lang));
  it.each([
    ['on a 375 px phone', 375],
    ['at desktop width', 1280],
  ])('axe finds no violations %s', async (_, width) => {
    const found: string[] = [];
    for (const [kind, path] of kinds()) for (const violation of await violations(path, width)) found.push(`${kind} ${path}: ${violation}`);
    expect(found).toEqual([]);
  });

  it('a service page 320 px wide has no violations and needs no sideways scrolling', async () => {
    const path = paths.service(lang, 'residence-registration');
    expect(await violations(path, 320)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('accessibility of the pages in no language or in both', () => {
  it.each([
    ['on a 375 px phone', 375],
    ['at desktop width', 1280],
  ])('axe finds no violations %s', async (_, width) => {
    const found: string[] = [];
    for (const [kind, path] of Object.entries(pagesWithoutLanguage)) for (const violation of await violations(path, width)) found.push(`${kind} ${path}: ${violation}`);
    expect(found).toEqual([]);
  });
});
