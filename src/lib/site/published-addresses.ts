import { type Dirent, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The committed list of every address the site has published, kept next to the registry it came from. */
export const publishedListFile = '_published-urls.txt';

// Pages are what people print and cite. Data exports have their own versioned contract, and a
// filtered list of services exists only while some service has that value, so neither is listed.
const isCitedPage = (file: string) =>
  (file === 'index.html' || file.endsWith('/index.html')) && !file.startsWith('_') && !file.startsWith('pagefind/') && !/\/services\/filter\//.test(file);

/** Every page address of a built site, sorted, e.g. "/ky/services/id-card/". */
export function builtAddresses(dist: string): string[] {
  return (readdirSync(dist, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dist.replace(/\/$/, '').length + 1)
        .split('\\')
        .join('/'),
    )
    .filter(isCitedPage)
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
}

/**
 * The published addresses a built site no longer has. Each address is looked up on its own: a
 * country-sized site has over a hundred thousand files, and walking them all to check a list of
 * addresses was a second or two of every build.
 */
export function vanishedAddresses(dist: string, published: readonly string[]): string[] {
  return published.filter((address) => {
    const file = `${address.replace(/^\//, '')}index.html`;
    return !address.endsWith('/') || !isCitedPage(file) || !existsSync(join(dist, file));
  });
}

/** The addresses published so far, from the list in the registry folder; empty when the registry keeps no list. */
export function publishedAddresses(registryDir: string): string[] {
  const file = join(registryDir, publishedListFile);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The list file's text: a header line and one address per line, sorted and without duplicates. */
export function publishedListText(addresses: Iterable<string>): string {
  const sorted = [...new Set(addresses)].sort();
  const header = [
    '# Every page address kyzmat has published, one per line, sorted; added by "npm run build && npm run published-urls".',
    "# The build fails if one of them disappears: retire a service (status: retired) or list a renamed record's old id in former_ids.",
  ];
  return `${[...header, ...sorted].join('\n')}\n`;
}

const howToKeep: Record<string, string> = {
  services:
    'a service that is no longer provided keeps its file with "status: retired" and "retired: { date, act, sources }"; a renamed service lists its old id in "former_ids" so the old address redirects to the new one',
  agencies: 'an agency keeps its file (set "abolished" and "succeeded_by"); a renamed agency lists its old id in "former_ids" so the old address redirects',
  acts: 'a repealed act keeps its file with "status: repealed"; an act whose id changed lists the old id in "former_ids" so the old address redirects',
};

/** Why the build refuses to drop published addresses, and what to do about each one. */
export function explainVanished(vanished: readonly string[]): string {
  const lines = vanished.map((address) => {
    const section = address.split('/')[2] ?? '';
    const advice = howToKeep[section] ?? 'keep the record, or keep a page at this address that links to where the content went';
    return `  ${address}\n    ${advice}`;
  });
  return (
    `${vanished.length} published address(es) would disappear. Links printed in newspapers and court filings point to them, so they must keep working:\n` +
    `${lines.join('\n')}\n` +
    `Restore the record, or retire or redirect it as above. Only if an address was published by mistake, remove its line from registry/${publishedListFile} in the same pull request and say why.`
  );
}
