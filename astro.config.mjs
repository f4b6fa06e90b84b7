// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteUrl } from './src/site-config.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { openData } from './src/integrations/open-data.ts';
import { publishedAddressesCheck } from './src/integrations/published-addresses.ts';

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap(), searchIndex(), openData(), publishedAddressesCheck()],
  devToolbar: { enabled: false },
});
