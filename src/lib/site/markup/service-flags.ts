import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { Flag } from '../../insight/flags.ts';
import type { Registry } from '../../registry/index.ts';
import { type Html, html } from '../html.ts';
import { uiHtml } from '../per-language.ts';
import { paths } from '../urls.ts';
import { flagWhyHtml } from './flag-why.ts';

/** The rules this service's data does not meet, each with why and the rule's basis; nothing when it meets them all. */
export function serviceFlagsHtml(flags: readonly Flag[], lang: Lang, registry: Registry): Html | undefined {
  if (flags.length === 0) return undefined;
  return html`<section id="flags" aria-labelledby="flags-title" class="service-flags"><h2 id="flags-title">${uiHtml(lang, 'insight.flags.serviceTitle')}</h2><p>${uiHtml(lang, 'insight.flags.serviceIntro')} <a href="#report">${uiHtml(lang, 'edit.propose')}</a></p><ul>${flags.map(
    (flag) =>
      html`<li><strong>${t(lang, `insight.rule.${flag.rule}.title`)}.</strong> ${flagWhyHtml(flag, lang, registry)}<div class="muted">${uiHtml(lang, 'insight.flags.rule')}: ${t(lang, `insight.rule.${flag.rule}.rule`)} (${t(lang, `insight.rule.${flag.rule}.basis`)})</div></li>`,
  )}</ul><p><a href="${`${paths.flags(lang)}#${flags[0]!.rule}`}">${uiHtml(lang, 'insight.flags.all')}</a></p></section>`;
}
