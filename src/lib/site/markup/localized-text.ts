import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { LocalizedText } from '../../../schemas/index.ts';
import { chooseText } from '../format.ts';
import { html, type Html } from '../html.ts';

/**
 * A registry text in the reader's language. When only the other language (or English) has it, the
 * text keeps its own `lang` so screen readers pronounce it right, and a note says it is untranslated.
 * `block` renders a paragraph (long text); otherwise an inline span (names).
 */
export function localizedTextHtml(value: LocalizedText | undefined, lang: Lang, block = false): Html | undefined {
  const chosen = chooseText(value, lang);
  if (!chosen) return undefined;
  const note = chosen.fallback ? (block ? t(lang, chosen.lang === 'en' ? 'text.onlyEnglish' : 'text.notTranslated') : t(lang, 'text.notTranslatedShort')) : undefined;
  const attributes = chosen.fallback ? html` lang="${chosen.lang}"` : '';
  const content = html`${chosen.text}${note ? html` <span class="untranslated" lang="${lang}">(${note})</span>` : ''}`;
  return block ? html`<p${attributes} class="text">${content}</p>` : html`<span${attributes}>${content}</span>`;
}
