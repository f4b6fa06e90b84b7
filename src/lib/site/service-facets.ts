import type { Service } from '../../schemas/index.ts';
import type { Lang } from '../../i18n/locales.ts';
import { t, type UiKey } from '../../i18n/translate.ts';
import type { Registry } from '../registry/index.ts';
import { plainText } from './format.ts';

/** The ways the services index can be narrowed; each is a path segment and a Pagefind filter name. */
export const facets = ['register', 'category', 'agency', 'payment', 'online'] as const;
export type Facet = (typeof facets)[number];

/** The facet values of one service: ids for records, enum values otherwise. */
export function facetValues(service: Service, facet: Facet): string[] {
  switch (facet) {
    case 'register':
      return service.register ? [service.register.kind] : [];
    case 'category':
      return service.categories;
    case 'agency':
      return service.standard?.provider?.agencies ?? [];
    case 'payment':
      return service.payment ? [service.payment.kind] : [];
    case 'online':
      return isOnline(service) ? ['yes'] : ['no'];
  }
}

/** True for a channel through which a service can be requested without going in person. */
export const isOnlineChannel = (channel: { kind: string }): boolean => channel.kind === 'online' || channel.kind === 'mobile-app';

/** True when the standard names an online or mobile-app channel. */
export function isOnline(service: Service): boolean {
  return (service.standard?.channels?.items ?? []).some(isOnlineChannel);
}

/** How a facet value reads to people in a language. */
export function facetValueLabel(registry: Registry, facet: Facet, value: string, lang: Lang): string {
  switch (facet) {
    case 'register':
      return t(lang, `register.${value}` as UiKey);
    case 'category':
      return plainText(registry.category.get(value)?.name, lang);
    case 'agency':
      return plainText(registry.agency.get(value)?.name, lang);
    case 'payment':
      return t(lang, `payment.${value}` as UiKey);
    case 'online':
      return t(lang, `filter.online.${value}` as UiKey);
  }
}

/** Every (facet, value) pair some service has, with its services, in a stable order. */
const facetIndexes = new WeakMap<Service[], Map<Facet, Map<string, Service[]>>>();

/** Services grouped by each facet's values; computed once per list, since many pages ask for it. */
export function facetIndex(services: Service[]): Map<Facet, Map<string, Service[]>> {
  const cached = facetIndexes.get(services);
  if (cached) return cached;
  const index = new Map<Facet, Map<string, Service[]>>();
  for (const facet of facets) {
    const byValue = new Map<string, Service[]>();
    for (const service of services) {
      for (const value of facetValues(service, facet)) {
        const list = byValue.get(value);
        if (list) list.push(service);
        else byValue.set(value, [service]);
      }
    }
    index.set(facet, new Map([...byValue].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  }
  facetIndexes.set(services, index);
  return index;
}
