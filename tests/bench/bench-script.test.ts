import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { withBuildLock } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/fixtures.ts';

// The benchmark is run by hand on 20,000 services; this small run keeps the script working.
it('runs every stage of the benchmark on a small synthetic registry and prints its figures', () => {
  const run = withBuildLock(() => spawnSync(process.execPath, [join(repoRoot, 'scripts/bench.ts'), '--services', '200', '--no-browser'], { cwd: repoRoot, encoding: 'utf8' }));
  expect(run.status, run.stdout + run.stderr).toBe(0);
  for (const stage of ['validate', 'pages', 'search', 'exports', 'build']) {
    expect(run.stdout).toMatch(new RegExp(`^${stage} +\\d+\\.\\d s +\\d+ \\w+/s +peak memory \\d+ MB  \\(CPU \\d+\\.\\d s, load [\\d.]+→[\\d.]+.*\\)$`, 'm'));
  }
  expect(run.stdout).toMatch(/^whole build \(npm run build\): \d+\.\d s for \d+ pages, search index and exports; peak memory of any stage \d+ MB$/m);
  expect(run.stdout).toMatch(/^build .*, the real registry(; at the peak node \d+ MB(, [\w.-]+ \d+ MB)+)?\)$/m);
  expect(run.stdout).toMatch(/^real registry: \d+\.\d s for \d+ pages$/m);
  expect(run.stdout).toMatch(/^how it grows: 20 services .*; 200 services .*; 10x the services take \d+\.\dx the time and \d+\.\dx the memory$/m);
  // The timeline is in the order things were ready, which varies from run to run.
  expect(run.stdout).toMatch(/^timeline of that build: (?=.*\bsite model: 200 services \d+\.\d s)(?=.*\b400 service pages written \d+\.\d s)/m);
  expect(run.stdout).toMatch(/^output: \d+ MB; service page \+ CSS \(gzip\): median \d+\.\d KB, largest \d+\.\d KB$/m);
});
