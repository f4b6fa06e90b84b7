import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The open-data pages show each file's size, but the files are written by a worker while the pages
 * render; so a page marks each size cell with this attribute and, once both are done, the build
 * fills the cells in from the files themselves (fillFileSizes).
 */
export const sizeAttribute = 'data-size-of';

const units = { en: ['bytes', 'KB', 'MB', 'GB'], ky: ['байт', 'КБ', 'МБ', 'ГБ'], ru: ['байт', 'КБ', 'МБ', 'ГБ'] } as const;
type SizeLanguage = keyof typeof units;

/** A file size as people read it: "340 KB", "1.2 MB"; a decimal comma in Kyrgyz and Russian. */
export function formatSize(bytes: number, lang: SizeLanguage): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units[lang].length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toLocaleString(lang === 'en' ? 'en' : 'ru', { maximumFractionDigits: digits, minimumFractionDigits: digits }).replace(/\s/g, '\u00a0')}\u00a0${units[lang][unit]}`;
}

const placeholder = new RegExp(`${sizeAttribute}="([^"]+)"([^>]*)></`, 'g');

/**
 * Fills the size cells of the given pages (site paths ending in "/") from the files under
 * `<outDir>/data/`; a cell whose file is missing stays empty. Returns how many cells were filled.
 */
export function fillFileSizes(outDir: string, pagePaths: readonly string[]): number {
  let filled = 0;
  for (const pagePath of pagePaths) {
    const file = join(outDir, pagePath, 'index.html');
    if (!existsSync(file)) continue;
    const page = readFileSync(file, 'utf8');
    const lang = (/<html lang="(\w+)"/.exec(page)?.[1] ?? 'en') as SizeLanguage;
    const updated = page.replace(placeholder, (whole, name: string, rest: string) => {
      const data = join(outDir, 'data', name);
      if (!existsSync(data)) return whole;
      filled++;
      return `${sizeAttribute}="${name}"${rest}>${formatSize(statSync(data).size, units[lang] ? lang : 'en')}</`;
    });
    if (updated !== page) writeFileSync(file, updated);
  }
  return filled;
}
