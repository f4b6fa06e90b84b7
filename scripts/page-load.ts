// Prints what a service page of the built site (dist/) gives a reader on a phone: how many pages show the five answers on the first 375x812 screen, and first paint, load and bytes on a 400 kbit/s, 400 ms link. `--screenshots <folder>` also saves three service pages in both languages at 375 px.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { langs } from '../src/i18n/locales.ts';
import { launchChromium } from '../src/lib/bench/chromium.ts';
import { answersAboveFold, readFirstScreen } from '../src/lib/bench/first-screen.ts';
import { type PageLoad, timePageLoad } from '../src/lib/bench/page-load.ts';
import { median, servicePageSizes } from '../src/lib/bench/site-size.ts';
import { serveStatic } from '../src/lib/bench/static-server.ts';

const args = process.argv.slice(2);
const screenshotsAt = args.indexOf('--screenshots');
const screenshots = screenshotsAt >= 0 ? resolve(args[screenshotsAt + 1]!) : undefined;
const dist = resolve(args.find((arg, index) => !arg.startsWith('--') && (screenshotsAt < 0 || index !== screenshotsAt + 1)) ?? 'dist');
const phone = { width: 375, height: 812 };
const targets = { firstPaint: 1.5 };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// 1. The service pages and their gzip sizes; the largest, the median and the ID card page are timed.
const pages = servicePageSizes(dist);
if (pages.length === 0) {
  console.error(`No service pages in ${dist}; run "npm run build" first.`);
  process.exit(1);
}
const bySize = [...pages].sort((a, b) => a.total - b.total);
const middle = bySize[Math.floor(bySize.length / 2)]!;
const largest = bySize.at(-1)!;
const ids = [...new Set(pages.map((page) => page.path.split('/')[3]!))];
const idCard = ids.includes('id-card') ? 'id-card' : ids[0]!;
const timed = [...new Set([largest.path, middle.path, ...langs.map((lang) => `/${lang}/services/${idCard}/`)])];
console.log(`service pages (${pages.length}), HTML + CSS, gzip: median ${kb(median(pages.map((page) => page.total)))}, largest ${kb(largest.total)} (${largest.path})`);

const server = await serveStatic(dist, { gzip: true });
const browser = await launchChromium();
try {
  // 2. The answer card on the first screen of a phone, on every service page.
  const tab = await browser.newPage({ viewport: phone });
  for (const lang of langs) {
    const own = pages.filter((page) => page.path.startsWith(`/${lang}/`));
    let above = 0;
    for (const page of own) {
      await tab.goto(`${server.url}${page.path}`);
      if (answersAboveFold(await readFirstScreen(tab), phone.height)) above += 1;
    }
    console.log(`/${lang}/ service pages with the five answers on the first ${phone.width}x${phone.height} screen: ${above} of ${own.length}`);
  }
  await tab.close();

  // 3. First paint, load and bytes on the throttled link, the median of three cold loads each.
  const results: PageLoad[] = [];
  for (const path of timed) {
    const runs: PageLoad[] = [];
    // Chromium's throttled loads very rarely stall; a stalled run is said and run again, once.
    const timeOnce = () =>
      timePageLoad(browser, server.url, path).catch((error: Error) => {
        console.log(`  ${path}: ${error.name}, measured again`);
        return timePageLoad(browser, server.url, path);
      });
    for (let run = 0; run < 3; run++) runs.push(await timeOnce());
    const result = { ...runs[0]!, firstContentfulPaint: median(runs.map((r) => r.firstContentfulPaint)), load: median(runs.map((r) => r.load)) };
    results.push(result);
    console.log(
      `400 kbit/s, 400 ms: ${path}: first contentful paint ${result.firstContentfulPaint.toFixed(2)} s, load ${result.load.toFixed(2)} s, ${kb(result.bytes)} in ${result.requests} requests  target: first paint < ${targets.firstPaint} s`,
    );
  }

  // 4. Screenshots of three service pages in both languages, the first screen of a phone.
  if (screenshots) {
    mkdirSync(screenshots, { recursive: true });
    const shot = await browser.newPage({ viewport: phone });
    // The ID card, a page of median size and the smallest (least documented) one: three different services.
    const idOf = (path: string) => path.split('/')[3]!;
    const shown = [...new Set([idCard, idOf(middle.path), idOf(bySize[0]!.path), idOf(largest.path)])].slice(0, 3);
    for (const id of shown) {
      for (const lang of langs) {
        await shot.goto(`${server.url}/${lang}/services/${id}/`);
        await shot.screenshot({ path: join(screenshots, `${lang}-${id}.png`) });
      }
    }
    console.log(`screenshots in ${screenshots}`);
  }

  // 5. Exit 1 when a target is missed, so the figures can gate a change.
  process.exitCode = results.some((result) => !(result.firstContentfulPaint < targets.firstPaint)) ? 1 : 0;
} finally {
  await browser.close();
  await server.close();
}
