import type { Lang } from '../../i18n/locales.ts';
import type { Registry } from '../registry/index.ts';
import { plainText } from '../site/format.ts';
import { costLine, deadlineLine } from '../site/service-summary.ts';
import { paths } from '../site/urls.ts';
import { bestBetKey, type BestBet } from './best-bets.ts';

/** The best bets of registry/search-pins.yaml in one language, with what a search result shows. */
export function pinnedServices(registry: Registry, lang: Lang): BestBet[] {
  return registry.searchPins.flatMap((pin) => {
    const service = registry.service.get(pin.service)!;
    const keys = [...new Set((pin.queries[lang] ?? []).map((query) => bestBetKey(query, lang)).filter((key) => key !== ''))];
    if (keys.length === 0) return [];
    return [{ keys, url: paths.service(lang, service.id), title: plainText(service.name, lang), cost: costLine(service, lang), deadline: deadlineLine(service, lang) }];
  });
}
