// Reads and validates chunks of the registry's files for loadRegistryInParallel, until none is left.
import { parentPort, workerData } from 'node:worker_threads';
import { type LoadChunkMessage, type LoadShare, readAndValidateJob, toPortable } from './load-registry.ts';

const { jobs, next, chunk, locateOnRead } = workerData as LoadShare;
const post = (message: LoadChunkMessage) => parentPort!.postMessage(message);
for (let start = Atomics.add(next, 0, chunk); start < jobs.length; start = Atomics.add(next, 0, chunk)) {
  post({ start, results: jobs.slice(start, start + chunk).map((job) => toPortable(readAndValidateJob(job, locateOnRead))) });
}
post({ done: true });
