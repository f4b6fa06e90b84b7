import { cpSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { fillFileSizes } from '../lib/export/file-sizes.ts';
import { openDataPagePaths } from '../lib/export/releases.ts';
import { registryRoot } from '../lib/registry/index.ts';
import { currentSiteModel } from '../lib/site-model/current-site-model.ts';
import type { RegistryOutputsJob, RegistryOutputsReport } from './registry-outputs-worker.ts';

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

/** Moves every entry of a folder into another, keeping what the other already holds (pages Astro wrote there). */
function mergeFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) moveFolder(join(from, name), join(to, name));
  rmSync(from, { recursive: true, force: true });
}

/** Runs one job of the worker and resolves with its report; rejects if it fails or stops early. */
function runWorker(job: RegistryOutputsJob): Promise<RegistryOutputsReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./registry-outputs-worker.ts', import.meta.url), { workerData: job });
    let report: RegistryOutputsReport | undefined;
    worker.once('message', (message: RegistryOutputsReport) => (report = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (report && code === 0 ? resolve(report) : reject(new Error(`The ${job.job} worker of the build stopped with exit code ${code}.`))));
  });
}

/**
 * The search index and the open data, built while Astro renders the pages. At build:start the site
 * model is built once (the pages then render from the same model); rendering keeps the main thread
 * busy and this machine has a second core, so a worker thread receives a copy of the model, writes
 * the exports and makes the search documents; then a second worker, without the model, feeds them
 * to Pagefind (its own process). At build:done the results move into the output; they are staged in
 * Astro's cache folder because Astro empties the output folder after build:start.
 */
export function registryOutputs(options: { search: boolean; openData: boolean }): AstroIntegration {
  let staging = '';
  let outputs: Promise<string[] | { error: unknown }> = Promise.resolve([]);
  return {
    name: 'kyzmat-registry-outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        staging = join(fileURLToPath(config.cacheDir), 'kyzmat-registry-outputs');
      },
      'astro:build:start': () => {
        if (!options.search && !options.openData) return;
        rmSync(staging, { recursive: true, force: true });
        const started = performance.now();
        const ready = (summary: string) => `${summary}, ready ${((performance.now() - started) / 1000).toFixed(1)} s after the build started`;
        const run = async () => {
          const model = await runWorker({ job: 'model', site: currentSiteModel(), registryFolder: registryRoot(), staging, ...options });
          const summaries = model.summary ? [ready(model.summary)] : [];
          if (model.documents) summaries.push(ready((await runWorker({ job: 'search', documents: model.documents, staging })).summary!));
          return summaries;
        };
        // Not awaited: the pages render meanwhile. A failure is kept and reported at build:done.
        outputs = run().catch((error: unknown) => ({ error }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const summaries = await outputs;
        if ('error' in summaries) throw summaries.error;
        for (const summary of summaries) logger.info(summary);
        const outDir = fileURLToPath(dir);
        if (options.search) {
          moveFolder(join(staging, 'pagefind'), join(outDir, 'pagefind'));
          moveFolder(join(staging, 'search-vocabulary'), join(outDir, 'search-vocabulary'));
        }
        if (options.openData) {
          // /data/ already holds pages (its landing page): the files join them.
          mergeFolder(join(staging, 'data'), join(outDir, 'data'));
          moveFolder(join(staging, 'api'), join(outDir, 'api'));
          moveFolder(join(staging, 'id'), join(outDir, 'id'));
          // The dated releases are committed under public/data/releases/, which Astro has already copied.
          fillFileSizes(outDir, openDataPagePaths());
        }
      },
    },
  };
}
