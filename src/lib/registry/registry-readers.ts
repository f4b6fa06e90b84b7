import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../threads/start-worker.ts';

/** A thread that reads and validates registry files for loadRegistryInParallel (load-registry-worker.ts). */
export interface RegistryReader {
  worker: Worker;
  /** The thread's exit code, or its error; watched from its start, so that an early failure is not lost. */
  ended: Promise<number>;
}

/** How many threads read the registry at once, the caller's included. */
export const readingThreads = (): number => Math.min(availableParallelism(), 4);

/**
 * Starts threads that help the caller read the registry; each waits for its share of the files. A
 * thread spends about 0.4 s loading its modules before it can read a file, so `npm run validate`
 * starts them before it loads its own modules and lists the files: they are ready when the reading
 * starts, instead of leaving one core idle for that long (0.2 s of 5 at 20,000 services).
 */
export function startRegistryReaders(count = readingThreads() - 1): RegistryReader[] {
  return Array.from({ length: count }, () => {
    const worker = startWorker(new URL('./load-registry-worker.ts', import.meta.url), undefined);
    const ended = new Promise<number>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', resolve);
    });
    ended.catch(() => undefined);
    return { worker, ended };
  });
}
