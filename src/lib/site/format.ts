import type { Lang } from '../../i18n/locales.ts';
import { pluralKey, t } from '../../i18n/translate.ts';
import type { Fee, LocalizedText, TimeLimit } from '../../schemas/index.ts';
import { perLanguage } from './per-language.ts';

/** Localized text chosen for a page: the page's language if present, else the other, else English. */
export interface ChosenText {
  text: string;
  /** Language of `text`. */
  lang: 'ky' | 'ru' | 'en';
  /** True when the text is not in the page's language. */
  fallback: boolean;
}

export function chooseText(value: LocalizedText | undefined, lang: Lang): ChosenText | undefined {
  if (!value) return undefined;
  const other: Lang = lang === 'ky' ? 'ru' : 'ky';
  if (value[lang] !== undefined) return { text: value[lang]!, lang, fallback: false };
  if (value[other] !== undefined) return { text: value[other]!, lang: other, fallback: true };
  if (value.en !== undefined) return { text: value.en, lang: 'en', fallback: true };
  return undefined;
}

/** Plain text of a localized value for titles and attributes, where no note can be shown. */
export const plainText = (value: LocalizedText | undefined, lang: Lang): string => chooseText(value, lang)?.text ?? '';

/** A date as people write it here: 12.03.2024. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

const numberFormat: Record<Lang, Intl.NumberFormat> = {
  ky: new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }),
  ru: new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }),
};
export const formatNumber = (value: number, lang: Lang) => numberFormat[lang].format(value);

// Units and currencies are looked up on every fee and time limit: each word is found once per language.
const unitWords = perLanguage((lang, unit: TimeLimit['unit']) => ({
  one: t(lang, `units.${unit}.one`),
  few: t(lang, `units.${unit}.few`),
  many: t(lang, `units.${unit}.many`),
}));
const currencyWords = perLanguage((lang, currency: Fee['currency']) => t(lang, `currency.${currency}`));

/** "12 рабочих дней", "3 саат". */
export function formatTimeLimit(limit: TimeLimit, lang: Lang): string {
  return `${formatNumber(limit.amount, lang)} ${unitWords(lang, limit.unit)[pluralKey(lang, limit.amount)]}`;
}

/** "510 сом", "30 долл. США". */
export function formatMoney(fee: Pick<Fee, 'amount' | 'currency'>, lang: Lang): string {
  return `${formatNumber(fee.amount, lang)} ${currencyWords(lang, fee.currency)}`;
}
