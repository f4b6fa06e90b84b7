import { agency, act, assessment, categories, municipality, registers, searchPins, service } from '../../schemas/index.ts';

/** The folders of the registry: one record per file, file name = id. */
export const recordKinds = {
  services: { folder: 'services', extension: '.yaml', schema: service, schemaName: 'service' },
  agencies: { folder: 'agencies', extension: '.yaml', schema: agency, schemaName: 'agency' },
  acts: { folder: 'acts', extension: '.yaml', schema: act, schemaName: 'act' },
  municipalities: { folder: 'municipalities', extension: '.yaml', schema: municipality, schemaName: 'municipality' },
  assessments: { folder: 'assessments', extension: '.md', schema: assessment, schemaName: 'assessment' },
} as const;

/** Small taxonomy files at the top of the registry, each a list of entries with ids. */
export const taxonomyFiles = {
  categories: { file: 'categories.yaml', schema: categories, schemaName: 'categories' },
  registers: { file: 'registers.yaml', schema: registers, schemaName: 'registers' },
  searchPins: { file: 'search-pins.yaml', schema: searchPins, schemaName: 'search-pins' },
} as const;

export type RecordKind = keyof typeof recordKinds;
export type TaxonomyKind = keyof typeof taxonomyFiles;
export const recordKindNames = Object.keys(recordKinds) as RecordKind[];
