// Prints what the built site (dist/) costs a reader on a slow connection: service pages with their CSS, and a first search.
import { resolve } from 'node:path';
import { measureFirstSearch } from '../src/lib/bench/first-search.ts';
import { median, servicePageSizes } from '../src/lib/bench/site-size.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const targets = { servicePage: 15 * 1024, firstSearch: 300 * 1024 };

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
const searches = [await measureFirstSearch(dist, 'ru', 'прописка'), await measureFirstSearch(dist, 'ky', 'паспорт')];
for (const search of searches) {
  console.log(`first search /${search.lang}/ "${search.query}" (${search.results} results): ${kb(search.total)}  target < ${kb(targets.firstSearch)}`);
  for (const file of search.files) console.log(`  ${kb(file.bytes).padStart(9)}  ${file.path}`);
}

// 3. Exit 1 when a target is missed, so the figures can gate a change.
const missed = largest.total > targets.servicePage || searches.some((search) => search.total > targets.firstSearch);
process.exit(missed ? 1 : 0);
