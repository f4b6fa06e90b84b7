import type { Lang } from '../../src/i18n/locales.ts';
import type { Registry } from '../../src/lib/registry/index.ts';
import { paths } from '../../src/lib/site/urls.ts';

/**
 * One page of every kind the site builds in a language, picked from the registry the site was built
 * from: where a kind has richer and plainer records, the richer one (a service with many sections, a
 * body with contacts, a municipality with a local register).
 */
export function pageKinds(registry: Registry, lang: Lang): Record<string, string> {
  const richest = <T>(list: readonly T[], size: (item: T) => number) => list.reduce((best, item) => (size(item) > size(best) ? item : best));
  const service = richest(registry.services, (item) => Object.keys(item.standard ?? {}).length + (item.payment?.fees?.length ?? 0));
  const agency = richest(registry.agencies, (item) => (item.contacts?.length ?? 0) * 100 + (registry.relations.servicesProvidedBy.get(item.id)?.length ?? 0));
  const municipality = richest(registry.municipalities, (item) => registry.relations.localRegister.get(item.id)?.length ?? 0);
  const act = richest(registry.acts, (item) => registry.relations.servicesCiting.get(item.id)?.length ?? 0);
  const pages: Record<string, string> = {
    home: paths.home(lang),
    'services index': paths.services(lang),
    'filtered services': paths.servicesFiltered(lang, 'payment', 'free'),
    'service page': paths.service(lang, service.id),
    'life situations': paths.categories(lang),
    'life situation': paths.category(lang, registry.categories[0]!.id),
    'agencies index': paths.agencies(lang),
    'agency page': paths.agency(lang, agency.id),
    'acts index': paths.acts(lang),
    'act page': paths.act(lang, act.id),
    'municipalities index': paths.municipalities(lang),
    'municipality page': paths.municipality(lang, municipality.id),
    'assessments index': paths.assessments(lang),
    'registers index': paths.registers(lang),
    'register page': paths.register(lang, registry.registers[0]!.id),
    'general rules': paths.generalRules(lang),
    search: paths.search(lang),
    completeness: paths.completeness(lang),
    flags: paths.flags(lang),
    statistics: paths.statistics(lang),
    comparisons: paths.comparisons(lang),
    assessors: paths.assessors(lang),
    'translation status': paths.translationStatus(lang),
    'open data': paths.openData(lang),
    'field dictionary': paths.openDataFields(lang),
    'field dictionary of a table': paths.openDataField(lang, 'services'),
  };
  if (registry.assessments[0]) pages['assessment page'] = paths.assessment(lang, registry.assessments[0].id);
  if (registry.generalRules[0]) pages['general rule'] = paths.generalRule(lang, registry.generalRules[0].id);
  return pages;
}

/** The pages that are in no language or in both: the language choice, the 404 page, the English open-data pages, the data and vocabulary pages, and a record's /id/ page. */
export const pagesWithoutLanguage: Record<string, string> = {
  'language choice': paths.languageChoice(),
  '404 page': '/no-such-page/',
  'English open data': paths.openDataEnglish(),
  'English field dictionary': paths.openDataFieldsEnglish(),
  'English field dictionary of a table': paths.openDataFieldEnglish('services'),
  'data landing page': paths.dataFile(''),
  vocabulary: paths.vocabulary(),
  'record identifier page': '/id/service/id-card/',
};
