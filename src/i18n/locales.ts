/** The site's languages, declared once: Kyrgyz first as the state language, then Russian, the official language. */
export const locales = [
  { code: 'ky', name: 'Кыргызча', htmlLang: 'ky', ogLocale: 'ky_KG' },
  { code: 'ru', name: 'Русский', htmlLang: 'ru', ogLocale: 'ru_KG' },
] as const;

export type Lang = (typeof locales)[number]['code'];
export const langs: Lang[] = locales.map((locale) => locale.code);

/** The other language of the pair, for twin links and fallbacks. */
export const otherLang = (lang: Lang): Lang => (lang === 'ky' ? 'ru' : 'ky');
export const localeOf = (lang: Lang) => locales.find((locale) => locale.code === lang)!;

/** getStaticPaths of a page that exists once per language, e.g. /ky/services/ and /ru/services/. */
export const oneRoutePerLanguage = () => langs.map((lang) => ({ params: { lang } }));
