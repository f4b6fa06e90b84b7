// Reading and validating one registry file, on its own: what the threads that read the registry
// (load-registry-worker.ts) need, without the checks across records and the model, which only the
// thread that assembles the registry loads (load-registry.ts).

import { readFileSync, type Stats, statSync } from 'node:fs';
import type { z } from 'zod';
import type { Service } from '../../schemas/index.ts';
import { type DatedFact, datedFacts } from './dated-facts.ts';
import { describeSchemaIssue, schemaKeysAt } from './describe-schema-issue.ts';
import { bodyErrors } from './markdown-body.ts';
import { type FieldPath, locatorOnDisk, type RecordFile, readRecordFile } from './read-record-file.ts';
import { fieldsLocatedOnRead, type RecordKind, recordKinds, type TaxonomyKind, taxonomyFiles } from './record-kinds.ts';
import { type RecordSummary, summarizeRecord } from './record-summary.ts';
import type { FileJob } from './registry-files.ts';
import type { ValidationError } from './validation-error.ts';

export type FileResult = ReturnType<typeof readAndValidate>;
export type FileCache = Map<string, { size: number; mtimeMs: number; result: FileResult }>;

type FieldsToLocate = ((data: never) => FieldPath[]) | undefined;

function readAndValidateCached(path: string, displayPath: string, schema: z.ZodType, toLocate: FieldsToLocate, cache: FileCache | undefined): FileResult {
  if (!cache) return readAndValidate(path, displayPath, schema, toLocate);
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return readAndValidate(path, displayPath, schema, toLocate);
  }
  const known = cache.get(path);
  if (known && known.size === stats.size && known.mtimeMs === stats.mtimeMs) return known.result;
  const result = readAndValidate(path, displayPath, schema, toLocate);
  cache.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, result });
  return result;
}

function validateWithSchema(record: RecordFile, schema: z.ZodType): { data?: unknown; errors: ValidationError[] } {
  const result = schema.safeParse(record.data);
  if (result.success) return { data: result.data, errors: [] };
  const knownKeys = (path: PropertyKey[]) => schemaKeysAt(schema as never, path);
  const errors = result.error.issues.flatMap((issue) =>
    describeSchemaIssue(issue, record.data, knownKeys).map(({ path, message }) => ({
      file: record.file,
      ...record.locate(path),
      field: path.join('.'),
      message,
    })),
  );
  return { errors };
}

/** A locator that answers from the positions found on reading, and reads the file again for any other field. */
function locatorWithKnown(known: [string, number, number][] | undefined, path: string, file: string): RecordFile['locate'] {
  const onDisk = locatorOnDisk(path, file);
  if (!known?.length) return onDisk;
  const byPath = new Map(known.map(([field, line, column]) => [field, { line, column }]));
  return (fieldPath) => byPath.get(fieldPath.join('.')) ?? onDisk(fieldPath);
}

export function readAndValidate(
  path: string,
  displayPath: string,
  schema: z.ZodType,
  toLocate?: FieldsToLocate,
): { record?: RecordFile; data?: unknown; errors: ValidationError[]; located?: [string, number, number][] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { errors: [{ file: displayPath, line: 1, column: 1, field: '', message: `the file cannot be read: ${(error as Error).message}` }] };
  }
  const read = readRecordFile(displayPath, bytes, { locateKeys: toLocate !== undefined });
  if (!read.ok) return { errors: read.errors };
  const validated = validateWithSchema(read.record, schema);
  const errors = [...validated.errors, ...bodyErrors(read.record)];
  if (validated.data === undefined) return { record: read.record, data: undefined, errors };
  // A valid file's checked data is all later steps read: its text and raw data are let go, and a
  // check across records that needs a line number reads the file again. Kept until the load ends,
  // they doubled its memory (and the garbage collector's work) at 20,000 services.
  const { file, body, bodyLine } = read.record;
  const located = toLocate?.(validated.data as never).map((field): [string, number, number] => {
    const { line, column } = read.record.locateKey?.(field) ?? read.record.locate(field);
    return [field.join('.'), line, column];
  });
  return { record: { file, data: undefined, body, bodyLine, locate: locatorWithKnown(located, path, file) }, data: validated.data, errors, located };
}

const schemaOf = (kind: FileJob['kind']): z.ZodType => (kind in recordKinds ? recordKinds[kind as RecordKind].schema : taxonomyFiles[kind as TaxonomyKind].schema);

/** What the checks across records need of a record's file: its summary and, when only the checks are asked for (LoadOptions.checkOnly), a valid service's dated facts. */
export interface ForChecks {
  /** Whether the file passed its schema (with checkOnly its checked data, whose presence says so elsewhere, is not kept). */
  valid: boolean;
  summary: RecordSummary;
  dated?: DatedFact[];
}

/** A file's result, with what the checks need of it once that is found. */
export type JobResult = FileResult & { forChecks?: ForChecks };

/** What the checks need of a record file's result; with `checkOnly`, a valid service's dated facts too. */
export function forChecksOf(kind: RecordKind, result: FileResult, checkOnly: boolean): ForChecks {
  const valid = result.data !== undefined;
  const summary = summarizeRecord(kind, result.data ?? result.record?.data, valid);
  return { valid, summary, dated: checkOnly && kind === 'services' && valid ? datedFacts(result.data as Service) : undefined };
}

/**
 * Reads and validates one file against its kind's schema. With `checkOnly`, a record's result keeps
 * only what the checks across records need of it (ForChecks), not its data, whichever thread reads
 * it: the checks read nothing else, and a result that looks the same from every thread cannot be
 * checked differently (worker results once counted as invalid files).
 */
export function readAndValidateJob(job: FileJob, locateOnRead: boolean, cache?: FileCache, checkOnly = false): JobResult {
  const result = readAndValidateCached(job.path, job.displayPath, schemaOf(job.kind), locateOnRead ? fieldsLocatedOnRead[job.kind as RecordKind] : undefined, cache);
  if (!checkOnly || !(job.kind in recordKinds)) return result;
  const forChecks = forChecksOf(job.kind as RecordKind, result, true);
  return { errors: result.errors, record: result.record && { ...result.record, data: undefined }, located: result.located, forChecks };
}

/** What a registry-reading worker is sent: every file, and the counter of the next chunk to take. */
export interface LoadShare {
  jobs: FileJob[];
  next: Int32Array;
  chunk: number;
  /** Whether dated facts' lines are found as files are read (LoadOptions.locateDatedFacts). */
  locateOnRead: boolean;
  /** Whether only the checks are asked for: records are not sent, only what the checks need of them (LoadOptions.checkOnly). */
  checkOnly: boolean;
}

/** A chunk of files' results as one thread sends them to another: where the chunk starts, and its files' results. */
export interface ChunkResults {
  start: number;
  results: PortableResult[];
}

/** What a registry-reading worker sends: a chunk's results, then that it is done. */
export type LoadChunkMessage = ChunkResults | { done: true };

/** Where each chunk of `count` files starts that this thread takes from a counter shared with other threads, until none is left. */
export function* chunkStarts(count: number, next: Int32Array, chunk: number): Generator<number> {
  for (let start = Atomics.add(next, 0, chunk); start < count; start = Atomics.add(next, 0, chunk)) yield start;
}

/** A file's result as it crosses between threads: functions cannot, so the locator is rebuilt from disk. */
export interface PortableResult {
  errors: ValidationError[];
  data?: unknown;
  record?: { file: string; data: unknown; body?: string };
  located?: [string, number, number][];
  forChecks?: ForChecks;
}

export function toPortable(result: JobResult): PortableResult {
  if (!result.record) return { errors: result.errors, forChecks: result.forChecks };
  // What the checks need of a record is sent instead of it, when only they are asked for.
  if (result.forChecks) return { errors: result.errors, record: { file: result.record.file, data: undefined }, located: result.located, forChecks: result.forChecks };
  // A valid file's checked data is all later steps read, so its raw data is not sent twice.
  const record = { file: result.record.file, data: result.data === undefined ? result.record.data : undefined, body: result.record.body };
  return { errors: result.errors, data: result.data, record, located: result.located };
}

export function fromPortable(job: FileJob, portable: PortableResult): JobResult {
  if (!portable.record) return { errors: portable.errors, forChecks: portable.forChecks };
  const { file, body } = portable.record;
  const record: RecordFile = { file, data: portable.record.data ?? portable.data, body, locate: locatorWithKnown(portable.located, job.path, file) };
  return { record, data: portable.data, errors: portable.errors, located: portable.located, forChecks: portable.forChecks };
}
