import { launchChromium } from './chromium.ts';
import { requestedBytes } from './site-size.ts';
import { serveStatic } from './static-server.ts';

export interface FirstSearch {
  lang: string;
  query: string;
  /** How many results the search page listed. */
  results: number;
  /** Every file fetched from the moment the reader starts searching, with its transferred size. */
  files: { path: string; bytes: number }[];
  total: number;
}

/**
 * Loads the search page of a built site in headless Chromium, types a query, and counts the bytes
 * of every file fetched for it: the search script, Pagefind's script, worker and WebAssembly, the
 * language's index, filters and result fragments, and any part of the vocabulary a typo needs. The
 * page itself and its CSS are not counted.
 */
export async function measureFirstSearch(dist: string, lang: string, query: string): Promise<FirstSearch> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const requested: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== server.url) return route.abort();
      requested.push(url.pathname);
      return route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/${lang}/search/`);
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent && !document.getElementById('search-status')!.textContent!.endsWith('…'), null, {
      timeout: 15_000,
    });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results > li').count();
    // The search script and Pagefind's files; the page, its CSS and the browser's favicon request are not the search.
    const files = requestedBytes(
      dist,
      requested.filter((path) => path.startsWith('/pagefind/') || path.startsWith('/search-vocabulary/') || (path.startsWith('/_astro/') && path.endsWith('.js'))),
    );
    return { lang, query, results, files, total: files.reduce((sum, file) => sum + file.bytes, 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}
