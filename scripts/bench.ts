// Measures each stage of the build on a synthetic registry: `npm run bench -- [--services 20000] [--keep]`.
// Prints wall time, throughput and peak memory per stage; figures, not pass/fail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureProcess, type Measurement } from '../src/lib/bench/measure-process.ts';
import { generateSyntheticRegistry } from '../src/lib/synthetic/generate-synthetic-registry.ts';

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '20000' },
    stages: { type: 'string', default: 'validate,pages' },
    keep: { type: 'boolean', default: false },
  },
});
const services = Number(values.services);
const stages = values.stages.split(',');
const work = mkdtempSync(join(tmpdir(), 'kyzmat-bench-'));
const registry = join(work, 'registry');
const outDir = join(work, 'dist');
const node = process.execPath;
const env = { ...process.env, KYZMAT_REGISTRY: registry, ASTRO_TELEMETRY_DISABLED: '1' };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const report = (stage: string, m: Measurement, items?: { count: number; unit: string }) => {
  const rate = items ? `, ${(items.count / m.seconds).toFixed(0)} ${items.unit}/s` : '';
  console.log(`${stage.padEnd(10)} ${m.seconds.toFixed(1).padStart(7)} s${rate}, peak memory ${mb(m.peakRssBytes)}${m.exitCode === 0 ? '' : `  FAILED (exit ${m.exitCode})`}`);
  if (m.exitCode !== 0) console.log(m.output.slice(-3000));
};

// 1. A synthetic registry: the real agencies, acts and municipalities, N copies of real services.
let started = performance.now();
generateSyntheticRegistry({ from: resolve('registry'), to: registry, services });
console.log(`synthetic registry: ${services} services in ${((performance.now() - started) / 1000).toFixed(1)} s (${registry})`);

let failed = false;
// 2. Validate: the same loader every entry point uses.
if (stages.includes('validate')) {
  const m = await measureProcess(node, [resolve('scripts/validate.ts'), registry], env);
  report('validate', m, { count: services, unit: 'services' });
  failed ||= m.exitCode !== 0;
}
// 3. Pages: the Astro build, two pages per service plus the other records' pages.
if (stages.includes('pages')) {
  const m = await measureProcess(node, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], env);
  const pages = Number(/(\d+) page\(s\) built/.exec(m.output)?.[1] ?? 0);
  report('pages', m, { count: pages, unit: 'pages' });
  failed ||= m.exitCode !== 0;
}

if (!values.keep) rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
