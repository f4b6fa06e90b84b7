import type { Lang } from '../../i18n/locales.ts';
import { currentSiteModel } from '../site-model/current-site-model.ts';

/** What a page of one language starts from: its language (from the route) and the site model it renders. */
export function pageContext(params: { lang?: string }) {
  const site = currentSiteModel();
  return { lang: params.lang as Lang, site, registry: site.registry };
}
