// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteUrl } from './src/site-config.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { registryOutputs } from './src/integrations/registry-outputs.ts';
import { publishedAddressesCheck } from './src/integrations/published-addresses.ts';
import { registryLiveReload } from './src/integrations/registry-live-reload.ts';
import { servicePages } from './src/integrations/service-pages.ts';

// The benchmark builds the pages alone and runs search indexing and exports as separate measured
// steps (scripts/bench.ts); a normal build runs every stage.
const skipped = new Set((process.env.KYZMAT_SKIP_STAGES ?? '').split(',').filter(Boolean));

// Written by worker threads, outside Astro's page loop; their addresses join the sitemap.
const servicePageWriters = servicePages({ workers: 2 });

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // Pages are rendered several at a time so that rendering overlaps the (slow, here) file writes:
  // about 25% faster on this 2-core machine.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  integrations: [
    mdx(),
    servicePageWriters,
    sitemap({ morePages: servicePageWriters.written }),
    registryOutputs({ search: !skipped.has('search'), openData: !skipped.has('open-data') }),
    publishedAddressesCheck(),
    registryLiveReload(),
  ],
  devToolbar: { enabled: false },
  // The search script must stay a same-origin file: the pages' CSP allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
