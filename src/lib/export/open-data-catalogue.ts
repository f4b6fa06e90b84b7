import type { Lang } from '../../i18n/locales.ts';
import { codeLists, conceptTerm, extensionTerms } from './cpsv-ap.ts';
import { otherDataFiles } from './datapackage.ts';
import { exportTables } from './export-tables.ts';
import type { ExportTable } from './table-contract.ts';

/** One published file and what it holds, for the open-data pages. */
export interface CatalogueEntry {
  file: string;
  /** What the file holds, in English. */
  description: string;
  /** Its title in the site's languages, where the file has one (the CSV tables). */
  titles?: Record<Lang, string>;
}

const tableEntry = (table: ExportTable): CatalogueEntry => ({
  file: `${table.name}.csv`,
  description: table.description,
  titles: { ky: table.translations.ky.title, ru: table.translations.ru.title },
});

/** Every file in /data/, the workbook and the CSV tables first, described from the same contracts the files are written from. */
export const dataCatalogue: CatalogueEntry[] = [
  otherDataFiles[0]!,
  ...exportTables.map(tableEntry),
  { file: 'statistics/', description: 'The numbers of each chart of the statistics page, one CSV per chart (in datapackage.json).' },
  {
    file: 'datapackage.json',
    description: 'Frictionless Data Package: a Table Schema for every CSV (types, descriptions, allowed values, keys), the licence, sources and version.',
  },
  ...otherDataFiles.slice(1),
].map((entry) => ('path' in entry ? { file: entry.path, description: entry.description } : entry));

/** The field dictionary of one table: every column with its type, meaning, allowed values and reference. */
export const fieldDictionary = (table: ExportTable) => ({
  table: table.name,
  title: table.title,
  description: table.description,
  translations: table.translations,
  primaryKey: table.primaryKey,
  columns: table.columns.map(({ name, type, description, enumeration }) => ({
    name,
    type,
    description,
    values: enumeration?.values.map((value) => ({ value, meaning: enumeration.explain[value]! })),
    references: table.foreignKeys.find((key) => key.fields === name)?.table,
  })),
});

/** The tables the field dictionary has a page for: every CSV table of /data/. */
export const dictionaryTables = exportTables;

/** The kyzmat terms of services.jsonld that CPSV-AP lacks. */
export const jsonLdExtensionTerms = Object.entries(extensionTerms).map(([term, description]) => ({ term, description }));

/** The concepts of kyzmat's own code lists, by list. */
export const jsonLdCodeLists = Object.entries(codeLists).map(([list, { description, values }]) => ({
  list,
  description,
  concepts: values.map((value) => ({ term: conceptTerm(list as keyof typeof codeLists, value), value })),
}));

/** Static API files, relative to /api/v1/. */
export const apiCatalogue: CatalogueEntry[] = [
  { file: 'services.json', description: 'Index of services: id, name, level, status, the address of the full record and of its pages.' },
  { file: 'services/<id>.json', description: 'One service, complete (validates against data/schemas/service.schema.json).' },
  { file: 'agencies.json', description: 'Index of bodies: id, name, pages.' },
  { file: 'acts.json', description: "Index of legal acts: id, name (the act's title, by language), status, pages." },
  { file: 'municipalities.json', description: 'Index of administrative units: id, name, level, pages.' },
];
