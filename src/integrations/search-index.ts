import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../lib/search/build-search-index.ts';

/** Builds the Pagefind search index after Astro has written the pages. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kyzmat-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, outputPath } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`read ${pages} pages; wrote the search index to ${outputPath} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
