import {
  type Act,
  type Agency,
  type Category,
  type ChannelKind,
  type Fee,
  type GeneralRule,
  type Municipality,
  type Service,
  type Source,
  type StandardSectionKey,
  standardSectionKeys,
} from '../../schemas/index.ts';
import type { AssessmentRecord, Registry } from '../registry/index.ts';
import { type Freshness, isStale } from './freshness.ts';

type Standard = NonNullable<Service['standard']>;
type Channel = NonNullable<NonNullable<Standard['channels']>['items']>[number];
export type DeadlineLimit = NonNullable<NonNullable<Standard['deadline']>['limits']>[number];

/** One fee of a service with what it refers to resolved. */
export interface FeeFact {
  /** Position in the service's list of fees, from 1. */
  position: number;
  fee: Fee;
  /** The act that sets the amount, when the fee names one. */
  act?: Act;
  /** The acts the fee rests on: its own act, else the acts its sources cite, else those of the payment section. */
  basis: string[];
  /** True when the amount's date is older than the site's freshness allows. */
  stale: boolean;
}

/** One channel of a service, and whether it is one a reader can use without going in person. */
export interface ChannelFact {
  position: number;
  channel: Channel;
  online: boolean;
}

/** A part of a record that carries its own sources and date: a section of the standard or another block. */
export type RecordPart = Exclude<StandardSectionKey, 'name'> | 'payment' | 'procedure' | 'register' | 'local_register';

/** A part of a service record that carries its own sources and date. */
export interface DatedPart {
  part: RecordPart;
  /** The date its facts were true: the part's as_of, else its newest source date. */
  date?: string;
  /** The part's own as_of, when it states one. */
  as_of?: string;
  sources: Source[];
}

/**
 * What the registry knows of one service, with every reference resolved and every derived fact
 * worked out once: who provides it, what it costs, how long it takes, how to apply, which sections
 * are documented. Language-neutral; `serviceView` puts it in words. The page, search, JSON-LD,
 * CPSV-AP, the CSV tables and the civic insight all read these facts.
 */
export interface ServiceFacts {
  service: Service;
  /** The bodies that provide the service (its standard's provider agencies). */
  providers: Agency[];
  /** The body responsible for the standard, as the register names it. */
  standardBody?: Agency;
  /** Bodies that hear complaints, as the complaints section names them. */
  complaintBodies: Agency[];
  categories: Category[];
  /** The service that replaced a retired one. */
  replacement?: Service;
  /** True for a service that costs money, at least in part. */
  paid: boolean;
  fees: FeeFact[];
  /** The fees above zero: what a reader pays. */
  charges: FeeFact[];
  /** Acts the fees rest on, sorted: each fee's basis, or the payment section's acts when it lists no fee. */
  feeBasis: string[];
  deadlineLimits: DeadlineLimit[];
  /** The date the deadline was true, and whether it is older than the freshness allows. */
  deadlineDate?: string;
  deadlineStale: boolean;
  channels: ChannelFact[];
  /** Channels to apply without going in person (online, mobile app). */
  onlineChannels: ChannelFact[];
  /** Kinds of the other channels, each once, in order. */
  inPersonKinds: ChannelKind[];
  /** Sections of the standard (section 1, the name, always) that the record documents, in the law's order. */
  documentedSections: StandardSectionKey[];
  missingSections: StandardSectionKey[];
  /** The acts that define the service: its standard, its procedure and its register entry. */
  legalResources: string[];
  /** Municipalities whose local register includes the service. */
  municipalities: Municipality[];
  assessments: AssessmentRecord[];
  /** Every sourced part with its date. */
  parts: DatedPart[];
  /**
   * For each section of the standard the service does not document, the general rule that stands
   * in for it (a law in force sets it for every service of the service's level), if there is one.
   */
  sectionRules: Partial<Record<StandardSectionKey, GeneralRule>>;
  /** Rules of the law shown beside every standard of the service's level, e.g. the right to information in Kyrgyz or Russian. */
  rights: GeneralRule[];
}

/** True for a channel through which a service can be requested without going in person. */
export const isOnlineChannel = (channel: { kind: ChannelKind }): boolean => channel.kind === 'online' || channel.kind === 'mobile-app';

/** How old a group of facts is: its "as of" date, else its newest source date. */
export function factDate(data: { as_of?: string; sources?: Source[] } | undefined): string | undefined {
  if (!data) return undefined;
  if (data.as_of) return data.as_of;
  // The newest of the sources' dates (ISO dates: the greatest string), found without listing and sorting them.
  let newest: string | undefined;
  for (const source of data.sources ?? []) {
    for (const date of [source.checked, source.date]) if (date !== undefined && (newest === undefined || date > newest)) newest = date;
  }
  return newest;
}

const actsIn = (sources: readonly Source[] | undefined) => (sources ?? []).flatMap((source) => (source.act ? [source.act] : []));
const unique = <T>(items: T[]) => [...new Set(items)];

function feeFacts(service: Service, registry: Registry, freshness: Freshness): FeeFact[] {
  const payment = service.payment;
  const sectionActs = actsIn(payment?.sources);
  return (payment?.fees ?? []).map((fee, index) => {
    const own = fee.act ? [fee.act] : actsIn(fee.sources);
    return {
      position: index + 1,
      fee,
      act: fee.act ? registry.act.get(fee.act) : undefined,
      basis: unique(own.length > 0 ? own : sectionActs).sort(),
      stale: isStale(fee.as_of, freshness),
    };
  });
}

function datedParts(service: Service): DatedPart[] {
  const parts: DatedPart[] = [];
  const add = (part: RecordPart, data: { as_of?: string; sources: Source[] }) => parts.push({ part, date: factDate(data), as_of: data.as_of, sources: data.sources });
  if (service.register) add('register', service.register);
  if (service.payment) add('payment', { as_of: service.payment.as_of, sources: [...service.payment.sources, ...(service.payment.fees ?? []).flatMap((fee) => fee.sources ?? [])] });
  for (const key of standardSectionKeys) {
    if (key === 'name') continue;
    const section = service.standard?.[key];
    if (section) add(key, section);
  }
  if (service.procedure) add('procedure', service.procedure);
  return parts;
}

const appliesTo = (rule: GeneralRule, service: Service) => rule.levels === undefined || rule.levels.includes(service.level);

/** The facts of one service, from the registry it belongs to, with the freshness its dates are judged by. */
export function serviceFacts(service: Service, registry: Registry, freshness: Freshness): ServiceFacts {
  const standard = service.standard ?? {};
  const agencies = (ids: string[] | undefined) => (ids ?? []).map((id) => registry.agency.get(id)!);
  const fees = feeFacts(service, registry, freshness);
  const rules = registry.generalRules.filter((rule) => appliesTo(rule, service));
  const deadlineDate = factDate(standard.deadline);
  const channels = (standard.channels?.items ?? []).map((channel, index) => ({ position: index + 1, channel, online: isOnlineChannel(channel) }));
  const documentedSections = standardSectionKeys.filter((key) => key === 'name' || standard[key] !== undefined);
  const standardBody = service.register?.standard_body;
  const replacedBy = service.status === 'retired' ? service.retired?.replaced_by : undefined;
  const sectionRules: ServiceFacts['sectionRules'] = Object.fromEntries(
    rules.flatMap((rule) => (rule.section && standard[rule.section] === undefined ? [[rule.section, rule] as const] : [])),
  );
  return {
    service,
    providers: agencies(standard.provider?.agencies),
    standardBody: standardBody ? registry.agency.get(standardBody) : undefined,
    complaintBodies: agencies(standard.complaints?.agencies),
    categories: service.categories.map((id) => registry.category.get(id)!),
    replacement: replacedBy ? registry.service.get(replacedBy) : undefined,
    paid: service.payment?.kind === 'paid' || service.payment?.kind === 'partly-paid',
    fees,
    charges: fees.filter((fact) => fact.fee.amount > 0),
    feeBasis: unique(fees.length > 0 ? fees.flatMap((fact) => fact.basis) : actsIn(service.payment?.sources)).sort(),
    deadlineLimits: standard.deadline?.limits ?? [],
    deadlineDate,
    deadlineStale: isStale(deadlineDate, freshness),
    channels,
    onlineChannels: channels.filter((fact) => fact.online),
    inPersonKinds: unique(channels.filter((fact) => !fact.online).map((fact) => fact.channel.kind)),
    documentedSections,
    missingSections: standardSectionKeys.filter((key) => !documentedSections.includes(key)),
    legalResources: unique([standard.approved_by, service.procedure?.approved_by, service.register?.act].filter((id): id is string => id !== undefined)),
    municipalities: registry.relations.municipalitiesListing.get(service.id) ?? [],
    assessments: registry.relations.assessmentsOf.get(service.id) ?? [],
    parts: datedParts(service),
    sectionRules,
    rights: rules.filter((rule) => rule.section === undefined),
  };
}
