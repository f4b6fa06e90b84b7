import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './fixtures.ts';

const lockDir = join(tmpdir(), 'kyzmat-build.lock');
const cacheRoot = join(tmpdir(), 'kyzmat-build-cache');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** What a build depends on: the registry's files and the site's code. Same inputs, same site. */
function buildKey(registry: string): string {
  const hash = createHash('sha256').update(registry);
  const inputs = [...filesUnder(registry), ...filesUnder(join(repoRoot, 'src')), join(repoRoot, 'astro.config.mjs'), ...filesUnder(join(repoRoot, 'public'))];
  for (const file of inputs.sort()) hash.update(relative(repoRoot, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

// Astro builds in one project folder share its .astro/ work folder, so test files running in
// parallel must take turns; a lock folder is atomic to create across processes.
export function withBuildLock<T>(fn: () => T): T {
  takeBuildLock();
  try {
    return fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** The same lock around asynchronous work, such as a dev server a test talks to. */
export async function withBuildLockAsync<T>(fn: () => Promise<T>): Promise<T> {
  takeBuildLock();
  try {
    return await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function takeBuildLock(): void {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      const age = Date.now() - (existsSync(lockDir) ? statSync(lockDir).mtimeMs : Date.now());
      if (age > 10 * 60_000) rmSync(lockDir, { recursive: true, force: true });
      else sleep(250);
    }
  }
}

/**
 * Builds the site from a registry folder the way `npm run build` does and returns the output
 * folder. Builds of identical inputs are shared between test files: treat the folder as read-only.
 */
export function buildSite(registry: string, env: Record<string, string> = {}): string {
  const outDir = join(cacheRoot, `${buildKey(registry)}-${createHash('sha256').update(JSON.stringify(env)).digest('hex').slice(0, 8)}`);
  const done = join(outDir, '.build-complete');
  return withBuildLock(() => {
    if (existsSync(done)) return outDir;
    rmSync(outDir, { recursive: true, force: true });
    execFileSync(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: repoRoot,
      env: { ...process.env, KYZMAT_REGISTRY: registry, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: 'pipe',
    });
    writeFileSync(done, '');
    return outDir;
  });
}
