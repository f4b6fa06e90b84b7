import { type Lang, langs, otherLang } from '../../i18n/locales.ts';
import { siteUrl } from '../../site-config.ts';

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
  flags: (lang: Lang) => `/${lang}/flags/`,
  completeness: (lang: Lang) => `/${lang}/completeness/`,
  statistics: (lang: Lang) => `/${lang}/statistics/`,
  comparisons: (lang: Lang) => `/${lang}/comparisons/`,
  assessors: (lang: Lang) => `/${lang}/assessors/`,
  /** The numbers of one statistics chart, the same in both languages. */
  statisticsCsv: (chart: string) => `/statistics/${chart}.csv`,
  /** A civic-insight table of the open data (written by the open-data export). */
  insightCsv: (table: 'flags' | 'scorecards' | 'survey_answers') => `/data/${table}.csv`,
  search: (lang: Lang) => `/${lang}/search/`,
  servicesFiltered: (lang: Lang, facet: string, value: string) => `/${lang}/services/filter/${facet}/${value}/`,
  generalRules: (lang: Lang) => `/${lang}/rules/`,
  generalRule: (lang: Lang, id: string) => `/${lang}/rules/${id}/`,
  registers: (lang: Lang) => `/${lang}/registers/`,
  register: (lang: Lang, id: string) => `/${lang}/registers/${id}/`,
  pagefindScript: () => '/pagefind/pagefind.js',
  /**
   * Pagefind's WebAssembly for a language (its name does not change between builds, so the search
   * page preloads it): Pagefind has a Russian stemmer, and none for Kyrgyz, whose pages use its
   * language-neutral build.
   */
  pagefindWasm: (lang: Lang) => `/pagefind/wasm.${lang === 'ru' ? 'ru' : 'unknown'}.pagefind`,
  /** The folder of the words "did you mean" corrects typos to, one file per first letter (see search-vocabulary.ts). */
  searchVocabulary: (lang: Lang) => `/search-vocabulary/${lang}/`,
  changesFeed: (lang: Lang) => `/${lang}/changes.xml`,
  translationStatus: (lang: Lang) => `/${lang}/translation-status/`,
  openData: (lang: Lang) => `/${lang}/open-data/`,
  /** The English open-data page for researchers; English is not a site language, so it has no twin. */
  openDataEnglish: () => '/en/open-data/',
  /** The field dictionary: the list of tables, and one page per table. */
  openDataFields: (lang: Lang) => `/${lang}/open-data/fields/`,
  openDataField: (lang: Lang, table: string) => `/${lang}/open-data/fields/${table}/`,
  openDataFieldsEnglish: () => '/en/open-data/fields/',
  openDataFieldEnglish: (table: string) => `/en/open-data/fields/${table}/`,
  /** The page documenting kyzmat's own linked-data terms; its address is the namespace of those terms. */
  vocabulary: () => '/ns/',
  /** A file of the open data, e.g. services.csv or schemas/service.schema.json; dataFile('') is the data set's landing page. */
  dataFile: (file: string) => `/data/${file}`,
  /** A file of the static read API, e.g. services.json or services/id-card.json. */
  apiFile: (file: string) => `/api/v1/${file}`,
};

/** The same page in the other language: every page under /ky/ has a twin under /ru/ and back. */
export function twinPath(path: string): string {
  const lang = path.split('/')[1] as Lang;
  if (!langs.includes(lang)) return path;
  return `/${otherLang(lang)}${path.slice(lang.length + 1)}`;
}

const siteOrigin = new URL(siteUrl).origin;

/**
 * The full address of a site path (which starts with "/"), for canonical links, hreflang and
 * JSON-LD. Same result as `new URL(path, siteUrl)`, without parsing a URL on every link of 40,000 pages.
 */
export const absoluteUrl = (path: string): string => siteOrigin + path;

/** The site's name in an address, as a link's text: no scheme, user, port or path. */
export const hostOf = (url: string): string =>
  url
    .replace(/^[a-z]+:\/\/([^@/]*@)?/i, '')
    .split(/[:/?#]/, 1)[0]!
    .toLowerCase();
