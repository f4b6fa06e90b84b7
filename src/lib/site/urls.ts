import { langs, otherLang, type Lang } from '../../i18n/locales.ts';

/** Every address of the site is built here, so that it can change in one place. */
export const paths = {
  languageChoice: () => '/',
  home: (lang: Lang) => `/${lang}/`,
  services: (lang: Lang) => `/${lang}/services/`,
  service: (lang: Lang, id: string) => `/${lang}/services/${id}/`,
  agencies: (lang: Lang) => `/${lang}/agencies/`,
  agency: (lang: Lang, id: string) => `/${lang}/agencies/${id}/`,
  acts: (lang: Lang) => `/${lang}/acts/`,
  act: (lang: Lang, id: string) => `/${lang}/acts/${id}/`,
  municipalities: (lang: Lang) => `/${lang}/municipalities/`,
  municipality: (lang: Lang, id: string) => `/${lang}/municipalities/${id}/`,
  assessments: (lang: Lang) => `/${lang}/assessments/`,
  assessment: (lang: Lang, id: string) => `/${lang}/assessments/${id}/`,
  categories: (lang: Lang) => `/${lang}/categories/`,
  category: (lang: Lang, id: string) => `/${lang}/categories/${id}/`,
};

/** The same page in the other language: every page under /ky/ has a twin under /ru/ and back. */
export function twinPath(path: string): string {
  const lang = path.split('/')[1] as Lang;
  if (!langs.includes(lang)) return path;
  return `/${otherLang(lang)}${path.slice(lang.length + 1)}`;
}
