import type { Lang } from '../../i18n/locales.ts';
import { serviceView } from '../service-view/service-view.ts';
import { paths } from '../site/urls.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { type BestBet, bestBetKey } from './best-bets.ts';

/** The best bets of registry/search-pins.yaml in one language, with what a search result shows. */
export function pinnedServices(site: SiteModel, lang: Lang): BestBet[] {
  return site.registry.searchPins.flatMap((pin) => {
    const keys = [...new Set((pin.queries[lang] ?? []).map((query) => bestBetKey(query, lang)).filter((key) => key !== ''))];
    if (keys.length === 0) return [];
    const view = serviceView(site.facts.get(pin.service)!, lang);
    return [{ keys, url: paths.service(lang, pin.service), title: view.name, cost: view.cost, deadline: view.deadline }];
  });
}
