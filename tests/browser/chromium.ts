import type { Browser, Page } from 'playwright-core';

export { launchChromium } from '../../src/lib/bench/chromium.ts';

/** A page that refuses every request to a host other than the local test server, and remembers them. */
export async function localOnlyPage(browser: Browser, origin: string): Promise<{ page: Page; foreignRequests: string[] }> {
  const page = await browser.newPage();
  const foreignRequests: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { page, foreignRequests };
}
