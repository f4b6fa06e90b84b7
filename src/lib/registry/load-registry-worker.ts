// Reads and validates a share of the registry's files for loadRegistryInParallel.
import { parentPort, workerData } from 'node:worker_threads';
import { readAndValidateJob, toPortable, type FileJob } from './load-registry.ts';

parentPort!.postMessage((workerData as FileJob[]).map((job) => toPortable(readAndValidateJob(job))));
