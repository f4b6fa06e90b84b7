import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { LocalizedText } from '../../../schemas/index.ts';
import { chooseText } from '../format.ts';
import { html, type Html } from '../html.ts';

/**
 * A registry text in the reader's language.
 * - When only the other language has it, the text keeps its own `lang` (so screen readers pronounce
 *   it right) and a note says it is not translated yet.
 * - When the text is the project's unofficial translation, it says so; a paragraph also carries the
 *   original one tap away (a `details` element, no script). An inline name is marked, and its
 *   original is on the record's own page.
 * `block` renders a paragraph (long text); otherwise an inline span (names).
 */
export function localizedTextHtml(value: LocalizedText | undefined, lang: Lang, block = false): Html | undefined {
  const chosen = chooseText(value, lang);
  if (!chosen) return undefined;
  const attributes = chosen.fallback ? html` lang="${chosen.lang}"` : '';
  const translatedFrom = chosen.lang === 'en' ? undefined : value?.translated?.[chosen.lang];
  const note = chosen.fallback
    ? t(lang, block ? 'text.notTranslated' : 'text.notTranslatedShort')
    : translatedFrom
      ? t(lang, 'text.unofficialTranslation')
      : undefined;
  const content = html`${chosen.text}${note && html` <span class="${chosen.fallback ? 'untranslated' : 'unofficial'}" lang="${lang}">(${note})</span>`}`;
  if (!block) return html`<span${attributes}>${content}</span>`;
  const original =
    translatedFrom &&
    html`<details class="original" lang="${lang}"><summary>${t(lang, 'text.showOriginal')}</summary><p><span class="muted">${t(lang, 'text.original', { language: t(lang, `field.${translatedFrom}`) })}:</span> <span lang="${translatedFrom}">${value?.[translatedFrom]}</span></p></details>`;
  return html`<p${attributes} class="text">${content}</p>${original}`;
}
