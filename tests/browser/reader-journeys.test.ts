import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/lib/bench/static-server.ts';
import { buildSite } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/fixtures.ts';
import { launchChromium, localOnlyPage } from './chromium.ts';

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;
let foreignRequests: string[];

beforeAll(async () => {
  server = await serveStatic(buildSite(join(repoRoot, 'registry')));
  browser = await launchChromium();
  ({ page, foreignRequests } = await localOnlyPage(browser, server.url));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types a query into the search page of a language and returns the addresses of the results, best first. */
async function search(lang: 'ky' | 'ru', query: string): Promise<string[]> {
  await page.goto(`${server.url}/${lang}/search/`);
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.locator('#search-results > li').first().waitFor({ timeout: 15_000 });
  return page.locator('#search-results > li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

describe('search', () => {
  it('finds the residence registration service from the everyday Russian word "прописка"', async () => {
    expect((await search('ru', 'прописка')).slice(0, 3)).toContain('/ru/services/residence-registration/');
  });

  it('finds marriage registration from a Kyrgyz word, and stays on Kyrgyz pages', async () => {
    const results = await search('ky', 'никеге');
    expect(results.slice(0, 3)).toContain('/ky/services/marriage-registration/');
    expect(results.every((href) => href.startsWith('/ky/'))).toBe(true);
  });

  it('shows the cost and the deadline in each result', async () => {
    await search('ru', 'ID-карта');
    const first = await page.locator('#search-results > li').first().textContent();
    expect(first).toContain('Стоимость');
    expect(first).toMatch(/\d+\D*сом/);
    expect(first).toContain('Срок');
  });

  it('keeps the query in the address, so a reload repeats the search', async () => {
    await search('ru', 'прописка');
    expect(page.url()).toContain('q=%D0%BF%D1%80%D0%BE%D0%BF%D0%B8%D1%81%D0%BA%D0%B0');
    await page.reload();
    await page.locator('#search-results > li').first().waitFor();
    expect(await page.inputValue('#search-q')).toBe('прописка');
  });

  it('narrows results with a filter from the address, as a shared link would', async () => {
    await search('ru', 'регистрация');
    const allCosts = await page.locator('#search-results > li dl dd:first-of-type').allInnerTexts();
    // Unfiltered, the results mix free and paid services; the filter keeps only the paid ones.
    expect(allCosts.some((cost) => !cost.startsWith('Платно'))).toBe(true);
    await page.goto(`${server.url}/ru/search/?q=${encodeURIComponent('регистрация')}&payment=${encodeURIComponent('Платно')}`);
    await page.locator('#search-results > li').first().waitFor({ timeout: 15_000 });
    const costs = await page.locator('#search-results > li dl dd:first-of-type').allInnerTexts();
    expect(costs.length).toBeGreaterThan(0);
    expect(costs.every((cost) => cost.startsWith('Платно'))).toBe(true);
    expect(await page.inputValue('#search-payment')).toBe('Платно');
  });

  it('loads no script on pages other than the search page', async () => {
    await page.goto(`${server.url}/ru/services/id-card/`);
    const scripts = await page.locator('script:not([type="application/ld+json"])').count();
    expect(scripts).toBe(0);
  });
});

describe('language switch', () => {
  it('leads from a Kyrgyz service page to the same service in Russian and back', async () => {
    await page.goto(`${server.url}/ky/services/id-card/`);
    await page.click('a.lang-switch');
    expect(new URL(page.url()).pathname).toBe('/ru/services/id-card/');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await page.click('a.lang-switch');
    expect(new URL(page.url()).pathname).toBe('/ky/services/id-card/');
  });
});

describe('services index filters', () => {
  it('narrows the list to free services, and the filter survives a reload', async () => {
    await page.goto(`${server.url}/ru/services/`);
    const all = await page.locator('#service-list li').count();
    await page.click('nav.filters a[href="/ru/services/filter/payment/free/"]');
    const free = await page.locator('#service-list li').count();
    expect(free).toBeGreaterThan(0);
    expect(free).toBeLessThan(all);
    await page.reload();
    expect(await page.locator('#service-list li').count()).toBe(free);
    expect(await page.locator('#service-list').textContent()).not.toContain('Платно');
  });
});

describe('the site', () => {
  it('asked no other host for anything during these journeys', () => {
    expect(foreignRequests).toEqual([]);
  });
});
