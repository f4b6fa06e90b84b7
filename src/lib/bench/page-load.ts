import type { Browser } from 'playwright-core';

export interface PageLoad {
  path: string;
  /** Seconds from the start of navigation to the first text or image painted. */
  firstContentfulPaint: number;
  /** Seconds from the start of navigation to the end of the load event. */
  load: number;
  /** Bytes received over the link, headers included, and how many requests. */
  bytes: number;
  requests: number;
}

/**
 * Loads one page of a served site in a fresh Chromium context (no cache, new connections) on a slow
 * mobile link emulated by Chromium (400 kbit/s each way and 400 ms round trip by default), and
 * reads the browser's own paint and load timings.
 */
export async function timePageLoad(browser: Browser, origin: string, path: string, link = { kbitPerSecond: 400, latencyMs: 400 }): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const bytesPerSecond = (link.kbitPerSecond * 1000) / 8;
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.requestWillBeSent', () => {
      requests += 1;
    });
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: link.latencyMs, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 30_000 });
    // Headless Chromium may record the first paint just after the load event: wait for the entry.
    const timing = await page.evaluate(async () => ({
      paint: await new Promise<number>((done) => {
        const timeout = setTimeout(() => done(Number.NaN), 10_000);
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (!entry) return;
          observer.disconnect();
          clearTimeout(timeout);
          done(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
      load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    }));
    return { path, firstContentfulPaint: timing.paint / 1000, load: timing.load / 1000, bytes, requests };
  } finally {
    await context.close();
  }
}
