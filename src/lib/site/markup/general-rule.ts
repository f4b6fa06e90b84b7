import type { Lang } from '../../../i18n/locales.ts';
import type { GeneralRule } from '../../../schemas/index.ts';
import type { Registry } from '../../registry/index.ts';
import { deadlineLimitAmount } from '../../service-view/service-view.ts';
import { type Html, html, joinHtml } from '../html.ts';
import { actCitation } from '../labels.ts';
import { uiHtml } from '../per-language.ts';
import { paths } from '../urls.ts';
import { localizedTextHtml } from './localized-text.ts';
import { sourcesHtml } from './sources.ts';

/** A general rule's content: its text, its points in order, its time limits, the acts that set it and its sources. */
export function generalRuleBodyHtml(rule: GeneralRule, lang: Lang, registry: Registry): Html {
  const text = (value: Parameters<typeof localizedTextHtml>[0], block = false) => localizedTextHtml(value, lang, block);
  const acts = rule.acts.map((id) => registry.act.get(id)!);
  return html`${text(rule.text, true)}${rule.points?.length && html`<ol class="steps">${rule.points.map((point) => html`<li>${text(point, true)}</li>`)}</ol>`}${
    rule.limits?.length &&
    html`<p><strong>${uiHtml(lang, 'rule.limits')}:</strong></p><ul>${rule.limits.map((limit) => html`<li><strong>${deadlineLimitAmount(limit, lang)}</strong>${limit.for && html` — ${text(limit.for)}`}</li>`)}</ul>`
  }<p class="meta">${uiHtml(lang, 'rule.setBy')}: ${joinHtml(
    acts.map((act) => html`<a href="${paths.act(lang, act.id)}">${actCitation(act, lang)}</a>`),
    '; ',
  )}</p>${rule.note && html`<div class="note">${text(rule.note, true)}</div>`}${sourcesHtml(rule.sources, lang, registry, rule.as_of)}`;
}

/** A general rule standing in for a section the service does not document, labelled as the general rule. */
export function generalRuleFallbackHtml(rule: GeneralRule, lang: Lang, registry: Registry): Html {
  return html`<div class="general-rule"><p class="tag">${uiHtml(lang, 'rule.general')}</p><p>${uiHtml(lang, 'rule.standsIn')} <a href="${paths.generalRule(lang, rule.id)}">${localizedTextHtml(rule.title, lang)}</a></p>${generalRuleBodyHtml(rule, lang, registry)}</div>`;
}
