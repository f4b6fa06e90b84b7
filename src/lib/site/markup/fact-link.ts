import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import { formatDate } from '../format.ts';
import { html, type Html } from '../html.ts';

/** After a fact in the summary box: a link to the section holding its sources, and how old it is. */
export function factLinkHtml(lang: Lang, href: string, date: string | undefined): Html {
  const age = date ? html`; ${t(lang, 'summary.asOf', { date: formatDate(date) })}` : '';
  return html`<span class="fact"> (<a href="${href}">${t(lang, 'summary.details')}</a>${age})</span>`;
}
