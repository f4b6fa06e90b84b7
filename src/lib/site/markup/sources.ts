import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { Act, Source } from '../../../schemas/index.ts';
import type { Registry } from '../../registry/index.ts';
import { formatDate } from '../format.ts';
import { type Html, html } from '../html.ts';
import { actCitation } from '../labels.ts';
import { perLanguage, remembered, uiHtml } from '../per-language.ts';
import { otherLanguageAttribute } from '../text-language.ts';
import { hostOf, paths } from '../urls.ts';

// A source's parts that many sources share, each made once per language: the act's link, the
// dates (most sources of a registry were checked on the same few days) and the labels.
const actLinkHtml = perLanguage((lang, act: Act) => html`<a href="${paths.act(lang, act.id)}">${actCitation(act, lang)}</a>`);
const datedHtml = perLanguage((lang, date: string | undefined) => html`<span>, ${date ? t(lang, 'source.dated', { date: formatDate(date) }) : t(lang, 'source.undated')}</span>`);
const checkedHtml = perLanguage((lang, date: string) => html`<span>, ${t(lang, 'source.checked', { date: formatDate(date) })}</span>`);
const unreachableHtml = perLanguage((lang, checked: string) => html`<span> (${t(lang, 'source.unreachable', { date: formatDate(checked) })})</span>`);
const asOfHtml = perLanguage((lang, date: string) => html`<p class="as-of">${t(lang, 'source.asOf', { date: formatDate(date) })}</p>`);

// Many sources cite the same site: each address's host name is found once.
const sourceHost = remembered(hostOf);

function sourceHtml(source: Source, lang: Lang, registry: Registry): Html {
  const act = source.act ? registry.act.get(source.act) : undefined;
  const checks = registry.sourceChecks;
  const unreachable = source.url !== undefined && checks?.unreachable.has(source.url);
  return html`<li>${act && actLinkHtml(lang, act)}${act && source.article && html`<span>, ${source.article}</span>`}${act && source.url && html`<span>; </span>`}${
    source.url && html`<a href="${source.url}" rel="nofollow noopener noreferrer">${source.title ?? sourceHost(source.url)}</a>`
  }${!act && source.article && html`<span>, ${source.article}</span>`}${unreachable && unreachableHtml(lang, checks!.checked)}${
    source.archived_url && html`<span> · <a href="${source.archived_url}" rel="nofollow noopener noreferrer">${uiHtml(lang, 'source.archived')}</a></span>`
  }${datedHtml(lang, source.date)}${source.checked && checkedHtml(lang, source.checked)}${
    source.quote && html`<blockquote${otherLanguageAttribute(source.quote, lang)}>«${source.quote}»</blockquote>`
  }${source.note && html`<div${otherLanguageAttribute(source.note, lang)}>${source.note}</div>`}</li>`;
}

/**
 * Where a fact comes from: the date its facts were true, always in sight (and in print), then each
 * source's act or web page, its date and its quote, one tap away so that sources do not make a
 * phone page ten screens long.
 */
export function sourcesHtml(sources: readonly Source[] | undefined, lang: Lang, registry: Registry, asOf?: string): Html | undefined {
  if (!sources?.length && !asOf) return undefined;
  const count = sources?.length ?? 0;
  const list =
    count > 0 &&
    html`<details class="sources"><summary>${uiHtml(lang, count > 1 ? 'source.sources' : 'source.title')}${count > 1 && ` (${count})`}</summary><ul>${sources!.map((source) => sourceHtml(source, lang, registry))}</ul></details>`;
  return html`${asOf && asOfHtml(lang, asOf)}${list}`;
}
