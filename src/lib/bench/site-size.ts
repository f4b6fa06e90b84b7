import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { langs } from '../../i18n/locales.ts';

/** Bytes of a file once a server gzips it (the default level most servers use). */
export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes).length;

// Pagefind writes its index, fragments and WebAssembly already compressed; servers send them as they are.
const precompressed = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

/** Bytes sent for one file of the built site: gzip for text, the file itself for Pagefind's compressed files. */
export function transferSize(dist: string, path: string): number {
  const bytes = readFileSync(join(dist, path.replace(/^\//, '')));
  return precompressed.test(path) ? bytes.length : gzipSize(bytes);
}

/** The built service pages: <lang>/services/<id>/index.html (not the index or the filter pages). */
function servicePageFiles(dist: string): string[] {
  return langs.flatMap((lang) => {
    const folder = join(dist, lang, 'services');
    if (!existsSync(folder)) return [];
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'filter')
      .map((entry) => join(folder, entry.name, 'index.html'))
      .sort();
  });
}

export interface PageSize {
  /** Address of the page, e.g. /ky/services/id-card/. */
  path: string;
  html: number;
  css: number;
  total: number;
}

/** Transferred size of every service page together with the stylesheets it links. */
export function servicePageSizes(dist: string): PageSize[] {
  return servicePageFiles(dist)
    .map((file) => ({ file, html: readFileSync(file, 'utf8') }))
    .map(({ file, html }) => {
      const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
      const css = stylesheets.reduce((sum, href) => sum + transferSize(dist, href), 0);
      const htmlBytes = gzipSize(Buffer.from(html));
      const path = `/${relative(dist, file).replace(/index\.html$/, '')}`;
      return { path, html: htmlBytes, css, total: htmlBytes + css };
    });
}

/** The middle value of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Bytes of the files a first search asks for, given their addresses (from a browser's request log). */
export function requestedBytes(dist: string, paths: string[]): { path: string; bytes: number }[] {
  return [...new Set(paths)]
    .filter((path) => existsSync(join(dist, path.replace(/^\//, ''))))
    .sort()
    .map((path) => ({ path, bytes: transferSize(dist, path) }));
}
