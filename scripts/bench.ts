// Measures each stage of the build on a synthetic registry: `npm run bench -- [--services 20000] [--keep]`.
// Prints wall time, throughput and peak memory per stage, and what the result costs a reader;
// figures, not pass/fail.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureFirstSearch } from '../src/lib/bench/first-search.ts';
import { measureProcess, type Measurement } from '../src/lib/bench/measure-process.ts';
import { median, servicePageSizes } from '../src/lib/bench/site-size.ts';
import { generateSyntheticRegistry } from '../src/lib/synthetic/generate-synthetic-registry.ts';

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '20000' },
    keep: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
  },
});
const services = Number(values.services);
const work = mkdtempSync(join(tmpdir(), 'kyzmat-bench-'));
const registry = join(work, 'registry');
const dist = join(work, 'dist');
const node = process.execPath;
const astro = resolve('node_modules/astro/bin/astro.mjs');
const env = { ...process.env, KYZMAT_REGISTRY: registry, ASTRO_TELEMETRY_DISABLED: '1' };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const results: { stage: string; m: Measurement }[] = [];
async function stage(name: string, args: string[], items: (output: string) => { count: number; unit: string }, stageEnv: NodeJS.ProcessEnv = env) {
  const m = await measureProcess(node, args, stageEnv);
  results.push({ stage: name, m });
  const { count, unit } = items(m.output);
  console.log(
    `${name.padEnd(9)} ${m.seconds.toFixed(1).padStart(7)} s  ${`${(count / m.seconds).toFixed(0)} ${unit}/s`.padEnd(18)} peak memory ${mb(m.peakRssBytes)}` +
      (m.exitCode === 0 ? '' : `  FAILED (exit ${m.exitCode})\n${m.output.slice(-3000)}`),
  );
  return m;
}
function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

// 1. A synthetic registry: the real agencies, acts and municipalities, N copies of real services.
const started = performance.now();
generateSyntheticRegistry({ from: resolve('registry'), to: registry, services });
console.log(`synthetic registry: ${services} services, generated in ${((performance.now() - started) / 1000).toFixed(1)} s (${registry})\n`);
// Let the generated files reach the disk first, so that validate is not timed against their writing.
execFileSync('sync');

// 2. Each stage alone, in its own process, to see what each costs.
await stage('validate', [resolve('scripts/validate.ts'), registry], () => ({ count: services, unit: 'services' }));
const stagesDist = join(work, 'stages');
let pages = 0;
const pagesOf = (output: string) => {
  pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
  return { count: pages, unit: 'pages' };
};
await stage('pages', [astro, 'build', '--outDir', stagesDist], pagesOf, { ...env, KYZMAT_SKIP_STAGES: 'search,open-data' });
await stage('search', [resolve('scripts/search-index.ts'), stagesDist], (output) => ({ count: Number(/indexed (\d+) pages/.exec(output)?.[1] ?? 0), unit: 'pages' }));
await stage('exports', [resolve('scripts/export.ts'), stagesDist], () => ({ count: services, unit: 'services' }));
const separate = results.reduce((sum, { m }) => sum + m.seconds, 0);
console.log(`stages one after another: ${separate.toFixed(1)} s\n`);
// Deleting a large folder keeps the disk busy for a while; let it settle so the next figure is its own.
rmSync(stagesDist, { recursive: true, force: true });
execFileSync('sync');

// 3. The real build, `npm run build`: one registry load; Pagefind indexes while the pages render, and
// the exports are written while it finishes. This is the figure the targets are about.
const whole = await stage('build', [astro, 'build', '--outDir', dist], pagesOf);
console.log(`\nwhole build (npm run build): ${whole.seconds.toFixed(1)} s for ${pages} pages, search index and exports; peak memory of any stage ${mb(Math.max(...results.map(({ m }) => m.peakRssBytes)))}`);

// 4. What a reader downloads.
if (existsSync(dist)) {
  const sizes = servicePageSizes(dist);
  console.log(`output: ${mb(folderBytes(dist))}; service page + CSS (gzip): median ${kb(median(sizes.map((page) => page.total)))}, largest ${kb(Math.max(...sizes.map((page) => page.total)))}`);
  if (!values['no-browser'] && existsSync('/usr/bin/chromium')) {
    const search = await measureFirstSearch(dist, 'ru', 'паспорт');
    console.log(`first search /ru/ "паспорт": ${kb(search.total)} downloaded (${search.results} results)`);
  }
}

if (!values.keep) rmSync(work, { recursive: true, force: true });
process.exit(results.some(({ m }) => m.exitCode !== 0) ? 1 : 0);
