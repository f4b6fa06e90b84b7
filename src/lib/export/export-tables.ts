import { act, agency, assessment, category, type LocalizedText, municipality, type Service, type Source, service, source, standardSections } from '../../schemas/index.ts';
import { type AssessmentRecord, type Registry, recordKindNames } from '../registry/index.ts';
import { sourcesIn } from '../registry/references.ts';
import type { LocalRegisterEntry } from '../registry/relations.ts';
import type { ChannelFact, FeeFact, ServiceFacts } from '../service-view/service-facts.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { describeValues, type Enumeration, enumerations } from './enumerations.ts';
import { describeField } from './field-description.ts';
import { flagsTable, scorecardsTable, surveyAnswersTable } from './insight-tables.ts';
import { type Cell, type Column, type ColumnType, defineTable, type ExportTable } from './table-contract.ts';

type Get<Row, T> = (row: Row) => T;

const column = <Row>(name: string, type: ColumnType, description: string, value: Get<Row, Cell>, format?: 'uri'): Column<Row> => ({
  name,
  type,
  description,
  value,
  ...(format ? { format } : {}),
});

/** A column holding one value of a closed list; its description ends with every value explained. */
export const enumColumn = <Row>(name: string, description: string, enumeration: Enumeration, value: Get<Row, string | undefined>): Column<Row> => ({
  name,
  type: 'string',
  description: `${description} ${describeValues(enumeration)}`,
  enumeration,
  value,
});

const languageNames = { ky: 'Kyrgyz', ru: 'Russian', en: 'English, for reference only' } as const;

/** The languages whose text is the project's unofficial translation, e.g. "ky"; several are separated by ";". */
const translatedLanguages = (text: LocalizedText | undefined) => {
  const marked = (['ky', 'ru'] as const).filter((lang) => text?.translated?.[lang] !== undefined);
  return marked.length > 0 ? marked.join(';') : undefined;
};

/**
 * A bilingual field as side-by-side columns: <name>_ky, <name>_ru (and <name>_en where English
 * exists), then <name>_translated naming the languages whose text is an unofficial translation.
 */
function localized<Row>(name: string, description: string, get: Get<Row, LocalizedText | undefined>, languages: (keyof typeof languageNames)[] = ['ky', 'ru']): Column<Row>[] {
  return [
    ...languages.map((lang) => column<Row>(`${name}_${lang}`, 'string', `${description} (${languageNames[lang]}.)`, (row) => get(row)?.[lang])),
    enumColumn<Row>(
      `${name}_translated`,
      `Which of the ${name}_ky and ${name}_ru texts is not official but the project's translation of the other; empty when both are as the sources print them. Translations await review.`,
      enumerations.translated,
      (row) => translatedLanguages(get(row)),
    ),
  ];
}

/** Lists of ids in one cell are joined with ";" (ids never contain it). */
export const idListSeparator = ';';
/** Lists of text in one cell are joined with a line feed. */
const textListSeparator = '\n';
const ids = (list: string[] | undefined) => (list && list.length > 0 ? list.join(idListSeparator) : undefined);
const texts = (list: string[] | undefined) => (list && list.length > 0 ? list.join(textListSeparator) : undefined);
const idList = ' Several ids are separated by ";".';
const textList = ' Several entries are separated by a line feed.';

const serviceField = (path: string) => describeField(service, path);
const sectionKeys = Object.keys(standardSections) as (keyof typeof standardSections)[];

interface ServiceItem<T> {
  service: Service;
  item: T;
  position: number;
}

function* itemsOf<T>(site: SiteModel, list: (service: Service) => T[] | undefined): Iterable<ServiceItem<T>> {
  for (const record of site.registry.services) {
    const items = list(record) ?? [];
    for (let index = 0; index < items.length; index++) yield { service: record, item: items[index]!, position: index + 1 };
  }
}

/** One row per item of a list of each service's facts, in service order. */
function* factItems<T extends { position: number }>(site: SiteModel, list: (facts: ServiceFacts) => T[]): Iterable<T & { service: Service }> {
  for (const record of site.registry.services) for (const item of list(site.facts.get(record.id)!)) yield { ...item, service: record };
}

const serviceKey = <Row extends { service: Service; position: number }>(): Column<Row>[] => [
  column('service_id', 'string', 'Id of the service (services.id).', (row) => row.service.id),
  column('position', 'integer', "Position in the service's list, from 1, in the order of the source.", (row) => row.position),
];

const services = defineTable<ServiceFacts>({
  name: 'services',
  primaryKey: ['id'],
  filters: ['level', 'status', 'payment_kind', 'register_kind'],
  foreignKeys: [
    { fields: 'register_municipality', table: 'municipalities' },
    { fields: 'register_act', table: 'acts' },
    { fields: 'register_standard_body', table: 'agencies' },
    { fields: 'standard_approved_by', table: 'acts' },
    { fields: 'procedure_approved_by', table: 'acts' },
    { fields: 'retired_act', table: 'acts' },
    { fields: 'retired_replaced_by', table: 'services' },
  ],
  columns: [
    column('id', 'string', serviceField('id'), ({ service: s }) => s.id),
    enumColumn('level', serviceField('level'), enumerations.serviceLevel, ({ service: s }) => s.level),
    enumColumn('status', serviceField('status'), enumerations.serviceStatus, ({ service: s }) => s.status),
    ...localized<ServiceFacts>('name', serviceField('name'), ({ service: s }) => s.name, ['ky', 'ru', 'en']),
    column('everyday_names_ky', 'string', `${serviceField('everyday_names')} (Kyrgyz.)${textList}`, ({ service: s }) => texts(s.everyday_names?.ky)),
    column('everyday_names_ru', 'string', `${serviceField('everyday_names')} (Russian.)${textList}`, ({ service: s }) => texts(s.everyday_names?.ru)),
    column('former_ids', 'string', serviceField('former_ids') + idList, ({ service: s }) => ids(s.former_ids)),
    column('categories', 'string', serviceField('categories') + idList, ({ service: s }) => ids(s.categories)),
    enumColumn('register_kind', serviceField('register.kind'), enumerations.registerKind, ({ service: s }) => s.register?.kind),
    column('register_municipality', 'string', serviceField('register.municipality'), ({ service: s }) => s.register?.municipality),
    column('register_chapter', 'string', serviceField('register.chapter'), ({ service: s }) => s.register?.chapter),
    column('register_item', 'string', serviceField('register.item'), ({ service: s }) => s.register?.item),
    column('register_act', 'string', serviceField('register.act'), ({ service: s }) => s.register?.act),
    column('register_standard_body', 'string', serviceField('register.standard_body'), ({ service: s }) => s.register?.standard_body),
    enumColumn('register_payment', serviceField('register.payment_in_register'), enumerations.paymentKind, ({ service: s }) => s.register?.payment_in_register),
    ...localized<ServiceFacts>('register_name', serviceField('register.name_in_register'), ({ service: s }) => s.register?.name_in_register),
    enumColumn('payment_kind', serviceField('payment.kind'), enumerations.paymentKind, ({ service: s }) => s.payment?.kind),
    column('payment_fee_undocumented', 'boolean', `${serviceField('payment.fee_undocumented')} false otherwise; empty when the payment is not documented.`, ({ service: s }) =>
      s.payment ? (s.payment.fee_undocumented ?? false) : undefined,
    ),
    ...localized<ServiceFacts>('payment_text', serviceField('payment.text'), ({ service: s }) => s.payment?.text),
    column('fee_count', 'integer', 'Number of fees (rows in fees.csv).', (f) => f.fees.length),
    column('standard_approved_by', 'string', serviceField('standard.approved_by'), ({ service: s }) => s.standard?.approved_by),
    column('provider_agencies', 'string', serviceField('standard.provider.agencies') + idList, ({ service: s }) => ids(s.standard?.provider?.agencies)),
    column('complaint_agencies', 'string', serviceField('standard.complaints.agencies') + idList, ({ service: s }) => ids(s.standard?.complaints?.agencies)),
    column('document_count', 'integer', 'Number of required documents (rows in documents.csv).', ({ service: s }) => s.standard?.documents?.items?.length ?? 0),
    column(
      'documents_complete',
      'boolean',
      'false when the source list of documents is known to be cut off or partial, true otherwise; empty when the documents section is not documented.',
      ({ service: s }) => (s.standard?.documents ? (s.standard.documents.complete ?? true) : undefined),
    ),
    column('channel_count', 'integer', 'Number of channels (rows in channels.csv).', (f) => f.channels.length),
    column(
      'refusal_ground_count',
      'integer',
      'Number of listed grounds for refusal (the grounds themselves are in services.json).',
      ({ service: s }) => s.standard?.refusal_grounds?.items?.length ?? 0,
    ),
    ...sectionKeys.flatMap((key) => [
      ...localized<ServiceFacts>(`${key}_text`, `${serviceField(`standard.${key}`)} ${serviceField(`standard.${key}.text`)}`, ({ service: s }) => s.standard?.[key]?.text),
      column<ServiceFacts>(`${key}_as_of`, 'date', `${serviceField(`standard.${key}.as_of`)} (${key} section)`, ({ service: s }) => s.standard?.[key]?.as_of),
    ]),
    column('procedure_approved_by', 'string', serviceField('procedure.approved_by'), ({ service: s }) => s.procedure?.approved_by),
    column('step_count', 'integer', 'Number of procedure steps (rows in steps.csv).', ({ service: s }) => s.procedure?.steps.length ?? 0),
    column('retired_date', 'date', serviceField('retired.date'), ({ service: s }) => s.retired?.date),
    column('retired_act', 'string', serviceField('retired.act'), ({ service: s }) => s.retired?.act),
    column('retired_replaced_by', 'string', serviceField('retired.replaced_by'), ({ service: s }) => s.retired?.replaced_by),
    ...localized<ServiceFacts>('note', serviceField('note'), ({ service: s }) => s.note),
  ],
  rows: (site) => site.registry.services.map((record) => site.facts.get(record.id)!),
});

type DocumentRow = ServiceItem<NonNullable<NonNullable<NonNullable<Service['standard']>['documents']>['items']>[number]>;
const documents = defineTable<DocumentRow>({
  name: 'documents',
  primaryKey: ['service_id', 'position'],
  foreignKeys: [{ fields: 'service_id', table: 'services' }],
  columns: [
    ...serviceKey(),
    ...localized<DocumentRow>('name', serviceField('standard.documents.items.name'), (r) => r.item.name),
    ...localized<DocumentRow>('detail', serviceField('standard.documents.items.detail'), (r) => r.item.detail),
    ...localized<DocumentRow>('condition', serviceField('standard.documents.items.condition'), (r) => r.item.condition),
  ],
  rows: (site) => itemsOf(site, (s) => s.standard?.documents?.items),
});

type FeeRow = FeeFact & { service: Service };
const fees = defineTable<FeeRow>({
  name: 'fees',
  filters: ['currency', 'amount'],
  primaryKey: ['service_id', 'position'],
  foreignKeys: [
    { fields: 'service_id', table: 'services' },
    { fields: 'act_id', table: 'acts' },
  ],
  columns: [
    ...serviceKey(),
    column('amount', 'number', serviceField('payment.fees.amount'), (r) => r.fee.amount),
    enumColumn('currency', serviceField('payment.fees.currency'), enumerations.currency, (r) => r.fee.currency),
    ...localized<FeeRow>('for', serviceField('payment.fees.for'), (r) => r.fee.for),
    column('within_amount', 'number', `${serviceField('payment.fees.within')} Amount.`, (r) => r.fee.within?.amount),
    enumColumn('within_unit', `${serviceField('payment.fees.within')} Unit.`, enumerations.timeUnit, (r) => r.fee.within?.unit),
    column('act_id', 'string', serviceField('payment.fees.act'), (r) => r.fee.act),
    column('as_of', 'date', serviceField('payment.fees.as_of'), (r) => r.fee.as_of),
    ...localized<FeeRow>('note', 'Note on this fee.', (r) => r.fee.note),
  ],
  rows: (site) => factItems(site, (facts) => facts.fees),
});

type StepRow = ServiceItem<NonNullable<Service['procedure']>['steps'][number]>;
const steps = defineTable<StepRow>({
  name: 'steps',
  primaryKey: ['service_id', 'position'],
  foreignKeys: [{ fields: 'service_id', table: 'services' }],
  columns: [
    ...serviceKey(),
    ...localized<StepRow>('title', serviceField('procedure.steps.title'), (r) => r.item.title),
    ...localized<StepRow>('detail', 'Details of this step.', (r) => r.item.detail),
    ...localized<StepRow>('actor', serviceField('procedure.steps.actor'), (r) => r.item.actor),
    column('time_limit_amount', 'number', `${serviceField('procedure.steps.time_limit')} Amount.`, (r) => r.item.time_limit?.amount),
    enumColumn('time_limit_unit', `${serviceField('procedure.steps.time_limit')} Unit.`, enumerations.timeUnit, (r) => r.item.time_limit?.unit),
  ],
  rows: (site) => itemsOf(site, (s) => s.procedure?.steps),
});

type ChannelRow = ChannelFact & { service: Service };
const channels = defineTable<ChannelRow>({
  name: 'channels',
  filters: ['kind'],
  primaryKey: ['service_id', 'position'],
  foreignKeys: [{ fields: 'service_id', table: 'services' }],
  columns: [
    ...serviceKey(),
    enumColumn('kind', serviceField('standard.channels.items.kind'), enumerations.channelKind, (r) => r.channel.kind),
    column('url', 'string', serviceField('standard.channels.items.url'), (r) => r.channel.url, 'uri'),
    ...localized<ChannelRow>('text', serviceField('standard.channels.items.text'), (r) => r.channel.text),
  ],
  rows: (site) => factItems(site, (facts) => facts.channels),
});

interface SourceRow {
  kind: string;
  id: string;
  field: string;
  position: number;
  source: Source;
}

/** Where a sources list is, as the table says it: a dotted path with list positions from 1 ("payment.fees.2.sources"). */
const sourcesListField = (path: readonly (string | number)[]): string => path.map((part) => (typeof part === 'number' ? String(part + 1) : part)).join('.');

const sourceField = (path: string) => describeField(source, path);
const sourcesListPath = 'Where in the record the sources list is, as a dotted path with list positions from 1, e.g. "standard.documents.sources" or "payment.fees.2.sources".';
const sources = defineTable<SourceRow>({
  name: 'sources',
  filters: ['record_kind', 'record_id'],
  primaryKey: ['record_kind', 'record_id', 'field', 'position'],
  foreignKeys: [{ fields: 'act_id', table: 'acts' }],
  columns: [
    column('record_kind', 'string', `Kind of record the source belongs to: ${recordKindNames.join(', ')} (the table of that name).`, (r) => r.kind),
    column('record_id', 'string', 'Id of that record.', (r) => r.id),
    column('field', 'string', sourcesListPath, (r) => r.field),
    column('position', 'integer', 'Position in that sources list, from 1.', (r) => r.position),
    column('url', 'string', sourceField('url'), (r) => r.source.url, 'uri'),
    column('act_id', 'string', sourceField('act'), (r) => r.source.act),
    column('article', 'string', sourceField('article'), (r) => r.source.article),
    column('title', 'string', sourceField('title'), (r) => r.source.title),
    column('date', 'date', sourceField('date'), (r) => r.source.date),
    column('checked', 'date', sourceField('checked'), (r) => r.source.checked),
    column('quote', 'string', sourceField('quote'), (r) => r.source.quote),
    column('note', 'string', sourceField('note'), (r) => r.source.note),
    column('archived_url', 'string', sourceField('archived_url'), (r) => r.source.archived_url, 'uri'),
  ],
  rows({ registry }) {
    const rows: SourceRow[] = [];
    for (const kind of recordKindNames) {
      for (const record of registry[kind]) {
        // Keys in alphabetical order: the order of the JSON files. (An assessment's Markdown "body" is
        // text, so no sources list is found in it.)
        for (const { source, path } of sourcesIn(record, [], { sortedKeys: true })) {
          rows.push({ kind, id: record.id, field: sourcesListField(path.slice(0, -1)), position: (path.at(-1) as number) + 1, source: source as Source });
        }
      }
    }
    return rows;
  },
});

const agencyField = (path: string) => describeField(agency, path);
const agencies = defineTable<Registry['agencies'][number]>({
  name: 'agencies',
  filters: ['kind'],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: 'parent', table: 'agencies' },
    { fields: 'municipality', table: 'municipalities' },
    { fields: 'succeeded_by', table: 'agencies' },
  ],
  columns: [
    column('id', 'string', agencyField('id'), (a) => a.id),
    enumColumn('kind', agencyField('kind'), enumerations.agencyKind, (a) => a.kind),
    ...localized<Registry['agencies'][number]>('name', agencyField('name'), (a) => a.name, ['ky', 'ru', 'en']),
    ...localized<Registry['agencies'][number]>('short_name', agencyField('short_name'), (a) => a.short_name),
    column('parent', 'string', agencyField('parent'), (a) => a.parent),
    column('municipality', 'string', agencyField('municipality'), (a) => a.municipality),
    column('website', 'string', agencyField('website'), (a) => a.website, 'uri'),
    column('succeeded_by', 'string', agencyField('succeeded_by'), (a) => a.succeeded_by),
    column('abolished', 'date', agencyField('abolished'), (a) => a.abolished),
    ...localized<Registry['agencies'][number]>('note', agencyField('note'), (a) => a.note),
  ],
  rows: ({ registry }) => registry.agencies,
});

const actField = (path: string) => describeField(act, path);
const acts = defineTable<Registry['acts'][number]>({
  name: 'acts',
  filters: ['type', 'status'],
  primaryKey: ['id'],
  foreignKeys: [{ fields: 'issuer', table: 'agencies' }],
  columns: [
    column('id', 'string', actField('id'), (a) => a.id),
    enumColumn('type', actField('type'), enumerations.actType, (a) => a.type),
    column('number', 'string', actField('number'), (a) => a.number),
    column('date', 'date', actField('date'), (a) => a.date),
    ...localized<Registry['acts'][number]>('title', actField('title'), (a) => a.title, ['ky', 'ru', 'en']),
    column('issuer', 'string', actField('issuer'), (a) => a.issuer),
    enumColumn('status', actField('status'), enumerations.actStatus, (a) => a.status),
    column('url', 'string', `${actField('urls')} The first address.`, (a) => a.urls?.[0]?.url, 'uri'),
    column('change_count', 'integer', `Number of ${actField('changes').toLowerCase()} (listed in acts.json).`, (a) => a.changes?.length ?? 0),
    ...localized<Registry['acts'][number]>('note', actField('note'), (a) => a.note),
  ],
  rows: ({ registry }) => registry.acts,
});

const municipalityField = (path: string) => describeField(municipality, path);
const municipalities = defineTable<Registry['municipalities'][number]>({
  name: 'municipalities',
  filters: ['level'],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: 'parent', table: 'municipalities' },
    { fields: 'local_register_approved_by', table: 'acts' },
  ],
  columns: [
    column('id', 'string', municipalityField('id'), (m) => m.id),
    column('soate', 'string', municipalityField('soate'), (m) => m.soate),
    enumColumn('level', municipalityField('level'), enumerations.municipalityLevel, (m) => m.level),
    ...localized<Registry['municipalities'][number]>('name', municipalityField('name'), (m) => m.name, ['ky', 'ru', 'en']),
    column('parent', 'string', municipalityField('parent'), (m) => m.parent),
    column('local_register_approved_by', 'string', municipalityField('local_register.approved_by'), (m) => m.local_register?.approved_by),
    column('local_register_as_of', 'date', 'Date the local register was true according to its sources.', (m) => m.local_register?.as_of),
    ...localized<Registry['municipalities'][number]>('note', 'Note on this unit.', (m) => m.note),
  ],
  rows: ({ registry }) => registry.municipalities,
});

type LocalRegisterRow = LocalRegisterEntry & { municipality: string };

const localRegisters = defineTable<LocalRegisterRow>({
  name: 'local_registers',
  filters: ['origin'],
  primaryKey: ['municipality_id', 'service_id'],
  foreignKeys: [
    { fields: 'municipality_id', table: 'municipalities' },
    { fields: 'service_id', table: 'services' },
  ],
  columns: [
    column('municipality_id', 'string', 'Id of the municipality (municipalities.id).', (r) => r.municipality),
    column('service_id', 'string', 'Id of the service (services.id).', (r) => r.service.id),
    enumColumn('origin', 'Why the service is in the local register.', enumerations.localRegisterOrigin, (r) => r.origin),
    ...localized<LocalRegisterRow>('note', 'Note on this entry.', (r) => r.entry?.note),
  ],
  *rows({ registry }) {
    for (const record of registry.municipalities) {
      for (const entry of registry.relations.localRegister.get(record.id) ?? []) yield { ...entry, municipality: record.id };
    }
  },
});

const assessmentField = (path: string) => describeField(assessment, path);
const assessments = defineTable<AssessmentRecord>({
  name: 'assessments',
  filters: ['kind'],
  primaryKey: ['id'],
  foreignKeys: [],
  columns: [
    column('id', 'string', assessmentField('id'), (a) => a.id),
    enumColumn('kind', assessmentField('kind'), enumerations.assessmentKind, (a) => a.kind),
    ...localized<AssessmentRecord>('title', 'Title of the assessment.', (a) => a.title),
    column('assessors_ky', 'string', `${assessmentField('assessors')} (Kyrgyz.)${textList}`, (a) => texts(a.assessors.flatMap((x) => (x.ky ? [x.ky] : [])))),
    column('assessors_ru', 'string', `${assessmentField('assessors')} (Russian.)${textList}`, (a) => texts(a.assessors.flatMap((x) => (x.ru ? [x.ru] : [])))),
    column('published', 'date', assessmentField('published'), (a) => a.published),
    column('year', 'integer', assessmentField('year'), (a) => a.year),
    ...localized<AssessmentRecord>('period', assessmentField('period'), (a) => a.period),
    ...localized<AssessmentRecord>('method', assessmentField('method'), (a) => a.method),
    enumColumn('language', assessmentField('language'), enumerations.textLanguage, (a) => a.language),
    column('services', 'string', assessmentField('services') + idList, (a) => ids(a.services)),
    column('finding_count', 'integer', 'Number of findings (listed in assessments.json).', (a) => a.findings?.length ?? 0),
  ],
  rows: ({ registry }) => registry.assessments,
});

const categories = defineTable<Registry['categories'][number]>({
  name: 'categories',
  primaryKey: ['id'],
  foreignKeys: [],
  columns: [
    column('id', 'string', 'Stable id of the category.', (c) => c.id),
    ...localized<Registry['categories'][number]>('name', describeField(category, 'name'), (c) => c.name),
    ...localized<Registry['categories'][number]>('description', 'What the category covers.', (c) => c.description),
  ],
  rows: ({ registry }) => registry.categories,
});

interface IdListRow {
  owner: string;
  position: number;
  target: string;
}

/**
 * A list of ids inside records as a join table, one row per id in the record's order: what the
 * ";"-separated cell of the main table holds, in a form a database joins and indexes.
 */
function idListTable(spec: {
  name: string;
  owner: { column: string; table: string; description: string };
  target: { column: string; table: string; description: string };
  lists: (site: SiteModel) => Iterable<{ owner: string; ids: readonly string[] }>;
}): ExportTable<IdListRow> {
  return defineTable<IdListRow>({
    name: spec.name,
    primaryKey: [spec.owner.column, 'position'],
    foreignKeys: [
      { fields: spec.owner.column, table: spec.owner.table },
      { fields: spec.target.column, table: spec.target.table },
    ],
    columns: [
      column(spec.owner.column, 'string', spec.owner.description, (r) => r.owner),
      column('position', 'integer', "Position in the record's list, from 1.", (r) => r.position),
      column(spec.target.column, 'string', spec.target.description, (r) => r.target),
    ],
    *rows(site) {
      for (const { owner, ids } of spec.lists(site)) for (let index = 0; index < ids.length; index++) yield { owner, position: index + 1, target: ids[index]! };
    },
  });
}

const serviceOwner = { column: 'service_id', table: 'services', description: 'Id of the service (services.id).' };
const factsOf = (site: SiteModel) => site.registry.services.map((record) => site.facts.get(record.id)!);

const serviceProviders = idListTable({
  name: 'service_providers',
  owner: serviceOwner,
  target: { column: 'agency_id', table: 'agencies', description: 'Id of a body that provides the service (agencies.id).' },
  lists: (site) => factsOf(site).map((facts) => ({ owner: facts.service.id, ids: facts.providers.map((agency) => agency.id) })),
});

const serviceComplaintAgencies = idListTable({
  name: 'service_complaint_agencies',
  owner: serviceOwner,
  target: { column: 'agency_id', table: 'agencies', description: 'Id of a body that hears complaints (agencies.id).' },
  lists: (site) => factsOf(site).map((facts) => ({ owner: facts.service.id, ids: facts.complaintBodies.map((agency) => agency.id) })),
});

const serviceCategories = idListTable({
  name: 'service_categories',
  owner: serviceOwner,
  target: { column: 'category_id', table: 'categories', description: 'Id of the life-situation category (categories.id).' },
  lists: (site) => site.registry.services.map((record) => ({ owner: record.id, ids: record.categories })),
});

const assessmentServices = idListTable({
  name: 'assessment_services',
  owner: { column: 'assessment_id', table: 'assessments', description: 'Id of the assessment (assessments.id).' },
  target: { column: 'service_id', table: 'services', description: 'Id of a service it assessed (services.id).' },
  lists: ({ registry }) => registry.assessments.map((record) => ({ owner: record.id, ids: record.services ?? [] })),
});

type FeeBasisRow = { service: Service; fee: number; act: string };
const feeBasis = defineTable<FeeBasisRow>({
  name: 'fee_basis',
  primaryKey: ['service_id', 'fee_position', 'act_id'],
  foreignKeys: [
    { fields: 'service_id', table: 'services' },
    { fields: 'act_id', table: 'acts' },
  ],
  columns: [
    column('service_id', 'string', 'Id of the service (services.id).', (r) => r.service.id),
    column('fee_position', 'integer', 'Position of the fee in fees.csv (fees.position).', (r) => r.fee),
    column('act_id', 'string', 'Id of the act (acts.id).', (r) => r.act),
  ],
  *rows(site) {
    for (const facts of factsOf(site)) for (const { position, basis } of facts.fees) for (const act of basis) yield { service: facts.service, fee: position, act };
  },
});

/**
 * The CSV tables of the open data, in the order they are published. Adding a table is one entry
 * here: the CSV, the Table Schema, SQLite and the field dictionary all follow this list.
 */
export const exportTables: ExportTable[] = [
  services,
  documents,
  fees,
  feeBasis,
  steps,
  channels,
  sources,
  agencies,
  acts,
  municipalities,
  localRegisters,
  assessments,
  categories,
  serviceProviders,
  serviceComplaintAgencies,
  serviceCategories,
  assessmentServices,
  flagsTable,
  scorecardsTable,
  surveyAnswersTable,
];
