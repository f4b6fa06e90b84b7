import { textLanguage, type Act, type Agency, type LocalizedText, type TimeLimit } from '../../schemas/index.ts';
import type { ServiceFacts } from '../service-view/service-facts.ts';
import type { SiteModel } from '../site-model/site-model.ts';

/** Terms kyzmat adds where CPSV-AP has no property: every one documented on the open-data page. */
export const extensionTerms = {
  level: 'State or municipal service.',
  status: 'active or retired.',
  registerEntry: 'Place in an official register (registerKind, chapter, item).',
  registerKind: 'unified-state, basic-municipal or local register.',
  chapter: 'Chapter of the register as printed.',
  item: 'Item number in the register as printed; numbers change and are not ids.',
  paymentKind: 'free, paid or partly-paid.',
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
} as const;

/** The JSON-LD context: CPSV-AP and the vocabularies it builds on, plus the kyzmat extension namespace. */
export function cpsvContext(siteUrl: string): Record<string, unknown> {
  const language = (id: string) => ({ '@id': id, '@container': '@language' });
  const link = (id: string) => ({ '@id': id, '@type': '@id' });
  return {
    '@base': `${siteUrl}/id/`,
    cpsv: 'http://purl.org/vocab/cpsv#',
    cv: 'http://data.europa.eu/m8g/',
    dct: 'http://purl.org/dc/terms/',
    eli: 'http://data.europa.eu/eli/ontology#',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    kyz: `${siteUrl}/ns#`,
    identifier: 'dct:identifier',
    title: language('dct:title'),
    description: language('dct:description'),
    prefLabel: language('skos:prefLabel'),
    name: language('cv:name'),
    hasCompetentAuthority: link('cv:hasCompetentAuthority'),
    hasLegalResource: link('cv:hasLegalResource'),
    hasCost: 'cv:hasCost',
    hasChannel: 'cv:hasChannel',
    hasInput: 'cpsv:hasInput',
    produces: 'cpsv:produces',
    holdsRequirement: 'cv:holdsRequirement',
    processingTime: { '@id': 'cv:processingTime', '@type': 'xsd:duration' },
    value: { '@id': 'cv:value', '@type': 'xsd:decimal' },
    currency: 'cv:currency',
    isDefinedBy: link('cv:isDefinedBy'),
    channelType: 'dct:type',
    ownedBy: link('cv:ownedBy'),
    url: link('dct:source'),
    date: { '@id': 'eli:date_document', '@type': 'xsd:date' },
    ...Object.fromEntries(Object.keys(extensionTerms).map((term) => [term, `kyz:${term}`])),
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
  };
}

type LanguageMap = Record<string, string>;

/** ky/ru/en text as a JSON-LD language map (absent languages left out), or nothing. */
function languageMap(text: LocalizedText | undefined): LanguageMap | undefined {
  if (!text) return undefined;
  const map = Object.fromEntries(textLanguage.options.flatMap((lang) => (text[lang] === undefined ? [] : [[lang, text[lang]]]))) as LanguageMap;
  return Object.keys(map).length > 0 ? map : undefined;
}

const durationUnits: Partial<Record<TimeLimit['unit'], (n: number) => string>> = {
  minutes: (n) => `PT${n}M`,
  hours: (n) => `PT${n}H`,
  'calendar-days': (n) => `P${n}D`,
  months: (n) => `P${n}M`,
};

const compact = <T extends object>(node: T): T => Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as T;

const ref = (kind: string, id: string) => `${kind}/${id}`;

/** One service as a cpsv:PublicService node with its costs, channels, evidence, output and requirement. */
export function publicServiceNode(facts: ServiceFacts): object {
  const { service } = facts;
  const id = ref('service', service.id);
  const standard = service.standard ?? {};
  const limits = facts.deadlineLimits;
  return compact({
    '@id': id,
    '@type': 'cpsv:PublicService',
    identifier: service.id,
    name: languageMap(service.name),
    level: service.level,
    status: service.status,
    paymentKind: service.payment?.kind,
    registerEntry: service.register ? compact({ registerKind: service.register.kind, chapter: service.register.chapter, item: service.register.item }) : undefined,
    hasCompetentAuthority: facts.providers.map((agency) => ref('agency', agency.id)),
    hasLegalResource: facts.legalResources.map((act) => ref('act', act)),
    hasCost: facts.fees.map(({ fee, position }) =>
      compact({ '@id': `${id}/cost/${position}`, '@type': 'cv:Cost', value: fee.amount, currency: fee.currency, description: languageMap(fee.for), isDefinedBy: fee.act ? ref('act', fee.act) : undefined }),
    ),
    hasChannel: facts.channels.map(({ channel, position }) =>
      compact({ '@id': `${id}/channel/${position}`, '@type': 'cv:Channel', channelType: channel.kind, url: channel.url, description: languageMap(channel.text) }),
    ),
    hasInput: (standard.documents?.items ?? []).map((document, index) =>
      compact({ '@id': `${id}/evidence/${index + 1}`, '@type': 'cv:Evidence', name: languageMap(document.name), description: languageMap(document.condition ?? document.detail) }),
    ),
    produces: standard.result ? [{ '@id': `${id}/output`, '@type': 'cv:Output', description: languageMap(standard.result.text) }] : [],
    holdsRequirement: standard.recipients ? [{ '@id': `${id}/requirement`, '@type': 'cv:Requirement', description: languageMap(standard.recipients.text) }] : [],
    processingTime: limits.length === 1 ? durationUnits[limits[0].unit]?.(limits[0].amount) : undefined,
    timeLimit: limits.map((limit) => compact({ amount: limit.amount, unit: limit.unit, description: languageMap(limit.for) })),
    premises: languageMap(standard.premises?.text),
    quality: languageMap(standard.quality?.text),
    priceJustification: languageMap(standard.price_justification?.text),
    providerCost: languageMap(standard.provider_cost?.text),
    refusalGround: (standard.refusal_grounds?.items ?? []).map(languageMap),
    staffDuties: languageMap(standard.staff_duties?.text),
    complaints: languageMap(standard.complaints?.text),
    complaintsBody: facts.complaintBodies.map((agency) => ref('agency', agency.id)),
    liability: languageMap(standard.liability?.text),
    procedureStep: (service.procedure?.steps ?? []).map((step, index) =>
      compact({ position: index + 1, title: languageMap(step.title), actor: languageMap(step.actor), description: languageMap(step.detail) }),
    ),
  });
}

const organisationNode = (agency: Agency) =>
  compact({ '@id': ref('agency', agency.id), '@type': 'cv:PublicOrganisation', identifier: agency.id, prefLabel: languageMap(agency.name), url: agency.website });

const legalResourceNode = (act: Act) =>
  compact({ '@id': ref('act', act.id), '@type': 'eli:LegalResource', identifier: act.id, title: languageMap(act.title), date: act.date, url: act.urls?.[0]?.url });

/** Every node of services.jsonld in order: services, then organisations, then legal resources. */
export function* cpsvNodes(site: SiteModel): Iterable<object> {
  const { registry } = site;
  for (const service of registry.services) yield publicServiceNode(site.facts.get(service.id)!);
  for (const agency of registry.agencies) yield organisationNode(agency);
  for (const act of registry.acts) yield legalResourceNode(act);
}
