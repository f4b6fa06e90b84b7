import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../registry/index.ts';
import { type RecordKind, recordKinds } from '../registry/index.ts';

/**
 * How large the built site may grow. Measured on the real registry (660 record files, 0.8 MB:
 * a 23.5 MB site, largest page 0.36 MB) and on a synthetic one of 20,000 services (20,600 files,
 * 100 MB: a 1.8 GB site, about 2 MB + 14 KB per record + 15 bytes per registry byte; largest
 * service page 45 KB, largest page 5.4 MB, a list of 500 services), with twice that room or
 * more. An input that passes validation but multiplies in the output, as YAML aliases did, breaks it.
 */
export const outputBudget = {
  /** Bytes of a service page before compression: it shows one record, which is at most 1 MB of YAML. */
  maxServicePageBytes: 1_000_000,
  /** Bytes of any other page, lists of records included. */
  maxPageBytes: 10_000_000,
  /** What every site holds whatever the registry: scripts, styles, the search runtime, schemas, fixed pages. */
  fixedBytes: 10_000_000,
  /** Bytes of output allowed per record file: its pages in two languages and its rows in every export. */
  bytesPerRecord: 40_000,
  /** Bytes of output allowed per byte of registry files: their text on pages, in the search index and the exports. */
  bytesPerRegistryByte: 30,
};

/** A file of the built site and its size. */
export interface OutputFile {
  /** Path relative to the site folder, with "/" separators. */
  path: string;
  bytes: number;
}

/**
 * Every file under a folder with its size, paths relative to the folder. `recorded` are pages that
 * are each the only file of their folder, with the sizes their writers recorded: their folders are
 * not read. Each folder read costs several system calls, and at 20,000 services the 60,000 folders
 * of service and /id/ pages took 1.3-1.6 s at the end of the build, with one core idle.
 */
export function filesWithSizes(folder: string, skip: (name: string) => boolean = () => false, recorded: readonly OutputFile[] = []): OutputFile[] {
  const recordedFolders = new Map(recorded.map((page) => [page.path.slice(0, page.path.lastIndexOf('/') + 1), page]));
  const files: OutputFile[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }) as Dirent[]) {
      if (skip(entry.name)) continue;
      const path = join(dir, entry.name);
      if (!entry.isDirectory()) files.push({ path: `${prefix}${entry.name}`, bytes: statSync(path).size });
      else {
        const page = recordedFolders.get(`${prefix}${entry.name}/`);
        if (page) files.push(page);
        else walk(path, `${prefix}${entry.name}/`);
      }
    }
  };
  walk(folder, '');
  return files;
}

const servicePagePattern = /^(?:ky|ru)\/services\/[^/]+\/index\.html$/;
// A record's own outputs: its page in each language and its file in the read API.
const pagePattern = /^(?:ky|ru)\/(services|agencies|acts|municipalities|assessments)\/([^/]+)\/index\.html$/;
const apiPattern = /^api\/v1\/(services)\/([^/]+)\.json$/;

/** The registry file a built file belongs to, when it belongs to one record. */
function recordFileOf(path: string, registry: Registry): string | undefined {
  const match = pagePattern.exec(path) ?? apiPattern.exec(path);
  if (!match) return undefined;
  return registry.fileOf[match[1] as RecordKind]?.get(match[2]!);
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * Checks a built site against the budget and says what broke it: each page over the page limit,
 * with the record it belongs to, and a site over its total with the records whose own files take
 * the most. An empty list means the site is within budget.
 */
export function outputBudgetProblems(site: readonly OutputFile[], registry: Registry, size: RegistrySize): string[] {
  const problems: string[] = [];
  for (const { path, bytes } of site) {
    const isServicePage = servicePagePattern.test(path);
    const limit = isServicePage ? outputBudget.maxServicePageBytes : outputBudget.maxPageBytes;
    if (!path.endsWith('.html') || bytes <= limit) continue;
    const record = recordFileOf(path, registry);
    const blame = isServicePage
      ? `its record is ${record}: shorten its texts or lists`
      : record
        ? `its record is ${record}, with the records it lists: the page needs to stop at a limit and point to the open data (src/lib/site/long-lists.ts)`
        : 'it lists many records: the page needs to stop at a limit and point to the open data (src/lib/site/long-lists.ts)';
    problems.push(`${path} is ${megabytes(bytes)}, more than the ${megabytes(limit)} such a page may be; ${blame}`);
  }
  const total = site.reduce((sum, file) => sum + file.bytes, 0);
  const allowed = outputBudget.fixedBytes + outputBudget.bytesPerRecord * size.records + outputBudget.bytesPerRegistryByte * size.bytes;
  if (total > allowed) {
    const byRecord = new Map<string, number>();
    for (const { path, bytes } of site) {
      const record = recordFileOf(path, registry);
      if (record) byRecord.set(record, (byRecord.get(record) ?? 0) + bytes);
    }
    const largest = [...byRecord].sort((a, b) => b[1] - a[1]).slice(0, 5);
    problems.push(
      `the site is ${megabytes(total)}, more than the ${megabytes(allowed)} allowed for ${size.records} record files of ${megabytes(size.bytes)}; the records whose own pages take the most: ${largest.map(([file, bytes]) => `${file} (${megabytes(bytes)})`).join(', ')}`,
    );
  }
  return problems;
}

/** The size of a registry as the budget counts it. */
export interface RegistrySize {
  /** Bytes of its record and taxonomy files, not drafts or tools' files. */
  bytes: number;
  /** How many record files it has. */
  records: number;
}

/** The size of the registry in a folder. */
export function registrySize(root: string, registry: Registry): RegistrySize {
  const files = filesWithSizes(root, (name) => name.startsWith('_') || name.startsWith('.'));
  const records = Object.keys(recordKinds).reduce((sum, kind) => sum + registry.fileOf[kind as RecordKind].size, 0);
  return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), records };
}
