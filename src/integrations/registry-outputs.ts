import { cpSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeOpenDataInWorker } from '../lib/export/write-open-data-in-worker.ts';
import { registryRoot } from '../lib/registry/index.ts';
import { buildSearchIndex } from '../lib/search/build-search-index.ts';
import { siteRegistry } from '../lib/site/site-registry.ts';
import { siteUrl } from '../site-config.ts';

/** Moves a folder, copying when the two places are on different file systems. */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

type Outcome = { ok: true; summary: string } | { ok: false; error: unknown };
const secondsSince = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/**
 * The search index and the open data, built while Astro renders the pages (which keep the main
 * thread busy; this machine has a second core). The schedule:
 * - build:start: the main thread loads the registry (the pages reuse that load) and hands it to
 *   Pagefind, which indexes in its own process;
 * - once Pagefind is done, a worker thread loads its own copy of the registry and writes the exports.
 *   Waiting for Pagefind keeps the peak memory down: its index and the worker's model never coexist;
 * - build:done: wait for both, then move their folders into the output. They are written into
 *   Astro's cache folder because Astro empties the output folder after build:start.
 */
export function registryOutputs(options: { search: boolean; openData: boolean }): AstroIntegration {
  let staging = '';
  let outputs: Promise<Outcome[]> = Promise.resolve([]);
  const settle = (work: Promise<string>): Promise<Outcome> => work.then((summary) => ({ ok: true, summary }), (error: unknown) => ({ ok: false, error }));
  return {
    name: 'kyzmat-registry-outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        staging = join(fileURLToPath(config.cacheDir), 'kyzmat-registry-outputs');
      },
      'astro:build:start': () => {
        const started = performance.now();
        rmSync(staging, { recursive: true, force: true });
        const openData = options.openData
          ? settle(
              writeOpenDataInWorker({ registryFolder: registryRoot(), dataDir: join(staging, 'data'), apiDir: join(staging, 'api', 'v1'), siteUrl }).then(
                (counts) => `open data: ${counts.services} services, ${Object.keys(counts).length} tables, ready ${secondsSince(started)} s after the build started`,
              ),
            )
          : Promise.resolve(undefined);
        const search = options.search
          ? settle(buildSearchIndex(siteRegistry(), join(staging, 'pagefind')).then(({ pages }) => `search index: ${pages} pages, ready ${secondsSince(started)} s after the build started`))
          : Promise.resolve(undefined);
        // Not awaited: the pages render meanwhile. Failures are kept and reported at build:done.
        outputs = Promise.all([search, openData]).then((outcomes) => outcomes.filter((outcome) => outcome !== undefined));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outcomes = await outputs;
        for (const outcome of outcomes) {
          if (!outcome.ok) throw outcome.error;
          logger.info(outcome.summary);
        }
        const outDir = fileURLToPath(dir);
        if (options.search) moveFolder(join(staging, 'pagefind'), join(outDir, 'pagefind'));
        if (options.openData) {
          moveFolder(join(staging, 'data'), join(outDir, 'data'));
          moveFolder(join(staging, 'api'), join(outDir, 'api'));
        }
      },
    },
  };
}
