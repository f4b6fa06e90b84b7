// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteUrl } from './src/site-config.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { registryOutputs } from './src/integrations/registry-outputs.ts';
import { outputBudgetCheck } from './src/integrations/output-budget.ts';
import { publishedAddressesCheck } from './src/integrations/published-addresses.ts';
import { registryLiveReload } from './src/integrations/registry-live-reload.ts';

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
    registryOutputs({ search: !skipped.has('search'), openData: !skipped.has('open-data') }),
    outputBudgetCheck(),
    publishedAddressesCheck(),
    registryLiveReload(),
  ],
  devToolbar: { enabled: false },
  // The search script must stay a same-origin file: the pages' CSP allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
