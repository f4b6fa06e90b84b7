import type { Lang } from '../../i18n/locales.ts';
import { type Html, html } from './html.ts';

/**
 * The language of a text the registry does not label, such as a source's quote or note, when its
 * letters leave no doubt; undefined otherwise. Only Kyrgyz has ө, ү and ң; a long Cyrillic passage
 * without them is Russian (no Kyrgyz sentence of that length in the registry lacks all three); text
 * in Latin letters alone is English (source notes are written in English). Mixed text is left
 * unlabelled. Screen readers use the label to pronounce a quote in the other language.
 */
export function textLanguage(text: string): 'ky' | 'ru' | 'en' | undefined {
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  if (cyrillic > 0 && latin > 0) return undefined;
  if (/[өүңӨҮҢ]/.test(text)) return 'ky';
  if (cyrillic >= 40) return 'ru';
  return cyrillic === 0 && latin > 0 ? 'en' : undefined;
}

/**
 * ` lang="…"` for a text the registry does not label (a quote, a commit message) whose language is
 * plainly not the page's, so that a screen reader pronounces it right; nothing otherwise.
 */
export function otherLanguageAttribute(text: string, lang: Lang): Html | '' {
  const language = textLanguage(text);
  return language && language !== lang ? html` lang="${language}"` : '';
}
