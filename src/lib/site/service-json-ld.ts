import type { Service } from '../../schemas/index.ts';
import { localeOf, type Lang } from '../../i18n/locales.ts';
import type { Registry } from '../registry/index.ts';
import { plainText } from './format.ts';
import { absoluteUrl, paths } from './urls.ts';

/** schema.org GovernmentService describing a service page, as a plain object. */
export function serviceJsonLd(service: Service, registry: Registry, lang: Lang): Record<string, unknown> {
  const providers = (service.standard?.provider?.agencies ?? []).map((id) => ({
    '@type': 'GovernmentOrganization',
    name: plainText(registry.agency.get(id)?.name, lang),
    url: absoluteUrl(paths.agency(lang, id)),
  }));
  const channels = (service.standard?.channels?.items ?? []).filter((channel) => channel.url).map((channel) => ({ '@type': 'ServiceChannel', serviceUrl: channel.url }));
  const fees = (service.payment?.fees ?? []).map((fee) => ({
    '@type': 'Offer',
    price: fee.amount,
    priceCurrency: fee.currency ?? 'KGS',
    description: plainText(fee.for, lang),
  }));
  const everyday = [...(service.everyday_names?.[lang] ?? [])];
  const description = plainText(service.standard?.result?.text, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: plainText(service.name, lang),
    ...(everyday.length > 0 ? { alternateName: everyday } : {}),
    ...(description ? { description } : {}),
    url: absoluteUrl(paths.service(lang, service.id)),
    inLanguage: localeOf(lang).htmlLang,
    areaServed: { '@type': 'Country', name: 'KG' },
    ...(providers.length > 0 ? { provider: providers.length === 1 ? providers[0] : providers } : {}),
    ...(channels.length > 0 ? { availableChannel: channels } : {}),
    ...(fees.length > 0 ? { offers: fees } : {}),
  };
}

/** JSON safe to place inside <script type="application/ld+json">: no "<", ">" or "&" can close the element. */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
