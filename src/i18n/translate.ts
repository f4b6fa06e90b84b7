import { ky } from './ky.ts';
import type { Lang } from './locales.ts';
import { ru, type UiKey } from './ru.ts';

export type { UiKey };
export const dictionaries: Record<Lang, Record<UiKey, string>> = { ky, ru };

// Each string with placeholders, cut once at them: [text, name, text, name, text...]. Service pages
// call t() hundreds of times each, and matching the placeholders anew was a fifth of their rendering.
const cut: Record<Lang, Map<UiKey, string[]>> = { ky: new Map(), ru: new Map() };

/** An interface string in a language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, params?: Record<string, string | number>): string {
  const text = dictionaries[lang][key];
  if (!params) return text;
  let parts = cut[lang].get(key);
  if (!parts) {
    parts = text.split(/\{(\w+)\}/);
    cut[lang].set(key, parts);
  }
  let filled = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    filled += (name in params ? String(params[name]) : `{${name}}`) + parts[index + 1]!;
  }
  return filled;
}

const pluralRules: Record<Lang, Intl.PluralRules> = { ky: new Intl.PluralRules('ky'), ru: new Intl.PluralRules('ru') };

/**
 * The word form for a count: Russian needs one/few/many ("1 день", "2 дня", "5 дней");
 * Kyrgyz nouns do not change after numbers. Fractions take the "few" form in Russian ("1,5 дня").
 */
export function pluralKey(lang: Lang, count: number): 'one' | 'few' | 'many' {
  const rule = pluralRules[lang].select(count);
  return rule === 'one' ? 'one' : rule === 'many' ? 'many' : 'few';
}
