import { type Lang, langs } from '../../i18n/locales.ts';
import { t } from '../../i18n/translate.ts';
import { type Act, type Agency, channelKind, type LocalizedText, type Municipality, type TimeLimit, textLanguage } from '../../schemas/index.ts';
import { publishedSiteUrl } from '../../site-config.ts';
import type { ServiceFacts } from '../service-view/service-facts.ts';
import { serviceView } from '../service-view/service-view.ts';
import { plainText } from '../site/format.ts';
import { channelLabel, sectionTitle } from '../site/labels.ts';
import { paths } from '../site/urls.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { contentKeys, idBase, recordIri, vocabularyNamespace } from './identifiers.ts';

/** Terms kyzmat adds where CPSV-AP has no property: each documented on the /ns/ page. */
export const extensionTerms = {
  level: 'State or municipal service.',
  registerEntry: 'Place in an official register (registerKind, chapter, item).',
  registerKind: 'unified-state, basic-municipal or local register.',
  chapter: 'Chapter of the register as printed.',
  item: 'Item number in the register as printed; numbers change and are not ids.',
  paymentKind: 'free, paid or partly-paid.',
  legalBasis: 'The legal acts a fee rests on: its own act, else the acts its sources cite, else those of the payment section.',
  timeLimit: 'A time limit as amount and unit, including units xsd:duration cannot express (working days).',
  amount: 'Amount of a time limit.',
  unit: 'Unit of a time limit: minutes, hours, working-days, calendar-days, days (unspecified) or months.',
  premises: 'Section 8: requirements for the premises where people apply in person.',
  quality: 'Section 9: quality parameters.',
  priceJustification: 'Section 10: justification of the price of a paid service.',
  providerCost: 'Section 11: what providing a free service costs the body.',
  refusalGround: 'Section 12: one ground to refuse documents or the service.',
  staffDuties: 'Section 13: duties of the staff.',
  complaints: 'Section 14: how to complain, pre-trial and in court.',
  complaintsBody: 'Section 14: a body that hears complaints.',
  liability: 'Section 15: liability of the body for breaking the standard.',
  procedureStep: 'One step of the administrative procedure, in order (title, actor, time limit).',
  position: 'Position of an item in its list, from 1.',
  actor: 'Who performs a procedure step.',
  undocumented: 'true on a node that stands for something the registry does not yet document, e.g. the competent authority of a service whose providing body is not yet known.',
} as const;

/** Code lists of kyzmat's own, each value a skos:Concept in the /ns/ namespace ("<list>-<value>"). */
export const codeLists = {
  channel: { description: 'Channel types (dct:type of a cv:Channel).', values: channelKind.options },
  status: { description: 'Status of a public service (adms:status).', values: ['active', 'retired'] },
} as const;

/** The IRI of a concept of one of kyzmat's code lists, relative to the namespace: "channel-online". */
export const conceptTerm = (list: keyof typeof codeLists, value: string) => `${list}-${value}`;

// The EU Publications Office authority tables CPSV-AP recommends, for the values they cover.
const currencyIri = (code: string) => `http://publications.europa.eu/resource/authority/currency/${code}`;
const kyrgyzstan = 'http://publications.europa.eu/resource/authority/country/KGZ';

/** The JSON-LD context: CPSV-AP 3.2.0, the vocabularies it builds on, schema.org, and kyzmat's own terms. */
export function cpsvContext(): Record<string, unknown> {
  const language = (id: string) => ({ '@id': id, '@container': '@language' });
  const link = (id: string) => ({ '@id': id, '@type': '@id' });
  return {
    '@base': idBase,
    adms: 'http://www.w3.org/ns/adms#',
    cpsv: 'http://purl.org/vocab/cpsv#',
    cv: 'http://data.europa.eu/m8g/',
    dcat: 'http://www.w3.org/ns/dcat#',
    dct: 'http://purl.org/dc/terms/',
    eli: 'http://data.europa.eu/eli/ontology#',
    foaf: 'http://xmlns.com/foaf/0.1/',
    org: 'http://www.w3.org/ns/org#',
    schema: 'https://schema.org/',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    kyz: vocabularyNamespace,
    identifier: 'dct:identifier',
    title: language('dct:title'),
    description: language('dct:description'),
    prefLabel: language('skos:prefLabel'),
    keyword: language('dcat:keyword'),
    notation: 'skos:notation',
    inScheme: link('skos:inScheme'),
    status: link('adms:status'),
    spatial: link('dct:spatial'),
    hasCompetentAuthority: link('cv:hasCompetentAuthority'),
    hasLegalResource: link('cv:hasLegalResource'),
    hasCost: 'cv:hasCost',
    hasChannel: 'cv:hasChannel',
    hasInput: 'cpsv:hasInput',
    produces: 'cpsv:produces',
    holdsRequirement: 'cv:holdsRequirement',
    processingTime: { '@id': 'cv:processingTime', '@type': 'xsd:duration' },
    // A typed string keeps the amount exactly as written (10.45, not 1.045E1).
    hasValue: { '@id': 'cv:hasValue', '@type': 'xsd:double' },
    currency: link('cv:currency'),
    isDefinedBy: link('cv:isDefinedBy'),
    channelType: link('dct:type'),
    homepage: link('foaf:homepage'),
    page: link('foaf:page'),
    date: { '@id': 'eli:date_document', '@type': 'xsd:date' },
    schemaName: language('schema:name'),
    provider: link('schema:provider'),
    areaServed: link('schema:areaServed'),
    url: link('schema:url'),
    price: { '@id': 'schema:price', '@type': 'xsd:decimal' },
    priceCurrency: 'schema:priceCurrency',
    ...Object.fromEntries(Object.keys(extensionTerms).map((term) => [term, `kyz:${term}`])),
    legalBasis: link('kyz:legalBasis'),
    premises: language('kyz:premises'),
    quality: language('kyz:quality'),
    priceJustification: language('kyz:priceJustification'),
    providerCost: language('kyz:providerCost'),
    refusalGround: language('kyz:refusalGround'),
    staffDuties: language('kyz:staffDuties'),
    complaints: language('kyz:complaints'),
    liability: language('kyz:liability'),
    actor: language('kyz:actor'),
    complaintsBody: link('kyz:complaintsBody'),
    undocumented: { '@id': 'kyz:undocumented', '@type': 'xsd:boolean' },
  };
}

type LanguageMap = Record<string, string>;

/** ky/ru/en text as a JSON-LD language map (absent languages and translation markers left out), or nothing. */
function languageMap(text: LocalizedText | undefined): LanguageMap | undefined {
  if (!text) return undefined;
  const map = Object.fromEntries(textLanguage.options.flatMap((lang) => (text[lang] === undefined ? [] : [[lang, text[lang]]]))) as LanguageMap;
  return Object.keys(map).length > 0 ? map : undefined;
}

/** An interface phrase in both site languages. */
const inBothLanguages = (phrase: (lang: Lang) => string): LanguageMap => Object.fromEntries(langs.map((lang) => [lang, phrase(lang)]));

const durationUnits: Partial<Record<TimeLimit['unit'], (n: number) => string>> = {
  minutes: (n) => `PT${n}M`,
  hours: (n) => `PT${n}H`,
  'calendar-days': (n) => `P${n}D`,
  months: (n) => `P${n}M`,
};

const compact = <T extends object>(node: T): T =>
  Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as T;

const term = (name: string) => `kyz:${name}`;
const concept = (list: keyof typeof codeLists, value: string) => term(conceptTerm(list, value));
const organisationTypes = ['cv:PublicOrganisation', 'org:Organization', 'schema:GovernmentOrganization'];

/**
 * What a catalogue reader sees of a service, in each language: its result, then its cost and
 * deadline as the service page words them (the service view), so no service lacks a description.
 */
function serviceDescription(facts: ServiceFacts): LanguageMap {
  return inBothLanguages((lang) => {
    const view = serviceView(facts, lang);
    const result = facts.service.standard?.result?.text;
    return [
      ...(result ? [`${sectionTitle('result', lang)}: ${plainText(result, lang)}`] : []),
      `${t(lang, 'service.payment')}: ${view.cost}`,
      `${sectionTitle('deadline', lang)}: ${view.deadline}`,
    ].join('\n');
  });
}

/** The competent authority when the registry names no providing body: a blank node that says so. */
function undocumentedAuthority(facts: ServiceFacts): object {
  return compact({
    '@type': organisationTypes,
    prefLabel: inBothLanguages((lang) => `${sectionTitle('provider', lang)}: ${t(lang, 'doc.notDocumented').toLowerCase()}`),
    description: languageMap(facts.service.standard?.provider?.text),
    spatial: kyrgyzstan,
    undocumented: true,
  });
}

/** One service as a cpsv:PublicService (and schema:GovernmentService) with its costs, channels, evidence, output and requirement. */
export function publicServiceNode(facts: ServiceFacts): object {
  const { service } = facts;
  const id = recordIri('service', service.id);
  const standard = service.standard ?? {};
  const limits = facts.deadlineLimits;
  const part = (key: string) => ({ '@id': `${id}#${key}`, identifier: `${service.id}#${key}` });
  const costKeys = contentKeys(
    'cost',
    facts.fees.map(({ fee }) => ({ amount: fee.amount, currency: fee.currency, for: languageMap(fee.for), within: fee.within })),
  );
  const channelKeys = contentKeys(
    'channel',
    facts.channels.map(({ channel }) => ({ kind: channel.kind, url: channel.url, text: languageMap(channel.text) })),
  );
  const documents = standard.documents?.items ?? [];
  const evidenceKeys = contentKeys(
    'evidence',
    documents.map((document) => languageMap(document.name)),
  );
  return compact({
    '@id': id,
    '@type': ['cpsv:PublicService', 'schema:GovernmentService'],
    identifier: service.id,
    title: languageMap(service.name),
    schemaName: languageMap(service.name),
    description: serviceDescription(facts),
    keyword: service.everyday_names ? compact({ ky: service.everyday_names.ky, ru: service.everyday_names.ru }) : undefined,
    status: concept('status', service.status),
    level: service.level,
    paymentKind: service.payment?.kind,
    registerEntry: service.register ? compact({ registerKind: service.register.kind, chapter: service.register.chapter, item: service.register.item }) : undefined,
    hasCompetentAuthority: facts.providers.length > 0 ? facts.providers.map((agency) => recordIri('agency', agency.id)) : [undocumentedAuthority(facts)],
    provider: facts.providers.map((agency) => recordIri('agency', agency.id)),
    areaServed: kyrgyzstan,
    url: langs.map((lang) => `${publishedSiteUrl}${paths.service(lang, service.id)}`),
    hasLegalResource: facts.legalResources.map((act) => recordIri('act', act)),
    hasCost: facts.fees.map(({ fee, act, basis }, index) =>
      compact({
        ...part(costKeys[index]!),
        '@type': ['cv:Cost', 'schema:Offer'],
        hasValue: String(fee.amount),
        price: String(fee.amount),
        currency: currencyIri(fee.currency),
        priceCurrency: fee.currency,
        description: languageMap(fee.for),
        // The body that defines a cost: the issuer of the act that sets it.
        isDefinedBy: act?.issuer ? recordIri('agency', act.issuer) : undefined,
        legalBasis: basis.map((id) => recordIri('act', id)),
      }),
    ),
    hasChannel: facts.channels.map(({ channel }, index) =>
      compact({ ...part(channelKeys[index]!), '@type': 'cv:Channel', channelType: concept('channel', channel.kind), url: channel.url, description: languageMap(channel.text) }),
    ),
    hasInput: documents.map((document, index) =>
      compact({ ...part(evidenceKeys[index]!), '@type': 'cv:Evidence', title: languageMap(document.name), description: languageMap(document.condition ?? document.detail) }),
    ),
    produces: standard.result
      ? [{ ...part('output'), '@type': 'cv:Output', title: inBothLanguages((lang) => sectionTitle('result', lang)), description: languageMap(standard.result.text) }]
      : [],
    holdsRequirement: standard.recipients
      ? [
          {
            ...part('requirement'),
            '@type': 'cv:Requirement',
            title: inBothLanguages((lang) => sectionTitle('recipients', lang)),
            description: languageMap(standard.recipients.text),
          },
        ]
      : [],
    processingTime: limits.length === 1 ? durationUnits[limits[0]!.unit]?.(limits[0]!.amount) : undefined,
    timeLimit: limits.map((limit) => compact({ amount: limit.amount, unit: limit.unit, description: languageMap(limit.for) })),
    premises: languageMap(standard.premises?.text),
    quality: languageMap(standard.quality?.text),
    priceJustification: languageMap(standard.price_justification?.text),
    providerCost: languageMap(standard.provider_cost?.text),
    refusalGround: (standard.refusal_grounds?.items ?? []).map(languageMap),
    staffDuties: languageMap(standard.staff_duties?.text),
    complaints: languageMap(standard.complaints?.text),
    complaintsBody: facts.complaintBodies.map((agency) => recordIri('agency', agency.id)),
    liability: languageMap(standard.liability?.text),
    procedureStep: (service.procedure?.steps ?? []).map((step, index) =>
      compact({ position: index + 1, title: languageMap(step.title), actor: languageMap(step.actor), description: languageMap(step.detail) }),
    ),
  });
}

const organisationNode = (agency: Agency) =>
  compact({
    '@id': recordIri('agency', agency.id),
    '@type': organisationTypes,
    identifier: agency.id,
    prefLabel: languageMap(agency.name),
    schemaName: languageMap(agency.name),
    // The territory a body covers: its municipality for a local body, else the country.
    spatial: agency.municipality ? recordIri('municipality', agency.municipality) : kyrgyzstan,
    homepage: agency.website,
  });

const legalResourceNode = (act: Act) =>
  compact({ '@id': recordIri('act', act.id), '@type': 'eli:LegalResource', identifier: act.id, title: languageMap(act.title), date: act.date, page: act.urls?.[0]?.url });

const locationNode = (municipality: Municipality) =>
  compact({ '@id': recordIri('municipality', municipality.id), '@type': 'dct:Location', identifier: municipality.id, prefLabel: languageMap(municipality.name) });

/** The concepts the services point to, typed so that a reader (and SHACL) knows what they are. */
function* conceptNodes(site: SiteModel): Iterable<object> {
  const currencies = new Set([...site.facts.values()].flatMap((facts) => facts.fees.map(({ fee }) => fee.currency)));
  for (const code of [...currencies].sort()) yield { '@id': currencyIri(code), '@type': 'skos:Concept', notation: code };
  for (const kind of codeLists.channel.values) {
    yield { '@id': concept('channel', kind), '@type': 'skos:Concept', notation: kind, inScheme: term('channel'), prefLabel: inBothLanguages((lang) => channelLabel(kind, lang)) };
  }
  for (const status of codeLists.status.values) yield { '@id': concept('status', status), '@type': 'skos:Concept', notation: status, inScheme: term('status') };
  yield { '@id': kyrgyzstan, '@type': 'dct:Location', notation: 'KGZ', prefLabel: { ky: 'Кыргыз Республикасы', ru: 'Кыргызская Республика', en: 'Kyrgyz Republic' } };
}

/** Every node of services.jsonld in order: services, organisations, legal resources, places, then concepts. */
export function* cpsvNodes(site: SiteModel): Iterable<object> {
  const { registry } = site;
  for (const service of registry.services) yield publicServiceNode(site.facts.get(service.id)!);
  for (const agency of registry.agencies) yield organisationNode(agency);
  for (const act of registry.acts) yield legalResourceNode(act);
  for (const municipality of registry.municipalities) yield locationNode(municipality);
  yield* conceptNodes(site);
}
