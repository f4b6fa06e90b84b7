import { Worker } from 'node:worker_threads';

/**
 * Writes the open data of the registry in `registryFolder` from a worker thread, which loads its own
 * copy of the model: during a build the main thread is busy rendering pages, and a 2-core machine
 * has a core to spare for this. Resolves with the row count of each table.
 */
export function writeOpenDataInWorker(options: { registryFolder: string; dataDir: string; apiDir: string; siteUrl: string }): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./open-data-worker.ts', import.meta.url), { workerData: options });
    let counts: Record<string, number> | undefined;
    worker.once('message', (message: Record<string, number>) => (counts = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (counts && code === 0 ? resolve(counts) : reject(new Error(`The open-data export stopped (exit code ${code}) before writing every file.`))));
  });
}
