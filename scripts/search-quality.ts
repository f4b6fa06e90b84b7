// Prints how well the built site's search finds what citizens type: top-1 and top-3 per category of tests/search/queries.tsv.
import { resolve } from 'node:path';
import { queriesForBuiltServices, readQualitySet, runQualitySet, scoreByCategory } from '../src/lib/bench/search-quality.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const verbose = process.argv.includes('--misses');

// 1. The queries whose service the built site has.
const all = readQualitySet(resolve(import.meta.dirname, '../tests/search/queries.tsv'));
const rows = queriesForBuiltServices(dist, all);
if (rows.length === 0) {
  console.error(`No service of the quality set has a page in ${dist}; run "npm run build" first.`);
  process.exit(1);
}
console.log(`${rows.length} of ${all.length} queries target services in ${dist}`);

// 2. Each through the search page in headless Chromium.
const outcomes = await runQualitySet(dist, rows);

// 3. The table, and with --misses every query whose service was not in the first three.
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`.padStart(5);
console.log(`${'category'.padEnd(14)}${'queries'.padStart(8)}${'top-1'.padStart(8)}${'top-3'.padStart(8)}`);
for (const score of scoreByCategory(outcomes)) {
  console.log(`${score.category.padEnd(14)}${String(score.queries).padStart(8)}${percent(score.top1, score.queries).padStart(8)}${percent(score.top3, score.queries).padStart(8)}`);
}
if (verbose) {
  for (const miss of outcomes.filter((outcome) => outcome.rank === 0 || outcome.rank > 3)) {
    console.log(
      `miss  ${miss.lang}  ${miss.category.padEnd(12)} ${miss.query}  -> ${miss.service} (rank ${miss.rank || '-'}; got ${miss.found.slice(0, 3).join(', ') || 'nothing'})`,
    );
  }
}
