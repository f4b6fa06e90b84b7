import { type Dirent, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { publishedListFile } from '../site/published-addresses.ts';
import { type RecordKind, recordKindNames, recordKinds, type TaxonomyKind, taxonomyFiles } from './record-kinds.ts';
import { sourceChecksFile } from './source-checks-file.ts';
import type { ValidationError } from './validation-error.ts';

/** A file or folder of the registry that is not loaded on purpose, and why. */
export interface NotLoaded {
  file: string;
  reason: string;
}

/** What listing the registry found besides the files to load: errors, and what is left out on purpose. */
export interface Listing {
  errors: ValidationError[];
  notLoaded: NotLoaded[];
}

const wholeFile = (file: string, message: string): ValidationError => ({ file, line: 1, column: 1, field: '', message });
const sortedEntries = (folder: string) => readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
const describeEntry = (entry: Dirent) => (entry.isDirectory() ? 'folder' : 'file');

/**
 * Sorts out one entry that is not a record: a "_" name is left out on purpose and listed, a "."
 * name (hidden in most file managers) is an error. Returns false for any other name.
 */
function setAside(entry: Dirent, displayPath: string, listing: Listing, reasonForUnderscore: string): boolean {
  if (entry.name.startsWith('_')) {
    listing.notLoaded.push({ file: displayPath, reason: reasonForUnderscore });
    return true;
  }
  if (entry.name.startsWith('.')) {
    listing.errors.push(
      wholeFile(
        displayPath,
        `the ${describeEntry(entry)} name starts with ".", so it is hidden and never loaded; name a record file after its id, e.g. "<id>.yaml", start the name with "_" to keep a draft, or delete it`,
      ),
    );
    return true;
  }
  return false;
}

const inWords = (names: string[]) => `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
const draftReason = 'a draft or template: names starting with "_" are not loaded';

function listRecordFiles(folder: string, displayFolder: string, extension: string, listing: Listing): string[] {
  if (!existsSync(folder)) return [];
  return sortedEntries(folder).flatMap((entry) => {
    const displayPath = join(displayFolder, entry.name);
    if (setAside(entry, displayPath, listing, draftReason)) return [];
    if (entry.name.endsWith(extension) && entry.isFile()) return [entry.name];
    listing.errors.push(
      wholeFile(
        displayPath,
        `unexpected ${describeEntry(entry)} in ${displayFolder}: every record here is a "${extension}" file named after its id (prefix the name with "_" to keep a draft or template that is not loaded)`,
      ),
    );
    return [];
  });
}

// Files at the top of the registry that are not records but are read by other parts of the project.
const toolFiles: Record<string, string> = {
  _schemas: 'JSON Schemas for editors, written by "npm run schemas"',
  [publishedListFile]: 'the list of published page addresses, read by the build',
};

/** Reports every entry at the top of the registry that is neither a record folder, a taxonomy file nor the source checks. */
function checkTopLevel(root: string, displayRoot: string, listing: Listing): void {
  const loaded = new Set<string>([...recordKindNames.map((kind) => recordKinds[kind].folder), ...Object.values(taxonomyFiles).map(({ file }) => file), sourceChecksFile]);
  for (const entry of sortedEntries(root)) {
    if (loaded.has(entry.name)) continue;
    const displayPath = join(displayRoot, entry.name);
    if (setAside(entry, displayPath, listing, toolFiles[entry.name] ?? draftReason)) continue;
    const folders = inWords(recordKindNames.map((kind) => `${recordKinds[kind].folder}/`));
    const files = inWords(Object.values(taxonomyFiles).map(({ file }) => file));
    listing.errors.push(
      wholeFile(
        displayPath,
        `unexpected ${describeEntry(entry)} in the registry: records live in ${folders}, with ${files} beside them (prefix the name with "_" to keep something that is not loaded)`,
      ),
    );
  }
}

/** One file to read: a record of a kind, or a taxonomy file. */
export interface FileJob {
  kind: RecordKind | TaxonomyKind;
  /** Where the file is on disk. */
  path: string;
  /** How errors and edit links name it. */
  displayPath: string;
}

/**
 * Every file of the registry to load, in order, with an error for each stray or hidden file or
 * folder and a note for each left out on purpose; undefined when the folder is missing.
 */
export function listRegistryFiles(root: string, displayRoot: string, listing: Listing): FileJob[] | undefined {
  if (!existsSync(root) || !statSync(root).isDirectory()) return undefined;
  checkTopLevel(root, displayRoot, listing);
  const jobs: FileJob[] = [];
  for (const kind of recordKindNames) {
    const { folder, extension } = recordKinds[kind];
    const displayFolder = join(displayRoot, folder);
    for (const name of listRecordFiles(join(root, folder), displayFolder, extension, listing)) {
      jobs.push({ kind, path: join(root, folder, name), displayPath: join(displayFolder, name) });
    }
  }
  for (const [kind, { file }] of Object.entries(taxonomyFiles) as [TaxonomyKind, { file: string }][]) {
    const path = join(root, file);
    if (existsSync(path)) jobs.push({ kind, path, displayPath: join(displayRoot, file) });
  }
  return jobs;
}
