import type { Act, Agency, Assessment, Category, Municipality, Register, SearchPin, Service } from '../../schemas/index.ts';
import type { CheckedFile, CheckedTaxonomies } from './cross-record-checks.ts';
import type { RecordKind } from './record-kinds.ts';
import { serviceReferences } from './references.ts';

export type AssessmentRecord = Assessment & { body: string };

/** The validated registry with its references resolved into lookups both ways. */
export interface Registry {
  services: Service[];
  agencies: Agency[];
  acts: Act[];
  municipalities: Municipality[];
  assessments: AssessmentRecord[];
  categories: Category[];
  registers: Register[];
  /** Best bets of the site search: a service shown first for some queries. */
  searchPins: SearchPin[];

  service: Map<string, Service>;
  agency: Map<string, Agency>;
  act: Map<string, Act>;
  municipality: Map<string, Municipality>;
  assessment: Map<string, AssessmentRecord>;
  category: Map<string, Category>;

  /** Path of each record's file as a contributor sees it, e.g. "registry/services/id-card.yaml". */
  fileOf: Record<RecordKind, Map<string, string>>;
  /** Path of the categories and registers files. */
  taxonomyFileOf: { categories?: string; registers?: string };

  servicesByAgency: Map<string, Service[]>;
  servicesByAct: Map<string, Service[]>;
  servicesByCategory: Map<string, Service[]>;
  /** Services of a municipality's local register: its basic services and its local additions. */
  servicesByMunicipality: Map<string, Service[]>;
  assessmentsByService: Map<string, AssessmentRecord[]>;
  childrenOfMunicipality: Map<string, Municipality[]>;
  /** Former service id -> current service id, for redirects. */
  serviceRedirects: Map<string, string>;
  /** Former agency id -> current agency id, for redirects. */
  agencyRedirects: Map<string, string>;
  /** Former act id -> current act id, for redirects. */
  actRedirects: Map<string, string>;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Builds the model from files that passed every check. Lists are sorted by id so outputs are deterministic. */
export function buildRegistryModel(files: CheckedFile[], taxonomies: CheckedTaxonomies): Registry {
  const ofKind = <T extends { id: string }>(kind: RecordKind) =>
    files
      .filter((file) => file.kind === kind)
      .map((file) => (kind === 'assessments' ? { ...(file.data as object), body: file.record!.body ?? '' } : file.data) as T)
      .sort(byId);

  const services = ofKind<Service>('services');
  const agencies = ofKind<Agency>('agencies');
  const acts = ofKind<Act>('acts');
  const municipalities = ofKind<Municipality>('municipalities');
  const assessments = ofKind<AssessmentRecord>('assessments');
  const categories = (taxonomies.categories?.data ?? []) as Category[];
  const registers = (taxonomies.registers?.data ?? []) as Register[];
  const searchPins = (taxonomies.searchPins?.data ?? []) as SearchPin[];

  const fileOf = { services: new Map(), agencies: new Map(), acts: new Map(), municipalities: new Map(), assessments: new Map() } as Registry['fileOf'];
  for (const file of files) fileOf[file.kind].set(file.fileId, file.record!.file.split('\\').join('/'));

  const servicesByAgency = new Map<string, Service[]>();
  const servicesByAct = new Map<string, Service[]>();
  const servicesByCategory = new Map<string, Service[]>();
  const servicesByMunicipality = new Map<string, Service[]>();
  const service = new Map(services.map((record) => [record.id, record]));
  for (const record of services) {
    for (const reference of serviceReferences(record)) {
      if (reference.target === 'agencies') push(servicesByAgency, reference.id, record);
      if (reference.target === 'acts') push(servicesByAct, reference.id, record);
      if (reference.target === 'categories') push(servicesByCategory, reference.id, record);
      if (reference.target === 'municipalities') push(servicesByMunicipality, reference.id, record);
    }
  }
  for (const record of municipalities) {
    for (const entry of record.local_register?.services ?? []) push(servicesByMunicipality, record.id, service.get(entry.service)!);
  }
  for (const list of servicesByMunicipality.values()) list.sort(byId);

  const assessmentsByService = new Map<string, AssessmentRecord[]>();
  for (const record of assessments) {
    const ids = new Set([...(record.services ?? []), ...(record.findings ?? []).flatMap((finding) => (finding.service ? [finding.service] : []))]);
    for (const id of ids) push(assessmentsByService, id, record);
  }

  const childrenOfMunicipality = new Map<string, Municipality[]>();
  for (const record of municipalities) if (record.parent) push(childrenOfMunicipality, record.parent, record);

  const serviceRedirects = new Map<string, string>();
  for (const record of services) for (const formerId of record.former_ids ?? []) serviceRedirects.set(formerId, record.id);
  const redirectsOf = (records: { id: string; former_ids?: string[] }[]) =>
    new Map(records.flatMap((record) => (record.former_ids ?? []).map((formerId) => [formerId, record.id] as const)));

  return {
    services,
    agencies,
    acts,
    municipalities,
    assessments,
    categories,
    registers,
    searchPins,
    service,
    agency: new Map(agencies.map((record) => [record.id, record])),
    act: new Map(acts.map((record) => [record.id, record])),
    municipality: new Map(municipalities.map((record) => [record.id, record])),
    assessment: new Map(assessments.map((record) => [record.id, record])),
    category: new Map(categories.map((record) => [record.id, record])),
    fileOf,
    taxonomyFileOf: {
      categories: taxonomies.categories?.record.file,
      registers: taxonomies.registers?.record.file,
    },
    servicesByAgency,
    servicesByAct,
    servicesByCategory,
    servicesByMunicipality,
    assessmentsByService,
    childrenOfMunicipality,
    serviceRedirects,
    agencyRedirects: redirectsOf(agencies),
    actRedirects: redirectsOf(acts),
  };
}
