import { act, agency, assessment, categories, generalRule, mostNeeded, municipality, registers, type Service, searchPins, service } from '../../schemas/index.ts';
import { datedFacts } from './dated-facts.ts';
import type { FieldPath } from './read-record-file.ts';
import { actReferences, agencyReferences, assessmentReferences, generalRuleReferences, municipalityReferences, serviceReferences } from './references.ts';

/**
 * Every kind of registry record, declared once: where its files live, the schema that checks them,
 * what a volunteer calls it, the fields that name other records, and the model's lists and lookups
 * that hold it. The loader, validator, exports, history, feed, diff and the site's record pages
 * (src/lib/site/record-paths.ts) all read this table; a new kind is one entry here.
 */
export const recordKinds = {
  services: { folder: 'services', extension: '.yaml', schema: service, schemaName: 'service', noun: 'service', lookup: 'service', references: serviceReferences },
  agencies: { folder: 'agencies', extension: '.yaml', schema: agency, schemaName: 'agency', noun: 'agency', lookup: 'agency', references: agencyReferences },
  acts: { folder: 'acts', extension: '.yaml', schema: act, schemaName: 'act', noun: 'legal act', lookup: 'act', references: actReferences },
  municipalities: {
    folder: 'municipalities',
    extension: '.yaml',
    schema: municipality,
    schemaName: 'municipality',
    noun: 'municipality',
    lookup: 'municipality',
    references: municipalityReferences,
  },
  assessments: {
    folder: 'assessments',
    extension: '.md',
    schema: assessment,
    schemaName: 'assessment',
    noun: 'assessment',
    lookup: 'assessment',
    references: assessmentReferences,
  },
  generalRules: {
    folder: 'general-rules',
    extension: '.yaml',
    schema: generalRule,
    schemaName: 'general-rule',
    noun: 'general rule',
    lookup: 'generalRule',
    references: generalRuleReferences,
  },
} as const;

/** Fields whose lines are found as a kind's files are read, because warnings name them in every validation. */
export const fieldsLocatedOnRead: Partial<Record<RecordKind, (data: never) => FieldPath[]>> = {
  services: (data: Service) => datedFacts(data).map((fact) => fact.path),
};

/** Small taxonomy files at the top of the registry, each a list of entries with ids. */
export const taxonomyFiles = {
  categories: { file: 'categories.yaml', schema: categories, schemaName: 'categories', noun: 'category' },
  registers: { file: 'registers.yaml', schema: registers, schemaName: 'registers', noun: 'register' },
  searchPins: { file: 'search-pins.yaml', schema: searchPins, schemaName: 'search-pins', noun: 'search pin' },
  mostNeeded: { file: 'most-needed.yaml', schema: mostNeeded, schemaName: 'most-needed', noun: 'most-needed service' },
} as const;

export type RecordKind = keyof typeof recordKinds;
export type TaxonomyKind = keyof typeof taxonomyFiles;
export const recordKindNames = Object.keys(recordKinds) as RecordKind[];

/** Where a volunteer finds a record of a kind: "registry/services/<id>.yaml". */
export const recordFilePattern = (kind: RecordKind, id = '<id>') => `registry/${recordKinds[kind].folder}/${id}${recordKinds[kind].extension}`;
