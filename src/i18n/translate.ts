import { ky } from './ky.ts';
import type { Lang } from './locales.ts';
import { ru, type UiKey } from './ru.ts';

export type { UiKey };
export const dictionaries: Record<Lang, Record<UiKey, string>> = { ky, ru };

/** An interface string in a language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, params?: Record<string, string | number>): string {
  const text = dictionaries[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
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
