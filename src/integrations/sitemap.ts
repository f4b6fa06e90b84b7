import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { sitemapXml } from '../lib/site/sitemap.ts';

/**
 * Writes dist/sitemap.xml listing every built HTML page with its language alternates: the pages
 * Astro built and `morePages()`, the paths of pages written outside Astro's page loop.
 */
export function sitemap({ morePages }: { morePages: () => string[] }): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'kyzmat-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, pages }) => {
        if (!site) throw new Error('astro.config "site" is needed to write sitemap.xml');
        // Astro reports pathnames without the leading slash ("ky/services/id-card/"); 404 is not a page to list.
        const paths = pages.map(({ pathname }) => `/${pathname.replace(/^\//, '')}`).filter((path) => !path.startsWith('/404'));
        writeFileSync(new URL('sitemap.xml', dir), sitemapXml([...paths, ...morePages()], site));
      },
    },
  };
}
