import { langs, localeOf } from '../../i18n/locales.ts';
import { twinPath } from './urls.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * sitemap.xml for the built pages (paths such as "/ky/services/id-card/"), each with its
 * hreflang alternates: the page itself and its twin in the other language when the twin exists.
 */
export function sitemapXml(pagePaths: string[], site: URL | string): string {
  const known = new Set(pagePaths);
  const absolute = (path: string) => escapeXml(new URL(path, site).href);
  const entries = [...known].sort().map((path) => {
    const lang = langs.find((code) => path.startsWith(`/${code}/`));
    const twin = lang ? twinPath(path) : undefined;
    const alternates =
      lang && twin && known.has(twin)
        ? langs.map((code) => `<xhtml:link rel="alternate" hreflang="${localeOf(code).htmlLang}" href="${absolute(code === lang ? path : twin)}"/>`).join('')
        : '';
    return `<url><loc>${absolute(path)}</loc>${alternates}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
