import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/lib/bench/static-server.ts';
import { langs } from '../../src/i18n/locales.ts';
import { paths } from '../../src/lib/site/urls.ts';
import { buildSite } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/fixtures.ts';
import { launchChromium } from './chromium.ts';

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

describe.each(langs)('accessibility of the %s pages', (lang) => {
  const pages = {
    home: paths.home(lang),
    'services index': paths.services(lang),
    'filtered services': paths.servicesFiltered(lang, 'payment', 'free'),
    'service page': paths.service(lang, 'id-card'),
    'agency page': paths.agency(lang, 'population-registration-department'),
    'act page': paths.act(lang, 'government-decree-85-2012'),
    'search page': paths.search(lang),
    'register page': paths.register(lang, 'unified-state'),
  };
  it.each(Object.entries(pages))('axe finds no violations on the %s', async (_, path) => {
    expect(await violations(path)).toEqual([]);
  });

  it('axe finds no violations on a service page 320 px wide', async () => {
    expect(await violations(paths.service(lang, 'residence-registration'), 320)).toEqual([]);
  });

  it('a service page at 320 px needs no sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.url}${paths.service(lang, 'id-card')}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

describe('accessibility of the bilingual pages', () => {
  it.each([
    ['language choice', '/'],
    ['404 page', '/no-such-page/'],
  ])('axe finds no violations on the %s', async (_, path) => {
    expect(await violations(path)).toEqual([]);
  });
});
