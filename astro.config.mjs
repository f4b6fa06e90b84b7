// @ts-check

import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { outputBudgetCheck } from './src/integrations/output-budget.ts';
import { publishedAddressesCheck } from './src/integrations/published-addresses.ts';
import { registryLiveReload } from './src/integrations/registry-live-reload.ts';
import { siteBuild } from './src/integrations/site-build.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { siteUrl } from './src/site-config.ts';

// The benchmark builds the pages alone and runs search indexing and exports as separate measured
// steps (scripts/bench.ts); a normal build runs every stage.
const skipped = new Set((process.env.KYZMAT_SKIP_STAGES ?? '').split(',').filter(Boolean));

// The registry is loaded, and the search index, open data and service pages written, beside
// Astro's page loop (src/integrations/site-build.ts); the service pages join the sitemap.
const build = siteBuild({ search: !skipped.has('search'), openData: !skipped.has('open-data') });

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // Pages are rendered several at a time so that rendering overlaps the (slow, here) file writes:
  // about 25% faster on this 2-core machine.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  integrations: [
    mdx(),
    build,
    sitemap({ morePages: build.servicePagePaths }),
    outputBudgetCheck({ recordedPages: build.pagesInOwnFolders }),
    publishedAddressesCheck(),
    registryLiveReload(),
  ],
  devToolbar: { enabled: false },
  // The search script must stay a same-origin file: the pages' CSP allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
