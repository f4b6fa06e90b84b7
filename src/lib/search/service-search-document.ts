import { localeOf } from '../../i18n/locales.ts';
import type { Registry } from '../registry/index.ts';
import type { ServiceView } from '../service-view/service-view.ts';
import { plainText } from '../site/format.ts';
import { html, joinHtml } from '../site/html.ts';
import { facets, facetValueLabel, facetValues } from '../site/service-facets.ts';
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
 * It is built from the service view, not read back from the built page, so the index is built while
 * the pages are; the detailed sections and sources are left out to keep results relevant and the index small.
 */
export function serviceSearchDocument(view: ServiceView, registry: Registry): SearchDocument {
  const { lang, service } = view;
  const terms = indexTerms([view.name, ...view.everydayNames], lang);
  const filters = facets.flatMap((facet) =>
    facetValues(view, facet).map((value) => html`<span data-pagefind-filter="${facet}">${facetValueLabel(registry, facet, value, lang)}</span>`),
  );
  const facts = [
    plainText(service.standard?.result?.text, lang),
    view.chargeLines.join('; '),
    view.providerNames.join('; ') || plainText(service.standard?.provider?.text, lang),
    view.channelLabels.join('; '),
  ].filter((text) => text !== '');
  const content = html`<!doctype html><html lang="${localeOf(lang).htmlLang}"><head><title>${view.name}</title></head><body><main data-pagefind-body>
<h1>${view.name}</h1>
${view.everydayNames.length > 0 && html`<p data-pagefind-weight="10">${view.everydayNames.join(', ')}</p>`}
${terms.length > 0 && html`<p hidden data-pagefind-weight="7">${terms.join(' ')}</p>`}
<div hidden data-pagefind-ignore><span data-pagefind-meta="cost">${view.cost}</span><span data-pagefind-meta="deadline">${view.deadline}</span>${filters}</div>
<p>${view.cost}. ${view.deadline}.</p>
${joinHtml(
  facts.map((text) => html`<p>${text}</p>`),
  '\n',
)}
</main></body></html>`;
  return { url: paths.service(lang, service.id), content: content.value };
}
