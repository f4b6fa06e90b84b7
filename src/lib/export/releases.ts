import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { langs } from '../../i18n/locales.ts';
import { paths } from '../site/urls.ts';

/**
 * A dated release of the open data: every file of /data/ at one data version, zipped, with
 * checksums and the changes since the release before. Releases are committed under
 * public/data/releases/<version>/ and published as they are (at /data/releases/), so a cited version never changes.
 */
export interface Release {
  /** The data version, e.g. "2026-11-30-fc0d0fb998a6". */
  version: string;
  commit: string;
  date: string;
  /** File name of the zip in the release folder. */
  zip: string;
  /** SHA-256 of the zip, hex. */
  sha256: string;
  bytes: number;
}

/** Where releases are kept in the repository. */
export const releasesFolder = (root: string) => join(root, 'public', 'data', 'releases');
export const releasesIndexFile = 'releases.json';

/** Every release, newest first, as public/data/releases/releases.json lists them; none when there is no release yet. */
export function readReleases(root: string): Release[] {
  const file = join(releasesFolder(root), releasesIndexFile);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Release[]) : [];
}

/** The site address of a file of a release, e.g. /data/releases/<version>/SHA256SUMS. */
export const releaseFilePath = (version: string, file: string) => paths.dataFile(`releases/${version}/${file}`);

/** The pages that list the open-data files with their sizes. */
export const openDataPagePaths = () => [...langs.map((lang) => paths.openData(lang)), paths.openDataEnglish(), paths.dataFile('')];

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file under a folder, relative path (with "/") -> bytes, sorted by path. */
export function filesUnder(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(folder);
  return files;
}

/** A SHA256SUMS file (the format `sha256sum -c` checks): "<hash>  <file>" per line, sorted by file. */
export const sha256Sums = (files: ReadonlyMap<string, Uint8Array>) =>
  [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, bytes]) => `${sha256(bytes)}  ${file}\n`)
    .join('');

// Fixed entry times, so the same files always give the same zip.
const zipTime = new Date('1980-01-01T00:00:00Z');

/** The release zip: the files in one folder named after the version, with their SHA256SUMS. */
export function releaseZip(version: string, files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const folder = `kyzmat-data-${version}`;
  const entries: Zippable = {};
  for (const [file, bytes] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) entries[`${folder}/${file}`] = [bytes, { mtime: zipTime }];
  entries[`${folder}/SHA256SUMS`] = [new TextEncoder().encode(sha256Sums(files)), { mtime: zipTime }];
  return zipSync(entries, { level: 9 });
}
