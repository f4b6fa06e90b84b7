import type { Act, Agency, Municipality, Service } from '../../schemas/index.ts';
import { type Reference, serviceReferences } from './references.ts';
import type { AssessmentRecord } from './registry-model.ts';

/** Where an entry of a municipality's local register comes from. */
export type LocalRegisterOrigin = 'basic' | 'local-addition';

/** One service of a municipality's local register. */
export interface LocalRegisterEntry {
  service: Service;
  /** "basic": a basic-register service the municipality lists; "local-addition": a service whose own register entry names the municipality. */
  origin: LocalRegisterOrigin;
  /** The municipality's own entry for a basic service (its note and sources). */
  entry?: NonNullable<NonNullable<Municipality['local_register']>['services']>[number];
}

/**
 * The relations between records, each named once and built once with the model. Every page,
 * filter, statistic, scorecard and export reads these; none works a relation out for itself.
 * Lists of services are sorted by id.
 */
export interface Relations {
  /** Services an agency provides: those whose standard names it among `provider.agencies`. */
  servicesProvidedBy: Map<string, Service[]>;
  /** Services whose register entry names the agency as the body responsible for the standard. */
  servicesWithStandardBy: Map<string, Service[]>;
  /** Services whose complaints section names the agency as a body that hears complaints. */
  servicesWithComplaintsTo: Map<string, Service[]>;
  /** Services that cite an act anywhere: register entry, standard, procedure, fees, retirement, sources. */
  servicesCiting: Map<string, Service[]>;
  servicesInCategory: Map<string, Service[]>;
  /** A municipality's local register: the basic services it lists and its local additions. */
  localRegister: Map<string, LocalRegisterEntry[]>;
  /** The municipalities whose local register includes a service. */
  municipalitiesListing: Map<string, Municipality[]>;
  /** Assessments that name a service, in their list of services or in a finding. */
  assessmentsOf: Map<string, AssessmentRecord[]>;
  childMunicipalities: Map<string, Municipality[]>;
  /** Agencies that name this one as their parent. */
  childAgencies: Map<string, Agency[]>;
  /** Agencies that this one succeeded. */
  predecessorAgencies: Map<string, Agency[]>;
  /** Acts that this act amended, repealed or replaced. */
  actsChangedBy: Map<string, Act[]>;
}

/** The records the relations connect, as the model holds them (sorted by id). */
export interface RelatedRecords {
  services: Service[];
  agencies: Agency[];
  acts: Act[];
  municipalities: Municipality[];
  assessments: AssessmentRecord[];
}

/** A service's references, when a load has already found them (record summaries); found again otherwise. */
export type ReferencesOf = (service: Service) => Reference[];

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A map from keys to lists, filled once; each list holds a value once. */
function grouping<T>(): { map: Map<string, T[]>; add: (key: string | undefined, value: T) => void } {
  const map = new Map<string, T[]>();
  const add = (key: string | undefined, value: T) => {
    if (key === undefined) return;
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  return { map, add };
}

/** Builds every relation from records that passed all checks (so every id names an existing record). */
export function buildRelations(records: RelatedRecords, referencesOf: ReferencesOf = serviceReferences): Relations {
  const serviceById = new Map(records.services.map((service) => [service.id, service]));
  const provided = grouping<Service>();
  const standardBy = grouping<Service>();
  const complaintsTo = grouping<Service>();
  const citing = grouping<Service>();
  const inCategory = grouping<Service>();
  for (const service of records.services) {
    for (const id of service.standard?.provider?.agencies ?? []) provided.add(id, service);
    standardBy.add(service.register?.standard_body, service);
    for (const id of service.standard?.complaints?.agencies ?? []) complaintsTo.add(id, service);
    for (const id of service.categories) inCategory.add(id, service);
    for (const reference of referencesOf(service)) if (reference.target === 'acts') citing.add(reference.id, service);
  }

  const localRegister = new Map<string, LocalRegisterEntry[]>();
  const listing = grouping<Municipality>();
  for (const municipality of records.municipalities) {
    const entries = new Map<string, LocalRegisterEntry>();
    for (const entry of municipality.local_register?.services ?? []) entries.set(entry.service, { service: serviceById.get(entry.service)!, origin: 'basic', entry });
    localRegister.set(municipality.id, [...entries.values()]);
  }
  for (const service of records.services) {
    const id = service.register?.kind === 'local' ? service.register.municipality : undefined;
    const entries = id === undefined ? undefined : localRegister.get(id);
    if (entries && !entries.some((entry) => entry.service === service)) entries.push({ service, origin: 'local-addition' });
  }
  for (const [id, entries] of localRegister) {
    if (entries.length === 0) localRegister.delete(id);
    entries.sort((a, b) => byId(a.service, b.service));
  }
  const municipalityById = new Map(records.municipalities.map((municipality) => [municipality.id, municipality]));
  for (const [id, entries] of localRegister) for (const { service } of entries) listing.add(service.id, municipalityById.get(id)!);

  const assessments = grouping<AssessmentRecord>();
  for (const assessment of records.assessments) {
    for (const id of assessment.services ?? []) assessments.add(id, assessment);
    for (const finding of assessment.findings ?? []) assessments.add(finding.service, assessment);
  }

  const children = grouping<Municipality>();
  for (const municipality of records.municipalities) children.add(municipality.parent, municipality);
  const childAgencies = grouping<Agency>();
  const predecessors = grouping<Agency>();
  for (const agency of records.agencies) {
    childAgencies.add(agency.parent, agency);
    predecessors.add(agency.succeeded_by, agency);
  }
  const changedBy = grouping<Act>();
  for (const act of records.acts) for (const change of act.changes ?? []) changedBy.add(change.by, act);

  for (const group of [provided, standardBy, complaintsTo, citing, inCategory]) for (const list of group.map.values()) list.sort(byId);
  return {
    servicesProvidedBy: provided.map,
    servicesWithStandardBy: standardBy.map,
    servicesWithComplaintsTo: complaintsTo.map,
    servicesCiting: citing.map,
    servicesInCategory: inCategory.map,
    localRegister,
    municipalitiesListing: listing.map,
    assessmentsOf: assessments.map,
    childMunicipalities: children.map,
    childAgencies: childAgencies.map,
    predecessorAgencies: predecessors.map,
    actsChangedBy: changedBy.map,
  };
}
