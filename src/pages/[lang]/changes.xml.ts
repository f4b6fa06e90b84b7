import type { APIRoute } from 'astro';
import { type Lang, oneRoutePerLanguage } from '../../i18n/locales.ts';
import { buildChangesFeed, siteHistory } from '../../lib/history/index.ts';
import { siteRegistry } from '../../lib/site/site-registry.ts';
import { siteUrl } from '../../site-config.ts';

export const getStaticPaths = oneRoutePerLanguage;

/** The Atom feed of registry changes, so the public learns of each change when it is published. */
export const GET: APIRoute = ({ params }) =>
  new Response(buildChangesFeed({ lang: params.lang as Lang, history: siteHistory(), registry: siteRegistry(), siteUrl }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
