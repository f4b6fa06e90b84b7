// Reads and validates chunks of the registry's files for loadRegistryInParallel, until none is left.
// The thread may start before the files are listed (registry-readers.ts): its share comes as a
// message, and null means there is nothing for it to do.
import { parentPort } from 'node:worker_threads';
import { chunkStarts, type LoadChunkMessage, type LoadShare, readAndValidateJob, toPortable } from './read-and-validate.ts';

const port = parentPort!;
const post = (message: LoadChunkMessage) => port.postMessage(message);
port.once('message', (share: LoadShare | null) => {
  if (!share) return;
  const { jobs, next, chunk, locateOnRead, checkOnly } = share;
  for (const start of chunkStarts(jobs.length, next, chunk))
    post({ start, results: jobs.slice(start, start + chunk).map((job) => toPortable(readAndValidateJob(job, locateOnRead, undefined, checkOnly))) });
  post({ done: true });
});
