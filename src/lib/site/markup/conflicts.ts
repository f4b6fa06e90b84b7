import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { Conflict } from '../../../schemas/index.ts';
import type { Registry } from '../../registry/index.ts';
import { plainText } from '../format.ts';
import { type Html, html } from '../html.ts';
import { uiHtml } from '../per-language.ts';
import { localizedTextHtml } from './localized-text.ts';
import { sourcesHtml } from './sources.ts';

/**
 * Facts on which sources disagree: each version beside the others with its own sources and their
 * dates, so a reader sees the disagreement instead of a choice the project made silently.
 */
export function conflictsHtml(conflicts: readonly Conflict[] | undefined, lang: Lang, registry: Registry): Html | undefined {
  if (!conflicts?.length) return undefined;
  return html`${conflicts.map(
    (conflict) =>
      html`<div class="conflict" role="note"><p><strong>${t(lang, 'conflict.title', { about: plainText(conflict.about, lang) })}</strong></p><p class="muted">${uiHtml(lang, 'conflict.intro')}</p><ul class="claims">${conflict.claims.map(
        (claim) => html`<li>${localizedTextHtml(claim.text, lang, true)}${sourcesHtml(claim.sources, lang, registry)}</li>`,
      )}</ul>${conflict.note && localizedTextHtml(conflict.note, lang, true)}</div>`,
  )}`;
}
