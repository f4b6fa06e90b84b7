// Reads and validates a share of the registry's files for loadRegistryInParallel.
import { parentPort, workerData } from 'node:worker_threads';
import { readAndValidateJob, toPortable } from './load-registry.ts';
import type { FileJob } from './registry-files.ts';

parentPort!.postMessage((workerData as FileJob[]).map((job) => toPortable(readAndValidateJob(job))));
