import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

export interface ThrottledSearch {
  lang: string;
  query: string;
  /** Seconds from the last key typed to the first result shown. */
  afterTyping: number;
  /** Seconds from the focus on the search box (when the index starts loading) to the first result. */
  afterFocus: number;
}

/**
 * Times a first search on a slow mobile link emulated by Chromium (400 kbit/s each way, 400 ms
 * round trip, by default): the search page is loaded, the reader focuses the box and types the
 * query at about eight keys a second, and the clock runs until the first result is listed.
 */
export async function timeThrottledSearch(dist: string, lang: string, query: string, link = { kbitPerSecond: 400, latencyMs: 400 }): Promise<ThrottledSearch> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    const bytesPerSecond = (link.kbitPerSecond * 1000) / 8;
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: link.latencyMs, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
    await page.goto(`${server.url}/${lang}/search/`, { waitUntil: 'load', timeout: 120_000 });
    const focused = performance.now();
    await page.focus('#search-q');
    await page.keyboard.type(query, { delay: 120 });
    const typed = performance.now();
    await page.locator('#search-results > li').first().waitFor({ timeout: 120_000 });
    const shown = performance.now();
    return { lang, query, afterTyping: (shown - typed) / 1000, afterFocus: (shown - focused) / 1000 };
  } finally {
    await browser.close();
    await server.close();
  }
}
