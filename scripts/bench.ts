// Measures the build on a synthetic registry: `npm run bench -- [--services 20000] [--runs 3] [--keep]`.
// Prints each stage alone, then the whole build of the real registry, of a tenth of the services
// and of all of them, so that the figures show how the cost grows, then what the result costs a
// reader. Figures, not pass/fail; the machine's load is printed beside each, since other work on
// the machine slows every figure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureFirstSearch } from '../src/lib/bench/first-search.ts';
import { type Measurement, measureProcess } from '../src/lib/bench/measure-process.ts';
import { median, servicePageSizes } from '../src/lib/bench/site-size.ts';
import { filesWithSizes } from '../src/lib/site/output-budget.ts';
import { generateSyntheticRegistry } from '../src/lib/synthetic/generate-synthetic-registry.ts';

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
  },
});
const services = Number(values.services);
const runs = Math.max(1, Number(values.runs));
const smaller = Math.max(1, Math.round(services / 10));
const work = mkdtempSync(join(tmpdir(), 'kyzmat-bench-'));
const node = process.execPath;
const astro = resolve('node_modules/astro/bin/astro.mjs');
const envFor = (registry: string): NodeJS.ProcessEnv => ({ ...process.env, KYZMAT_REGISTRY: registry, ASTRO_TELEMETRY_DISABLED: '1' });

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (value: number) => `${value.toFixed(1)} s`;
let failed = false;

/** What each program held at the peak, when there was more than one (the build's Node process and Pagefind's). */
const peakShares = (m: Measurement) => (m.peakByProgram.length < 2 ? '' : `; at the peak ${m.peakByProgram.map(({ program, bytes }) => `${program} ${mb(bytes)}`).join(', ')}`);

/** The median run by wall time (of an even number, the faster of the middle two). */
function middleOf<T>(measured: T[], measurementOf: (item: T) => Measurement): T {
  return [...measured].sort((a, b) => measurementOf(a).seconds - measurementOf(b).seconds)[Math.floor((measured.length - 1) / 2)]!;
}

/** Runs one measured command and prints its line: time, throughput, peak memory, CPU time and the machine's load. */
async function stage(name: string, args: string[], env: NodeJS.ProcessEnv, items: (output: string) => { count: number; unit: string }, note = '') {
  const m = await measureProcess(node, args, env);
  const { count, unit } = items(m.output);
  failed ||= m.exitCode !== 0;
  console.log(
    `${name.padEnd(9)} ${m.seconds.toFixed(1).padStart(7)} s  ${`${(count / m.seconds).toFixed(0)} ${unit}/s`.padEnd(18)} peak memory ${mb(m.peakRssBytes)}` +
      `  (CPU ${seconds(m.cpuSeconds)}, load ${m.load[0].toFixed(1)}→${m.load[1].toFixed(1)}${note}${peakShares(m)})` +
      (m.exitCode === 0 ? '' : `  FAILED (exit ${m.exitCode})\n${m.output.slice(-3000)}`),
  );
  return { m, count };
}

// Astro counts the pages of its own loop; the service pages are written beside it (src/integrations/site-build.ts).
const pagesBuilt = (output: string) => ({
  count: Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0) + Number(/(\d+) service pages written/.exec(output)?.[1] ?? 0),
  unit: 'pages',
});
const build = (registry: string, dist: string, note: string, env: NodeJS.ProcessEnv = envFor(registry)) =>
  stage('build', [astro, 'build', '--outDir', dist], env, pagesBuilt, note);

// Every build writes to a folder of its own, and nothing is deleted until the end: deleting a
// 20,000-service build (123,000 files) keeps the kernel busy for a minute after \`rm\` and \`sync\`
// return, and the next build paid for it (73 s instead of 58 s, with 30 s more CPU, measured). A
// pull-request check builds a fresh clone, with no earlier build to delete.
const settle = () => execFileSync('sync');

/** The build log's own timeline: when each part was ready, in seconds after the build started. */
const timeline = (output: string) =>
  [...output.matchAll(/\[kyzmat-site-build\] (.+?), ready (\d+\.\d) s after the build started/g)]
    .map(([, what, at]) => ({ what: what!.replace(/ \(.*\)$/, ''), at: Number(at) }))
    .sort((a, b) => a.at - b.at)
    .map(({ what, at }) => `${what} ${at.toFixed(1)} s`);

// 1. Synthetic registries: the real agencies, acts and municipalities, N copies of real services.
const registry = join(work, 'registry');
const smallRegistry = join(work, `registry-${smaller}`);
const started = performance.now();
generateSyntheticRegistry({ from: resolve('registry'), to: registry, services });
generateSyntheticRegistry({ from: resolve('registry'), to: smallRegistry, services: smaller });
console.log(`synthetic registries: ${services} and ${smaller} services, generated in ${seconds((performance.now() - started) / 1000)} (${work})`);
console.log(
  `machine: ${availableParallelism()} cores, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}\n`,
);
// Let the generated files reach the disk first, so that validate is not timed against their writing.
execFileSync('sync');

// 2. Each stage alone, in its own process, to see what each costs.
console.log(`each stage alone, ${services} services:`);
const env = envFor(registry);
const stages: Measurement[] = [];
// Validate is timed as `npm run validate` starts it, Node's options included, without npm's own start.
const validateCommand = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.validate!.split(' ').slice(1);
// Validate's few seconds vary by a third from run to run on a shared 2-core machine: with --runs it
// is timed as often as the whole build, and the median stands for it.
const validations: Measurement[] = [];
for (let run = 1; run <= runs; run++)
  validations.push((await stage('validate', [...validateCommand, registry], env, () => ({ count: services, unit: 'services' }), runs > 1 ? `, run ${run} of ${runs}` : '')).m);
const validation = middleOf(validations, (m) => m);
if (runs > 1) console.log(`validate: ${seconds(validation.seconds)} (median of ${runs} runs: ${validations.map((m) => m.seconds.toFixed(1)).join(', ')} s)`);
stages.push(validation);
const stagesDist = join(work, 'stages');
stages.push((await stage('pages', [astro, 'build', '--outDir', stagesDist], { ...env, KYZMAT_SKIP_STAGES: 'search,open-data' }, pagesBuilt)).m);
stages.push(
  (await stage('search', [resolve('scripts/search-index.ts'), stagesDist], env, (output) => ({ count: Number(/indexed (\d+) pages/.exec(output)?.[1] ?? 0), unit: 'pages' }))).m,
);
stages.push((await stage('exports', [resolve('scripts/export.ts'), stagesDist], env, () => ({ count: services, unit: 'services' }))).m);
console.log(`stages one after another: ${seconds(stages.reduce((sum, m) => sum + m.seconds, 0))}\n`);
settle();

// 3. The real build, `npm run build`, at three sizes: the real registry, a tenth, and all the services.
// This is the figure the targets are about.
console.log('whole build (npm run build):');
const realDist = join(work, 'dist-real');
const real = await build(resolve('registry'), realDist, ', the real registry');
settle();
const smallDist = join(work, 'dist-small');
const small = await build(smallRegistry, smallDist, `, ${smaller} services`);
settle();
const whole: Awaited<ReturnType<typeof build>>[] = [];
let dist = '';
for (let run = 1; run <= runs; run++) {
  if (run > 1) settle();
  dist = join(work, `dist-${run}`);
  whole.push(await build(registry, dist, `, ${services} services${runs > 1 ? `, run ${run} of ${runs}` : ''}`));
}
const middle = middleOf(whole, (run) => run.m);
console.log(
  `\nwhole build (npm run build): ${seconds(middle.m.seconds)} for ${middle.count} pages, search index and exports${runs > 1 ? ` (median of ${runs} runs: ${whole.map(({ m }) => m.seconds.toFixed(1)).join(', ')} s)` : ''}; ` +
    `peak memory of any stage ${mb(Math.max(...[...stages, ...validations, ...whole.map(({ m }) => m)].map((m) => m.peakRssBytes)))}`,
);
console.log(`real registry: ${seconds(real.m.seconds)} for ${real.count} pages`);

// 4. How the cost grows with the registry: per thousand pages, and from a tenth of the services to all of them.
const perThousand = ({ m, count }: { m: Measurement; count: number }) =>
  `${((m.seconds / count) * 1000).toFixed(2)} s and ${((m.cpuSeconds / count) * 1000).toFixed(2)} s of CPU per 1,000 pages`;
console.log(
  `how it grows: ${smaller} services ${seconds(small.m.seconds)} (${perThousand(small)}); ${services} services ${seconds(middle.m.seconds)} (${perThousand(middle)}); ` +
    `${(services / smaller).toFixed(0)}x the services take ${(middle.m.seconds / small.m.seconds).toFixed(1)}x the time and ${(middle.m.peakRssBytes / small.m.peakRssBytes).toFixed(1)}x the memory`,
);
console.log(`timeline of that build: ${timeline(middle.m.output).join('; ')}`);

// 5. What a reader downloads.
if (existsSync(dist)) {
  const sizes = servicePageSizes(dist);
  console.log(
    `output: ${mb(filesWithSizes(dist).reduce((total, file) => total + file.bytes, 0))}; service page + CSS (gzip): median ${kb(median(sizes.map((page) => page.total)))}, largest ${kb(Math.max(...sizes.map((page) => page.total)))}`,
  );
  if (!values['no-browser'] && existsSync('/usr/bin/chromium')) {
    const search = await measureFirstSearch(dist, 'ru', 'паспорт');
    console.log(`first search /ru/ "паспорт": ${kb(search.total)} downloaded (${search.results} results)`);
  }
}

if (!values.keep) rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
