import { getCompileCacheDir } from 'node:module';
import { type ResourceLimits, type Transferable, Worker } from 'node:worker_threads';

/**
 * Starts a worker thread that shares this thread's Node compile cache, when this thread has one
 * (Astro's command turns it on, and so does `npm run validate`): a worker compiles the project's
 * modules again otherwise, a third of a second for the build's site worker. Node passes the cache
 * to a worker only through its environment. `transferList` names what in `workerData` moves to the
 * worker rather than being copied (a MessagePort must).
 */
export function startWorker(url: URL, workerData: unknown, resourceLimits?: ResourceLimits, transferList?: Transferable[]): Worker {
  const directory = getCompileCacheDir();
  return new Worker(url, { workerData, resourceLimits, transferList, ...(directory && { env: { ...process.env, NODE_COMPILE_CACHE: directory } }) });
}

/**
 * Limits for the build's long-lived threads. V8 lets a thread's young generation grow to 134 MB,
 * which a thread writing pages soon fills with their short-lived text; 32 MB is collected more
 * often at no measurable cost in time, and at 20,000 services the build's peak is about 110–150 MB
 * lower (two threads).
 */
export const buildThreadLimits: ResourceLimits = { maxYoungGenerationSizeMb: 32 };
