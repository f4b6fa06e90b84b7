import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/translate.ts';
import { paths } from './urls.ts';

export type NavigationLink = readonly [href: string, label: string];

/** The site's main sections, in the header of every page. */
export const mainNavigation = (lang: Lang): NavigationLink[] => [
  [paths.services(lang), t(lang, 'nav.services')],
  [paths.categories(lang), t(lang, 'nav.categories')],
  [paths.agencies(lang), t(lang, 'nav.agencies')],
  [paths.acts(lang), t(lang, 'nav.acts')],
  [paths.municipalities(lang), t(lang, 'nav.municipalities')],
  [paths.assessments(lang), t(lang, 'nav.assessments')],
  [paths.registers(lang), t(lang, 'nav.registers')],
  [paths.openData(lang), t(lang, 'nav.openData')],
];

/** What the registry reveals: the insight pages, linked between each other and from the footer. */
export const insightNavigation = (lang: Lang): NavigationLink[] => [
  [paths.flags(lang), t(lang, 'insight.flags')],
  [paths.completeness(lang), t(lang, 'insight.completeness')],
  [paths.statistics(lang), t(lang, 'insight.statistics')],
  [paths.comparisons(lang), t(lang, 'insight.comparisons')],
  [paths.assessors(lang), t(lang, 'insight.assessors')],
];

/** Pages about the registry as a whole, in the footer: the rules for every service, translation status, the changes feed. */
export const registryNavigation = (lang: Lang): NavigationLink[] => [
  [paths.generalRules(lang), t(lang, 'nav.generalRules')],
  [paths.translationStatus(lang), t(lang, 'translation.title')],
  [paths.changesFeed(lang), t(lang, 'history.feed')],
];
