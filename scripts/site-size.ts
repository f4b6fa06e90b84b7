// Prints what the built site (dist/) costs a reader on a slow connection: service pages with their CSS, and a first search.
import { resolve } from 'node:path';
import { measureFirstSearch } from '../src/lib/bench/first-search.ts';
import { median, servicePageSizes } from '../src/lib/bench/site-size.ts';
import { timeThrottledSearch } from '../src/lib/bench/throttled-search.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const targets = { servicePage: 15 * 1024, firstSearch: 150 * 1024, secondsAfterTyping: 3 };

// 1. Service pages: gzip size of the HTML plus the stylesheets each links.
const pages = servicePageSizes(dist);
if (pages.length === 0) {
  console.error(`No service pages in ${dist}; run "npm run build" first.`);
  process.exit(1);
}
const largest = pages.reduce((max, page) => (page.total > max.total ? page : max));
const middle = median(pages.map((page) => page.total));
console.log(`service pages (${pages.length}), HTML + CSS, gzip: median ${kb(middle)}, largest ${kb(largest.total)} (${largest.path})  target < ${kb(targets.servicePage)}`);

// 2. A first search in each language, measured in headless Chromium.
const searches = [
  await measureFirstSearch(dist, 'ru', 'прописка'),
  await measureFirstSearch(dist, 'ky', 'паспорт'),
  await measureFirstSearch(dist, 'ru', 'сведетельство о рождении'),
];
for (const search of searches) {
  console.log(`first search /${search.lang}/ "${search.query}" (${search.results} results): ${kb(search.total)}  target < ${kb(targets.firstSearch)}`);
  for (const file of search.files) console.log(`  ${kb(file.bytes).padStart(9)}  ${file.path}`);
}

// 3. The same first searches timed on a throttled link (400 kbit/s, 400 ms), typed key by key; one with a typo needs the vocabulary.
const timed = [
  await timeThrottledSearch(dist, 'ru', 'прописка'),
  await timeThrottledSearch(dist, 'ky', 'паспорт'),
  await timeThrottledSearch(dist, 'ru', 'сведетельство о рождении'),
];
for (const search of timed) {
  console.log(
    `400 kbit/s, 400 ms: /${search.lang}/ "${search.query}": first result ${search.afterTyping.toFixed(1)} s after the last key (${search.afterFocus.toFixed(1)} s after focus)  target < ${targets.secondsAfterTyping} s`,
  );
}

// 4. Exit 1 when a target is missed, so the figures can gate a change.
const missed =
  largest.total > targets.servicePage || searches.some((search) => search.total > targets.firstSearch) || timed.some((search) => search.afterTyping > targets.secondsAfterTyping);
process.exit(missed ? 1 : 0);
