import type { APIRoute } from 'astro';
import { type Lang, oneRoutePerLanguage } from '../../i18n/locales.ts';
import { buildChangesFeed } from '../../lib/history/index.ts';
import { currentSiteModel } from '../../lib/site-model/current-site-model.ts';
import { siteUrl } from '../../site-config.ts';

export const getStaticPaths = oneRoutePerLanguage;

/** The Atom feed of registry changes, so the public learns of each change when it is published. */
export const GET: APIRoute = ({ params }) => {
  const { history, registry } = currentSiteModel();
  return new Response(buildChangesFeed({ lang: params.lang as Lang, history, registry, siteUrl }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
