import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index after Astro has written the pages. Pagefind reads each page's
 * <html lang>, so Kyrgyz and Russian pages get separate indexes; only elements marked
 * data-pagefind-body (the service pages' content) are indexed.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kyzmat-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`read ${added.page_count} pages; wrote the search index to ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
