import type { Act, Agency, Assessment, Category, GeneralRule, MostNeeded, Municipality, Register, SearchPin, Service } from '../../schemas/index.ts';
import type { CheckedFile, CheckedTaxonomies } from './cross-record-checks.ts';
import { type RecordKind, recordKindNames, recordKinds } from './record-kinds.ts';
import { buildRelations, type ReferencesOf, type Relations } from './relations.ts';
import type { SourceChecks } from './source-checks-file.ts';

export type AssessmentRecord = Assessment & { body: string };

/** The kinds of record whose former ids redirect to their current page. */
export type RedirectedKind = 'services' | 'agencies' | 'acts';

/** The validated registry: every record by kind, lookups by id, and the relations between records. */
export interface Registry {
  services: Service[];
  agencies: Agency[];
  acts: Act[];
  municipalities: Municipality[];
  assessments: AssessmentRecord[];
  /** Rules a law in force sets for every service, standing in for sections a service does not document. */
  generalRules: GeneralRule[];
  categories: Category[];
  registers: Register[];
  /** Best bets of the site search: a service shown first for some queries. */
  searchPins: SearchPin[];
  /** Ids of the services people need most, in the order the home page lists them. */
  mostNeeded: MostNeeded;

  service: Map<string, Service>;
  agency: Map<string, Agency>;
  act: Map<string, Act>;
  municipality: Map<string, Municipality>;
  assessment: Map<string, AssessmentRecord>;
  generalRule: Map<string, GeneralRule>;
  category: Map<string, Category>;

  /** Path of each record's file as a contributor sees it, e.g. "registry/services/id-card.yaml". */
  fileOf: Record<RecordKind, Map<string, string>>;
  /** Path of the categories and registers files. */
  taxonomyFileOf: { categories?: string; registers?: string };

  relations: Relations;
  /** Former id -> current id, for redirects. */
  redirects: Record<RedirectedKind, Map<string, string>>;
  /** What the last `npm run check-sources` kept in the registry folder found, if it ran. */
  sourceChecks?: SourceChecks;
}

/** Any record of a kind, as far as lists that mix kinds need it: its id and its name or title. */
export type AnyRecord = { id: string; name?: Service['name']; title?: Service['name'] };

/** A record of any kind by id, for lists that mix kinds (the feed, history, translation status). */
export function findRecord(registry: Registry, kind: RecordKind, id: string): AnyRecord | undefined {
  return (registry[recordKinds[kind].lookup] as Map<string, AnyRecord>).get(id);
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const lookup = <T extends { id: string }>(records: T[]) => new Map(records.map((record) => [record.id, record]));
const redirectsOf = (records: { id: string; former_ids?: string[] }[]) =>
  new Map(records.flatMap((record) => (record.former_ids ?? []).map((formerId) => [formerId, record.id] as const)));

/** The records of every kind, each list sorted by id, and the taxonomies in file order. */
export type RegistryRecords = Pick<
  Registry,
  'services' | 'agencies' | 'acts' | 'municipalities' | 'assessments' | 'generalRules' | 'categories' | 'registers' | 'searchPins' | 'mostNeeded'
>;

/** The model of records that passed every check: lookups by id, relations and redirects built once. */
export function registryFromRecords(records: RegistryRecords, files: Pick<Registry, 'fileOf' | 'taxonomyFileOf' | 'sourceChecks'>, referencesOf?: ReferencesOf): Registry {
  const { services, agencies, acts, municipalities, assessments, categories } = records;
  return {
    ...records,
    service: lookup(services),
    agency: lookup(agencies),
    act: lookup(acts),
    municipality: lookup(municipalities),
    assessment: lookup(assessments),
    generalRule: lookup(records.generalRules),
    category: lookup(categories),
    ...files,
    relations: buildRelations({ services, agencies, acts, municipalities, assessments }, referencesOf),
    redirects: { services: redirectsOf(services), agencies: redirectsOf(agencies), acts: redirectsOf(acts) },
  };
}

/** Builds the model from files that passed every check. Lists are sorted by id so outputs are deterministic. */
export function buildRegistryModel(files: CheckedFile[], taxonomies: CheckedTaxonomies, sourceChecks?: SourceChecks): Registry {
  const ofKind = <T extends { id: string }>(kind: RecordKind) =>
    files
      .filter((file) => file.kind === kind)
      .map((file) => (kind === 'assessments' ? { ...(file.data as object), body: file.record!.body ?? '' } : file.data) as T)
      .sort(byId);

  const fileOf = Object.fromEntries(recordKindNames.map((kind) => [kind, new Map<string, string>()])) as Registry['fileOf'];
  for (const file of files) fileOf[file.kind].set(file.fileId, file.record!.file.split('\\').join('/'));
  // The checks across records found every service's references: the relations read them there.
  const summaries = new Map(files.filter((file) => file.kind === 'services').map((file) => [file.data as Service, file.summary]));

  return registryFromRecords(
    {
      services: ofKind<Service>('services'),
      agencies: ofKind<Agency>('agencies'),
      acts: ofKind<Act>('acts'),
      municipalities: ofKind<Municipality>('municipalities'),
      assessments: ofKind<AssessmentRecord>('assessments'),
      generalRules: ofKind<GeneralRule>('generalRules'),
      categories: (taxonomies.categories?.data ?? []) as Category[],
      registers: (taxonomies.registers?.data ?? []) as Register[],
      searchPins: (taxonomies.searchPins?.data ?? []) as SearchPin[],
      mostNeeded: (taxonomies.mostNeeded?.data ?? []) as MostNeeded,
    },
    { fileOf, taxonomyFileOf: { categories: taxonomies.categories?.record.file, registers: taxonomies.registers?.record.file }, sourceChecks },
    (service) => summaries.get(service)!.references,
  );
}
