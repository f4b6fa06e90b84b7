import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/translate.ts';
import type { Service } from '../../schemas/index.ts';
import type { Registry } from '../registry/index.ts';
import type { ServiceFacts } from '../service-view/service-facts.ts';
import { plainText } from './format.ts';
import { paymentLabel, registerLabel } from './labels.ts';

/** The ways the services index can be narrowed; each is a path segment and a Pagefind filter name. */
export const facets = ['register', 'category', 'agency', 'payment', 'online'] as const;
export type Facet = (typeof facets)[number];

/** Services grouped by each facet's values, the values in a stable order. */
export type FacetIndex = Map<Facet, Map<string, Service[]>>;

/** The facet values of one service: ids for records, enum values otherwise. The agency facet is the service's providers. */
export function facetValues(facts: ServiceFacts, facet: Facet): string[] {
  const service = facts.service;
  switch (facet) {
    case 'register':
      return service.register ? [service.register.kind] : [];
    case 'category':
      return service.categories;
    case 'agency':
      return facts.providers.map((agency) => agency.id);
    case 'payment':
      return service.payment ? [service.payment.kind] : [];
    case 'online':
      return facts.onlineChannels.length > 0 ? ['yes'] : ['no'];
  }
}

/** How a facet value reads to people in a language. */
export function facetValueLabel(registry: Registry, facet: Facet, value: string, lang: Lang): string {
  switch (facet) {
    case 'register':
      return registerLabel(value as NonNullable<Service['register']>['kind'], lang);
    case 'category':
      return plainText(registry.category.get(value)?.name, lang);
    case 'agency':
      return plainText(registry.agency.get(value)?.name, lang);
    case 'payment':
      return paymentLabel(value as NonNullable<Service['payment']>['kind'], lang);
    case 'online':
      return t(lang, value === 'yes' ? 'filter.online.yes' : 'filter.online.no');
  }
}

/** Services grouped by each facet's values, from every service's facts. */
export function buildFacetIndex(serviceFacts: readonly ServiceFacts[]): FacetIndex {
  const index: FacetIndex = new Map();
  for (const facet of facets) {
    const byValue = new Map<string, Service[]>();
    for (const facts of serviceFacts) {
      for (const value of facetValues(facts, facet)) {
        const list = byValue.get(value);
        if (list) list.push(facts.service);
        else byValue.set(value, [facts.service]);
      }
    }
    index.set(facet, new Map([...byValue].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  }
  return index;
}
