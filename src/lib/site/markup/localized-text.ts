import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { LocalizedText } from '../../../schemas/index.ts';
import { chooseText } from '../format.ts';
import { type Html, html } from '../html.ts';
import { perLanguage } from '../per-language.ts';

/**
 * A registry text in the reader's language.
 * - When only the other language has it, the text keeps its own `lang` (so screen readers pronounce
 *   it right) and a note says it is not translated yet.
 * - When the text is the project's unofficial translation, it says so; a paragraph also carries the
 *   original one tap away (a `details` element, no script). An inline name is marked, and its
 *   original is on the record's own page.
 * `block` renders a paragraph (long text); otherwise an inline span (names). `note: false` leaves
 * the note out, for a place that says it once for several texts (see `textNote`).
 */
export function localizedTextHtml(value: LocalizedText | undefined, lang: Lang, block = false, withNote = true): Html | undefined {
  const chosen = chooseText(value, lang);
  if (!chosen) return undefined;
  const attributes = chosen.fallback ? html` lang="${chosen.lang}"` : '';
  const translatedFrom = chosen.lang === 'en' ? undefined : value?.translated?.[chosen.lang];
  const note = !withNote ? undefined : chosen.fallback ? (block ? 'notTranslated' : 'notTranslatedShort') : translatedFrom ? 'unofficialTranslation' : undefined;
  const content = html`${chosen.text}${note && noteHtml(lang, note)}`;
  if (!block) return html`<span${attributes}>${content}</span>`;
  const original = translatedFrom && html`${originalOpeningHtml(lang, translatedFrom)}${value?.[translatedFrom]}</span></p></details>`;
  return html`<p${attributes} class="text">${content}</p>${original}`;
}

// Most registry texts carry a note or an original, whose words are the same on every page of a language: made once.
type Note = 'notTranslated' | 'notTranslatedShort' | 'unofficialTranslation';
const noteHtml = perLanguage(
  (lang, note: Note) => html` <span class="${note === 'unofficialTranslation' ? 'unofficial' : 'untranslated'}" lang="${lang}">(${t(lang, `text.${note}`)})</span>`,
);

/** The original of a translated paragraph, one tap away, up to the original's text. */
const originalOpeningHtml = perLanguage(
  (lang, original: 'ky' | 'ru' | 'en') =>
    html`<details class="original" lang="${lang}"><summary>${t(lang, 'text.showOriginal')}</summary><p><span class="muted">${t(lang, 'text.original', { language: t(lang, `field.${original}`) })}:</span> <span lang="${original}">`,
);

/** The note a text would carry in a language: not translated yet, the project's unofficial translation, or none. */
export function textNote(value: LocalizedText | undefined, lang: Lang): 'untranslated' | 'unofficial' | undefined {
  const chosen = chooseText(value, lang);
  if (!chosen) return undefined;
  if (chosen.fallback) return 'untranslated';
  return chosen.lang !== 'en' && value?.translated?.[chosen.lang] ? 'unofficial' : undefined;
}

/** One note for several texts shown together: "not translated" when any is, else "unofficial translation" when any is. */
export function textsNoteHtml(values: readonly (LocalizedText | undefined)[], lang: Lang): Html | undefined {
  const notes = values.map((value) => textNote(value, lang));
  const note = notes.includes('untranslated') ? 'untranslated' : notes.includes('unofficial') ? 'unofficial' : undefined;
  return note && html`<span class="${note}">(${t(lang, note === 'untranslated' ? 'text.notTranslatedShort' : 'text.unofficialTranslation')})</span>`;
}
