import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { ServiceView } from '../../service-view/service-view.ts';
import type { SiteModel } from '../../site-model/site-model.ts';
import { chooseText } from '../format.ts';
import { type Html, html } from '../html.ts';
import { jsonForScriptElement, serviceJsonLd } from '../service-json-ld.ts';
import { serviceFindingsHtml } from './service-findings.ts';
import { serviceFlagsHtml } from './service-flags.ts';
import { serviceHistoryHtml } from './service-history.ts';
import { serviceAboutHtml, serviceStandardHtml } from './service-page.ts';

/**
 * What a service page gives its layout (BaseLayout): the title, address and description of its
 * head, the schema.org JSON-LD and the whole body. src/pages/[lang]/services/[id].astro places
 * these in the layout; the build places them in a copy of that layout rendered once per language
 * (see service-page-template.ts). Either way the page is this one function of the view and the model.
 */
export interface ServicePageParts {
  lang: Lang;
  /** The service's id: the page is at paths.service(lang, id). */
  id: string;
  title: string;
  description: string;
  /** JSON safe inside <script type="application/ld+json">. */
  jsonLd: string;
  body: Html;
}

export function servicePageParts(view: ServiceView, site: SiteModel): ServicePageParts {
  const { service, lang } = view;
  const { registry } = site;
  return {
    lang,
    id: service.id,
    title: view.name,
    // The layout's default description, given here so that every service page fills the same layout.
    description: chooseText(service.standard?.result?.text, lang)?.text ?? t(lang, 'site.description'),
    jsonLd: jsonForScriptElement(serviceJsonLd(view)),
    body: html`<article>${serviceStandardHtml(view, registry)}${serviceFindingsHtml(view, lang)}${serviceFlagsHtml(site.flagsByService.get(service.id) ?? [], lang, registry)}${serviceAboutHtml(view, registry)}</article>${serviceHistoryHtml(service, site.history, lang)}`,
  };
}
