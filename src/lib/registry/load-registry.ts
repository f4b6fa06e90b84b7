import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { checkCrossRecordRules, type CheckedFile } from './cross-record-checks.ts';
import { describeSchemaIssue, schemaKeysAt } from './describe-schema-issue.ts';
import { readRecordFile, type RecordFile } from './read-record-file.ts';
import { recordKinds, recordKindNames, taxonomyFiles, type RecordKind } from './record-kinds.ts';
import { buildRegistryModel, type Registry } from './registry-model.ts';
import { sortErrors, type ValidationError } from './validation-error.ts';

export interface LoadResult {
  /** The resolved model; absent when any error was found, so nothing is built from a broken registry. */
  registry?: Registry;
  /** Every problem found, in file order. */
  errors: ValidationError[];
}

export interface LoadOptions {
  /** How file paths appear in errors and edit links; defaults to the registry path relative to the working folder. */
  displayRoot?: string;
  /**
   * Results of earlier loads, by file. A file whose size and modification time are unchanged is
   * not read or validated again; `npm run dev` passes one so that saving a file reloads in a
   * fraction of a full load. The checks across records always run in full.
   */
  fileCache?: FileCache;
}

type FileResult = ReturnType<typeof readAndValidate>;
export type FileCache = Map<string, { size: number; mtimeMs: number; result: FileResult }>;

function readAndValidateCached(path: string, displayPath: string, schema: z.ZodType, cache: FileCache | undefined): FileResult {
  if (!cache) return readAndValidate(path, displayPath, schema);
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return readAndValidate(path, displayPath, schema);
  }
  const known = cache.get(path);
  if (known && known.size === stats.size && known.mtimeMs === stats.mtimeMs) return known.result;
  const result = readAndValidate(path, displayPath, schema);
  cache.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, result });
  return result;
}

const isSkipped = (name: string) => name.startsWith('_') || name.startsWith('.');

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

function readAndValidate(path: string, displayPath: string, schema: z.ZodType): { record?: RecordFile; data?: unknown; errors: ValidationError[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { errors: [{ file: displayPath, line: 1, column: 1, field: '', message: `the file cannot be read: ${(error as Error).message}` }] };
  }
  const read = readRecordFile(displayPath, bytes);
  if (!read.ok) return { errors: read.errors };
  return { record: read.record, ...validateWithSchema(read.record, schema) };
}

function listRecordFiles(folder: string, displayFolder: string, extension: string, errors: ValidationError[]): string[] {
  if (!existsSync(folder)) return [];
  const entries = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !isSkipped(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return entries.flatMap((entry) => {
    if (entry.name.endsWith(extension) && entry.isFile()) return [entry.name];
    errors.push({
      file: join(displayFolder, entry.name),
      line: 1,
      column: 1,
      field: '',
      message: `unexpected ${entry.isDirectory() ? 'folder' : 'file'} in ${displayFolder}: every record here is a "${extension}" file named after its id (prefix the name with "_" to keep a draft or template that is not loaded)`,
    });
    return [];
  });
}

/**
 * Reads every file of the registry, validates each against its schema, checks the references and
 * rules between records, and returns the resolved model, or every error found (never just the first).
 */
export function loadRegistry(root: string, options: LoadOptions = {}): LoadResult {
  const displayRoot = options.displayRoot ?? (relative(process.cwd(), root) || '.');
  const errors: ValidationError[] = [];
  const files: CheckedFile[] = [];

  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { errors: [{ file: displayRoot, line: 1, column: 1, field: '', message: 'the registry folder does not exist' }] };
  }

  for (const kind of recordKindNames) {
    const { folder, extension, schema } = recordKinds[kind];
    const displayFolder = join(displayRoot, folder);
    for (const name of listRecordFiles(join(root, folder), displayFolder, extension, errors)) {
      const displayPath = join(displayFolder, name);
      const result = readAndValidateCached(join(root, folder, name), displayPath, schema, options.fileCache);
      errors.push(...result.errors);
      // Files with errors still take part in the checks across records, so that one error does
      // not hide another and a reference to a broken file is not reported as missing too.
      files.push({
        kind: kind as RecordKind,
        fileId: name.slice(0, -extension.length),
        record: result.record,
        data: result.data ?? result.record?.data,
        valid: result.data !== undefined,
      });
    }
  }

  const taxonomies: Partial<Record<keyof typeof taxonomyFiles, { record: RecordFile; data: unknown[] }>> = {};
  for (const [kind, { file, schema }] of Object.entries(taxonomyFiles) as [keyof typeof taxonomyFiles, (typeof taxonomyFiles)[keyof typeof taxonomyFiles]][]) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const result = readAndValidateCached(path, join(displayRoot, file), schema, options.fileCache);
    errors.push(...result.errors);
    if (result.record && result.data !== undefined) taxonomies[kind] = { record: result.record, data: result.data as unknown[] };
  }

  errors.push(...checkCrossRecordRules(files, taxonomies));
  if (errors.length > 0) return { errors: sortErrors(errors) };
  return { registry: buildRegistryModel(files, taxonomies), errors: [] };
}
