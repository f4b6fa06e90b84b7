import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index of a built site into <site>/pagefind/. Pagefind reads each
 * page's <html lang>, so Kyrgyz and Russian pages get separate indexes; only elements marked
 * data-pagefind-body (the service pages' content) are indexed.
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number; outputPath: string }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Only service pages carry data-pagefind-body; reading just them keeps indexing time and memory
    // proportional to the services, not to every page of the site.
    const added = await index.addDirectory({ path: site, glob: '*/services/*/index.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}
