import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './fixtures.ts';

/** Builds the site from a registry folder into a temporary folder, the way `npm run build` does, and returns it. */
export function buildSite(registry: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'kyzmat-dist-'));
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: repoRoot,
    env: { ...process.env, KYZMAT_REGISTRY: registry, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
  return outDir;
}
