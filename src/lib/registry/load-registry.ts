import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { type SourceCheckResults, sourceCheckResults } from '../../schemas/index.ts';
import { type CheckedFile, type CheckedTaxonomies, checkCrossRecordRules } from './cross-record-checks.ts';
import type { DatedFact } from './dated-facts.ts';
import { type StringInterner, stringInterner } from './intern-strings.ts';
import {
  type ChunkResults,
  chunkStarts,
  type FileCache,
  forChecksOf,
  fromPortable,
  type JobResult,
  type LoadChunkMessage,
  type LoadShare,
  type PortableResult,
  readAndValidate,
  readAndValidateJob,
  toPortable,
} from './read-and-validate.ts';
import type { FieldPath, RecordFile } from './read-record-file.ts';
import { type RecordKind, recordKindNames, recordKinds, type TaxonomyKind, taxonomyFiles } from './record-kinds.ts';
import { type FileJob, type Listing, listRegistryFiles, type NotLoaded } from './registry-files.ts';
import { buildRegistryModel, type Registry } from './registry-model.ts';
import { type RegistryReader, readingThreads, startRegistryReaders } from './registry-readers.ts';
import { type SourceChecks, sourceChecksFile, toSourceChecks } from './source-checks-file.ts';
import { sortErrors, type ValidationError } from './validation-error.ts';

export interface LoadResult {
  /** The resolved model; absent when any error was found, so nothing is built from a broken registry. */
  registry?: Registry;
  /** Every problem found, in file order. */
  errors: ValidationError[];
  /** Files and folders deliberately left out (drafts and tools' files, named "_..."), so that none is skipped unseen. */
  notLoaded: NotLoaded[];
  /**
   * Where a field of a loaded file (a record or a taxonomy) sits, by the file's path as errors show it. With
   * `locateDatedFacts`, the fields of `fieldsLocatedOnRead` were found as the files were read; any
   * other field's file is read again.
   */
  locate: (file: string, path: FieldPath) => Position;
  /** With `checkOnly` and no error: what validate reports of a valid registry, in place of the model. */
  checked?: CheckedRegistry;
}

/** A valid registry as checked without building its model: how many records of each kind, and each service's dated facts. */
export interface CheckedRegistry {
  counts: Record<RecordKind | 'categories', number>;
  /** Every service by id, with its file (as errors show it) and its dated facts. */
  services: { id: string; file: string; dated: DatedFact[] }[];
}

type Position = { line: number; column: number };

export interface LoadOptions {
  /** How file paths appear in errors and edit links; defaults to the registry path relative to the working folder. */
  displayRoot?: string;
  /**
   * Results of earlier loads, by file. A file whose size and modification time are unchanged is
   * not read or validated again; `npm run dev` passes one so that saving a file reloads in a
   * fraction of a full load. The checks across records always run in full.
   */
  fileCache?: FileCache;
  /**
   * Find the lines of every service's dated facts (`fieldsLocatedOnRead`) as the files are read, for
   * validate's warnings about old facts; other loads find a line only when an error needs one.
   */
  locateDatedFacts?: boolean;
}

/** The last source check kept in the registry folder, if there is one. */
function readSourceChecks(root: string, displayRoot: string, errors: ValidationError[]): SourceChecks | undefined {
  const path = join(root, sourceChecksFile);
  if (!existsSync(path)) return undefined;
  const result = readAndValidate(path, join(displayRoot, sourceChecksFile), sourceCheckResults);
  errors.push(...result.errors);
  return result.data === undefined ? undefined : toSourceChecks(result.data as SourceCheckResults);
}

/** The checks across records and the model (or, with `checkOnly`, what validate reports), from every file's own result. */
function assemble(jobs: FileJob[], results: JobResult[], listing: Listing, sourceChecks: SourceChecks | undefined, checkOnly = false): LoadResult {
  const { errors, notLoaded } = listing;
  const files: CheckedFile[] = [];
  const dated: CheckedRegistry['services'] = [];
  const locators = new Map<string, RecordFile['locate']>();
  const taxonomies: Partial<Record<TaxonomyKind, { record: RecordFile; data: unknown[] }>> = {};
  jobs.forEach((job, index) => {
    const result = results[index]!;
    errors.push(...result.errors);
    if (result.record) locators.set(result.record.file, result.record.locate);
    if (job.kind in taxonomyFiles) {
      if (result.record && result.data !== undefined) taxonomies[job.kind as TaxonomyKind] = { record: result.record, data: result.data as unknown[] };
      return;
    }
    const { extension } = recordKinds[job.kind as RecordKind];
    const name = basename(job.path);
    // Files with errors still take part in the checks across records, so that one error does
    // not hide another and a reference to a broken file is not reported as missing too.
    const forChecks = result.forChecks ?? forChecksOf(job.kind as RecordKind, result, checkOnly);
    files.push({
      kind: job.kind as RecordKind,
      fileId: name.slice(0, -extension.length),
      record: result.record,
      data: result.data ?? result.record?.data,
      valid: forChecks.valid,
      summary: forChecks.summary,
    });
    if (forChecks.dated && result.record) dated.push({ id: forChecks.summary.id!, file: result.record.file, dated: forChecks.dated });
  });
  errors.push(...checkCrossRecordRules(files, taxonomies));
  const locate = (file: string, path: FieldPath): Position => locators.get(file)?.(path) ?? { line: 1, column: 1 };
  if (errors.length > 0) return { errors: sortErrors(errors), notLoaded, locate };
  if (checkOnly) return { errors: [], notLoaded, locate, checked: checkedRegistry(files, taxonomies, dated) };
  return { registry: buildRegistryModel(files, taxonomies, sourceChecks), errors: [], notLoaded, locate };
}

function checkedRegistry(files: CheckedFile[], taxonomies: CheckedTaxonomies, services: CheckedRegistry['services']): CheckedRegistry {
  const counts = Object.fromEntries(recordKindNames.map((kind) => [kind, files.filter((file) => file.kind === kind).length])) as CheckedRegistry['counts'];
  counts.categories = taxonomies.categories?.data.length ?? 0;
  // In id order, as the model lists services.
  return { counts, services: services.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/** How the registry's paths appear in errors unless the caller says: relative to the working folder. */
const defaultDisplayRoot = (root: string): string => relative(process.cwd(), root) || '.';

const missingFolder = (displayRoot: string): LoadResult => ({
  errors: [{ file: displayRoot, line: 1, column: 1, field: '', message: 'the registry folder does not exist' }],
  notLoaded: [],
  locate: () => ({ line: 1, column: 1 }),
});

/**
 * Reads every file of the registry, validates each against its schema, checks the references and
 * rules between records, and returns the resolved model, or every error found (never just the first).
 */
export function loadRegistry(root: string, options: LoadOptions = {}): LoadResult {
  const displayRoot = options.displayRoot ?? defaultDisplayRoot(root);
  const listing: Listing = { errors: [], notLoaded: [] };
  const jobs = listRegistryFiles(root, displayRoot, listing);
  if (!jobs) return missingFolder(displayRoot);
  const sourceChecks = readSourceChecks(root, displayRoot, listing.errors);
  return assemble(
    jobs,
    jobs.map((job) => readAndValidateJob(job, options.locateDatedFacts === true, options.fileCache)),
    listing,
    sourceChecks,
  );
}

/**
 * The same as loadRegistry, with the files read and validated by this thread and worker threads
 * side by side (one per spare core), for `npm run validate` and `npm run export`: parsing 20,000
 * YAML files is most of a load. The result, errors included, is the same. `readers` are threads
 * the caller started earlier (startRegistryReaders); they are used, and none is started. With
 * `checkOnly` (validate), no model is built: the threads send what the checks need of each record
 * instead of the record, half a second less at 20,000 services, and the result says what validate
 * reports of a valid registry (`checked`).
 */
export async function loadRegistryInParallel(
  root: string,
  options: Omit<LoadOptions, 'fileCache'> & { threads?: number; readers?: RegistryReader[]; checkOnly?: boolean } = {},
): Promise<LoadResult> {
  const displayRoot = options.displayRoot ?? defaultDisplayRoot(root);
  const listing: Listing = { errors: [], notLoaded: [] };
  const jobs = listRegistryFiles(root, displayRoot, listing);
  const started = options.readers ?? [];
  if (!jobs) {
    for (const { worker } of started) worker.postMessage(null);
    return missingFolder(displayRoot);
  }
  const sourceChecks = readSourceChecks(root, displayRoot, listing.errors);
  // Starting a thread costs more than reading a small registry, but threads already started are used.
  const threads = options.threads ?? (started.length > 0 ? started.length + 1 : jobs.length < 1_000 ? 1 : readingThreads());
  const readers = [...started.slice(0, threads - 1), ...startRegistryReaders(Math.max(0, threads - 1 - started.length))];
  for (const { worker } of started.slice(threads - 1)) worker.postMessage(null);
  const locateOnRead = options.locateDatedFacts === true;
  const checkOnly = options.checkOnly === true;
  const intern = stringInterner();
  const arrived = (job: FileJob, result: JobResult): JobResult => keptResult(intern, job, result, checkOnly);
  if (threads < 2)
    return assemble(
      jobs,
      jobs.map((job) => arrived(job, readAndValidateJob(job, locateOnRead, undefined, checkOnly))),
      listing,
      sourceChecks,
      checkOnly,
    );
  // The threads take chunks of files in turn from a shared counter, so that none waits for another
  // however the work falls; a worker sends each chunk's results as it finishes it, and this thread
  // takes them in between its own chunks, so that little is left to receive at the end.
  const next = new Int32Array(new SharedArrayBuffer(4));
  const results: JobResult[] = new Array(jobs.length);
  const share: LoadShare = { jobs, next, chunk: loadChunk, locateOnRead, checkOnly };
  const workers = readers.map((reader) =>
    readInWorker(reader, share, (start, chunk) => {
      for (const [offset, result] of chunk.entries()) results[start + offset] = arrived(jobs[start + offset]!, fromPortable(jobs[start + offset]!, result));
    }),
  );
  for (const start of chunkStarts(jobs.length, next, loadChunk)) {
    for (let index = start; index < Math.min(start + loadChunk, jobs.length); index++)
      results[index] = arrived(jobs[index]!, readAndValidateJob(jobs[index]!, locateOnRead, undefined, checkOnly));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return assemble(jobs, results, listing, sourceChecks, checkOnly);
}

/**
 * A file's result as the load keeps it once it has arrived, from this thread or another. What is
 * kept of a record (its data, or with checkOnly what the checks need of it) has its texts interned:
 * one copy of each text, and no slice that holds its whole file's text. Without it, validate held
 * 190 MB of the texts of the files this thread read itself.
 */
function keptResult(intern: StringInterner, job: FileJob, result: JobResult, checkOnly: boolean): JobResult {
  if (checkOnly) result.forChecks &&= intern(result.forChecks);
  else if (result.data !== undefined) result.data = intern(result.data);
  return findForChecksEarly(job, result);
}

/**
 * Finds what the checks across records need of a record while the files are being read, not after,
 * when only this thread works: walking every service's sources for its references was a sixth of
 * that part at 20,000 services. A thread that reads files sends it only when it sends no record
 * (checkOnly): otherwise it costs more to send than to find again.
 */
function findForChecksEarly(job: FileJob, result: JobResult): JobResult {
  if (job.kind in recordKinds) result.forChecks ??= forChecksOf(job.kind as RecordKind, result, false);
  return result;
}

/** Files a thread reads at a time. */
const loadChunk = 200;

function readInWorker({ worker, ended }: RegistryReader, share: LoadShare, received: (start: number, results: PortableResult[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.on('message', (message: LoadChunkMessage) => ('done' in message ? resolve() : received(message.start, message.results)));
    ended.then((code) => code !== 0 && reject(new Error(`A registry-reading thread stopped with exit code ${code}.`)), reject);
    worker.postMessage(share);
  });
}

/** A load of the registry that two threads share (loadRegistryTogether): its files, listed once, and the counter of the next chunk to take. */
export interface SharedLoad {
  root: string;
  displayRoot: string;
  /** Absent when the registry folder does not exist. */
  jobs?: FileJob[];
  listing: Listing;
  next: Int32Array;
  /** Files a thread reads at a time. */
  chunk: number;
}

/** Lists the registry's files for a load that two threads share; the result crosses to a worker thread as it is. */
export function planSharedLoad(root: string, { displayRoot = defaultDisplayRoot(root), chunk = loadChunk } = {}): SharedLoad {
  const listing: Listing = { errors: [], notLoaded: [] };
  const jobs = listRegistryFiles(root, displayRoot, listing);
  return { root, displayRoot, jobs, listing, next: new Int32Array(new SharedArrayBuffer(4)), chunk };
}

/**
 * The build's load: two threads that each need the whole model (site-build.ts) load the registry
 * together, each calling this with the same plan and one end of a MessageChannel. Each takes chunks
 * of files from the shared counter, reads and validates them, and sends their results to the other,
 * so that every file is read once, not once per thread: at 20,000 services reading is about nine
 * seconds of a thread's time, and sending and receiving the results about two. The result is
 * loadRegistry's. A thread that joins late (the main thread, once Astro has bundled the site) finds
 * the other's results waiting and takes only the chunks left; if the other thread stops before
 * sending a chunk it took, the load fails rather than waits.
 */
export async function loadRegistryTogether(load: SharedLoad, peer: MessagePort): Promise<LoadResult> {
  const { root, displayRoot, jobs, next, chunk: size } = load;
  if (!jobs) return missingFolder(displayRoot);
  // assemble adds to the listing's errors: each thread keeps its own.
  const listing: Listing = { errors: [...load.listing.errors], notLoaded: [...load.listing.notLoaded] };
  const sourceChecks = readSourceChecks(root, displayRoot, listing.errors);
  const intern = stringInterner();
  const results: JobResult[] = new Array(jobs.length);
  let kept = 0;
  const keep = (index: number, result: JobResult) => {
    results[index] = keptResult(intern, jobs[index]!, result, false);
    kept++;
  };
  const complete = new Promise<void>((resolve, reject) => {
    peer.on('message', ({ start, results: chunk }: ChunkResults) => {
      for (const [offset, result] of chunk.entries()) keep(start + offset, fromPortable(jobs[start + offset]!, result));
      if (kept === jobs.length) resolve();
    });
    peer.once('close', () => reject(new Error('The other thread loading the registry stopped before sending the files it read.')));
  });
  // Awaited only if this thread runs out of chunks first; a failure before then is raised there.
  complete.catch(() => undefined);
  for (const start of chunkStarts(jobs.length, next, size)) {
    const chunk = jobs.slice(start, start + size).map((job) => readAndValidateJob(job, false));
    // Sent before this thread interns and summarises them, as the other thread does that itself.
    peer.postMessage({ start, results: chunk.map(toPortable) } satisfies ChunkResults);
    for (const [offset, result] of chunk.entries()) keep(start + offset, result);
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (kept < jobs.length) await complete;
  // Not closed: the other thread may not have taken this thread's last results yet.
  peer.removeAllListeners();
  peer.unref();
  return assemble(jobs, results, listing, sourceChecks);
}
