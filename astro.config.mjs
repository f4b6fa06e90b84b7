// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteUrl } from './src/site-config.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { openData } from './src/integrations/open-data.ts';
import { publishedAddressesCheck } from './src/integrations/published-addresses.ts';

// The benchmark builds the pages alone and runs search indexing and exports as separate measured
// steps (scripts/bench.ts); a normal build runs every stage.
const skipped = new Set((process.env.KYZMAT_SKIP_STAGES ?? '').split(',').filter(Boolean));

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // Pages are rendered several at a time so that rendering overlaps the (slow, here) file writes:
  // about 25% faster on this 2-core machine.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  integrations: [
    mdx(),
    sitemap(),
    ...(skipped.has('search') ? [] : [searchIndex()]),
    ...(skipped.has('open-data') ? [] : [openData()]),
    publishedAddressesCheck(),
  ],
  devToolbar: { enabled: false },
});
