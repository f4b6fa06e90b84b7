import { localeOf, type Lang } from '../../i18n/locales.ts';
import { t, type UiKey } from '../../i18n/translate.ts';
import type { Service } from '../../schemas/index.ts';
import type { Registry } from '../registry/index.ts';
import { formatMoney, plainText } from '../site/format.ts';
import { html, joinHtml } from '../site/html.ts';
import { facetValueLabel, facetValues, facets } from '../site/service-facets.ts';
import { costLine, deadlineLine, everydayNames } from '../site/service-summary.ts';
import { paths } from '../site/urls.ts';
import { indexTerms } from './search-query.ts';

export interface SearchDocument {
  /** The service page's address. */
  url: string;
  /** A small HTML document with Pagefind's data-pagefind-* markers. */
  content: string;
}

/**
 * What search knows about a service in one language, as the small HTML document Pagefind indexes:
 * its name, everyday names (weighted, so "прописка" finds residence registration), the stems of both
 * with ө, ү, ң folded (hidden and weighted, so "паспортумду" and "толом" find their services), and the
 * facts of the page's summary box; cost and deadline as result metadata; the browse facets as filters.
 * It is built from the model, not read back from the built page, so the index is built while the
 * pages are; the detailed sections and sources are left out to keep results relevant and the index small.
 */
export function serviceSearchDocument(service: Service, registry: Registry, lang: Lang): SearchDocument {
  const standard = service.standard ?? {};
  const names = everydayNames(service, lang);
  const terms = indexTerms([plainText(service.name, lang), ...names], lang);
  const cost = costLine(service, lang);
  const deadline = deadlineLine(service, lang);
  const providers = (standard.provider?.agencies ?? []).map((id) => plainText(registry.agency.get(id)?.name, lang));
  const channels = (standard.channels?.items ?? []).map((channel) => t(lang, `channel.${channel.kind}` as UiKey));
  const filters = facets.flatMap((facet) => facetValues(service, facet).map((value) => html`<span data-pagefind-filter="${facet}">${facetValueLabel(registry, facet, value, lang)}</span>`));
  const facts = [
    plainText(standard.result?.text, lang),
    (service.payment?.fees ?? []).filter((fee) => fee.amount > 0).map((fee) => `${formatMoney(fee, lang)} — ${plainText(fee.for, lang)}`).join('; '),
    providers.join('; ') || plainText(standard.provider?.text, lang),
    [...new Set(channels)].join('; '),
  ].filter((text) => text !== '');
  const content = html`<!doctype html><html lang="${localeOf(lang).htmlLang}"><head><title>${plainText(service.name, lang)}</title></head><body><main data-pagefind-body>
<h1>${plainText(service.name, lang)}</h1>
${names.length > 0 && html`<p data-pagefind-weight="10">${names.join(', ')}</p>`}
${terms.length > 0 && html`<p hidden data-pagefind-weight="7">${terms.join(' ')}</p>`}
<div hidden data-pagefind-ignore><span data-pagefind-meta="cost">${cost}</span><span data-pagefind-meta="deadline">${deadline}</span>${filters}</div>
<p>${cost}. ${deadline}.</p>
${joinHtml(facts.map((text) => html`<p>${text}</p>`), '\n')}
</main></body></html>`;
  return { url: paths.service(lang, service.id), content: content.value };
}
