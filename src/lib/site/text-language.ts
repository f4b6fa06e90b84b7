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
  // One pass over the letters instead of three regular expressions: every source's quote and note
  // is looked at on both languages' pages, which at 20,000 services was over a second.
  let cyrillic = 0;
  let latin = false;
  let kyrgyzLetter = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x400 && code <= 0x4ff) {
      cyrillic++;
      if (isKyrgyzLetter(code)) kyrgyzLetter = true;
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin = true;
    if (cyrillic > 0 && latin) return undefined;
  }
  if (kyrgyzLetter) return 'ky';
  if (cyrillic >= 40) return 'ru';
  return cyrillic === 0 && latin ? 'en' : undefined;
}

// ө, ү, ң and Ө, Ү, Ң: the letters only Kyrgyz has.
const isKyrgyzLetter = (code: number) => code === 0x4e9 || code === 0x4af || code === 0x4a3 || code === 0x4e8 || code === 0x4ae || code === 0x4a2;

/**
 * ` lang="…"` for a text the registry does not label (a quote, a commit message) whose language is
 * plainly not the page's, so that a screen reader pronounces it right; nothing otherwise.
 */
export function otherLanguageAttribute(text: string, lang: Lang): Html | '' {
  const language = textLanguage(text);
  return language && language !== lang ? html` lang="${language}"` : '';
}
