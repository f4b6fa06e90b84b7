import { otherDataFiles } from './datapackage.ts';
import { exportTables } from './export-tables.ts';
import { extensionTerms } from './cpsv-ap.ts';

/** One published file and what it holds, for the open-data pages. */
export interface CatalogueEntry {
  file: string;
  description: string;
}

/** Every file in /data/, CSV tables first, described from the same contracts the files are written from. */
export const dataCatalogue: CatalogueEntry[] = [
  ...exportTables.map((table) => ({ file: `${table.name}.csv`, description: table.description })),
  { file: 'datapackage.json', description: 'Frictionless Data Package: a Table Schema for every CSV (types, descriptions, keys), the licence, sources and version.' },
  ...otherDataFiles.map(({ path, description }) => ({ file: path, description })),
];

/** The field dictionary: every column of every CSV table (and SQLite table) with its type and meaning. */
export const fieldDictionary = exportTables.map((table) => ({
  table: table.name,
  description: table.description,
  primaryKey: table.primaryKey,
  columns: table.columns.map(({ name, type, description }) => ({
    name,
    type,
    description,
    references: table.foreignKeys.find((key) => key.fields === name)?.table,
  })),
}));

/** The kyzmat terms of services.jsonld that CPSV-AP lacks. */
export const jsonLdExtensionTerms = Object.entries(extensionTerms).map(([term, description]) => ({ term, description }));

/** Static API files, relative to /api/v1/. */
export const apiCatalogue: CatalogueEntry[] = [
  { file: 'services.json', description: 'Index of services: id, name, level, status, the address of the full record and of its pages.' },
  { file: 'services/<id>.json', description: 'One service, complete (validates against data/schemas/service.schema.json).' },
  { file: 'agencies.json', description: 'Index of bodies: id, name, pages.' },
  { file: 'acts.json', description: 'Index of legal acts: id, title, status, pages.' },
  { file: 'municipalities.json', description: 'Index of administrative units: id, name, level, pages.' },
];
