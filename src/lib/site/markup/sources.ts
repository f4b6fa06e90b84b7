import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { Registry } from '../../registry/index.ts';
import type { Source } from '../../../schemas/index.ts';
import { formatDate } from '../format.ts';
import { html, type Html } from '../html.ts';
import { actCitation } from '../labels.ts';
import { paths } from '../urls.ts';

// The site's name as a label for a source without a title: no scheme, user, port or path.
const hostOf = (url: string) => url.replace(/^[a-z]+:\/\/([^@/]*@)?/i, '').split(/[:/?#]/, 1)[0]!.toLowerCase();

function sourceHtml(source: Source, lang: Lang, registry: Registry): Html {
  const act = source.act ? registry.act.get(source.act) : undefined;
  const checks = registry.sourceChecks;
  const unreachable = source.url !== undefined && checks?.unreachable.has(source.url);
  return html`<li>${[
    act && html`<a href="${paths.act(lang, act.id)}">${actCitation(act, lang)}</a>`,
    act && source.article && html`<span>, ${source.article}</span>`,
    act && source.url && html`<span>; </span>`,
    source.url && html`<a href="${source.url}" rel="nofollow noopener noreferrer">${source.title ?? hostOf(source.url)}</a>`,
    !act && source.article && html`<span>, ${source.article}</span>`,
    unreachable && html`<span> (${t(lang, 'source.unreachable', { date: formatDate(checks!.checked) })})</span>`,
    source.archived_url && html`<span> · <a href="${source.archived_url}" rel="nofollow noopener noreferrer">${t(lang, 'source.archived')}</a></span>`,
    html`<span>, ${source.date ? t(lang, 'source.dated', { date: formatDate(source.date) }) : t(lang, 'source.undated')}</span>`,
    source.checked && html`<span>, ${t(lang, 'source.checked', { date: formatDate(source.checked) })}</span>`,
    source.quote && html`<blockquote>«${source.quote}»</blockquote>`,
    source.note && html`<div>${source.note}</div>`,
  ]}</li>`;
}

/** Where a fact comes from: each source's act or web page, its date, and a quote when there is one. */
export function sourcesHtml(sources: readonly Source[] | undefined, lang: Lang, registry: Registry, asOf?: string): Html | undefined {
  if (!sources?.length && !asOf) return undefined;
  const list = sources?.length
    ? html`<span>${t(lang, sources.length > 1 ? 'source.sources' : 'source.title')}:</span><ul>${sources.map((source) => sourceHtml(source, lang, registry))}</ul>`
    : '';
  return html`<div class="sources">${asOf && html`<p>${t(lang, 'source.asOf', { date: formatDate(asOf) })}</p>`}${list}</div>`;
}
