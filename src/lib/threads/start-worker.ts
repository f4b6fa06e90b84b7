import { getCompileCacheDir } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread that shares this thread's Node compile cache, when this thread has one
 * (Astro's command turns it on, and so does `npm run validate`): a worker compiles the project's
 * modules again otherwise, a third of a second for the build's site worker. Node passes the cache
 * to a worker only through its environment.
 */
export function startWorker(url: URL, workerData: unknown): Worker {
  const directory = getCompileCacheDir();
  return new Worker(url, { workerData, ...(directory && { env: { ...process.env, NODE_COMPILE_CACHE: directory } }) });
}
