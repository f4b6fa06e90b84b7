import { localeOf } from '../../i18n/locales.ts';
import type { ServiceView } from '../service-view/service-view.ts';
import { plainText } from './format.ts';
import { absoluteUrl, paths } from './urls.ts';

/** schema.org GovernmentService describing a service page, as a plain object, from the service's view. */
export function serviceJsonLd(view: ServiceView): Record<string, unknown> {
  const { lang, service } = view;
  const providers = view.providers.map((agency) => ({
    '@type': 'GovernmentOrganization',
    name: plainText(agency.name, lang),
    url: absoluteUrl(paths.agency(lang, agency.id)),
  }));
  const channels = view.channels.filter(({ channel }) => channel.url).map(({ channel }) => ({ '@type': 'ServiceChannel', serviceUrl: channel.url }));
  const offers = view.charges.map(({ fee }) => ({ '@type': 'Offer', price: fee.amount, priceCurrency: fee.currency, description: plainText(fee.for, lang) }));
  const everyday = service.everyday_names?.[lang] ?? [];
  const description = plainText(service.standard?.result?.text, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: view.name,
    ...(everyday.length > 0 ? { alternateName: [...everyday] } : {}),
    ...(description ? { description } : {}),
    url: absoluteUrl(paths.service(lang, service.id)),
    inLanguage: localeOf(lang).htmlLang,
    areaServed: { '@type': 'Country', name: 'KG' },
    ...(providers.length > 0 ? { provider: providers.length === 1 ? providers[0] : providers } : {}),
    ...(channels.length > 0 ? { availableChannel: channels } : {}),
    ...(offers.length > 0 ? { offers } : {}),
  };
}

const unsafeInScript = /[<>&\u2028\u2029]/;

/** JSON safe to place inside <script type="application/ld+json">: no "<", ">" or "&" can close the element. */
export function jsonForScriptElement(value: unknown): string {
  const json = JSON.stringify(value);
  // Most services' JSON has none of these: one test instead of five passes over it.
  if (!unsafeInScript.test(json)) return json;
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
