import { repository } from '../../site-config.ts';
import { type DataVersion, versionLabel } from '../history/registry-version.ts';
import { exportTables, idListSeparator } from './export-tables.ts';
import { jsonCollections } from './json-collections.ts';
import { formulaEscapeRule } from './spreadsheet-escape.ts';
import type { ExportTable } from './table-contract.ts';
import { csvDialect } from './to-csv.ts';

export const dataLicence = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' };

/** Credit the administrative-divisions data requires wherever municipalities are published. */
export const adminDivisionsCredit =
  'Data from Open Admin Data (https://openadmindata.org/kg/) — CC-BY-4.0. Please cite: https://github.com/open-admin-data/kyrgyzstan-administrative-divisions';

const adminDivisionsSource = {
  title: 'Open Admin Data: administrative divisions of Kyrgyzstan (derived from OCHA COD-AB Kyrgyzstan, MoES 2018 boundaries; not an official SOATE publication)',
  path: 'https://github.com/open-admin-data/kyrgyzstan-administrative-divisions',
  licence: 'CC-BY-4.0',
};

/** The data set's title and one-line description in each language. */
export const dataSetTitle = {
  en: 'kyzmat: open registry of state and municipal services of the Kyrgyz Republic',
  ky: 'kyzmat: Кыргыз Республикасынын мамлекеттик жана муниципалдык кызмат көрсөтүүлөрүнүн ачык реестри',
  ru: 'kyzmat: открытый реестр государственных и муниципальных услуг Кыргызской Республики',
};
export const dataSetSummary = {
  en: 'Every service, its 15-section standard, fees, procedure and sources, with the bodies, legal acts, municipalities and assessments behind them, in Kyrgyz (_ky) and Russian (_ru) side by side.',
  ky: 'Ар бир кызмат көрсөтүү, анын 15 бөлүмдөн турган стандарты, төлөмдөрү, жол-жобосу жана булактары, аларды көрсөткөн органдар, ченемдик актылар, муниципалитеттер жана баалоолор менен — кыргыз (_ky) жана орус (_ru) тилдеринде катар.',
  ru: 'Каждая услуга, её стандарт из 15 разделов, платы, процедура и источники, с органами, правовыми актами, муниципалитетами и оценками — на кыргызском (_ky) и русском (_ru) рядом.',
};

/** The other files published beside the CSV tables (not tabular, so listed apart from "resources"). */
export const otherDataFiles = [
  {
    path: 'registry.xlsx',
    description:
      'Every CSV table as one sheet of an Excel workbook: typed numbers and dates, ids as text, Cyrillic intact. Opens in Excel and LibreOffice without an import dialog.',
  },
  ...jsonCollections.map(({ file, description }) => ({ path: file, description })),
  { path: 'version.json', description: 'The data version (date and commit of the last change to the registry), the licence and how to cite.' },
  {
    path: 'registry.sqlite',
    description:
      'All CSV tables as one SQLite database (values unescaped) with keys, indexes, join tables, views for common questions and full-text search (services_fts), for sqlite3 or Datasette.',
  },
  { path: 'metadata.json', description: 'Datasette metadata for registry.sqlite: licence, source, table and column descriptions, and the documented research queries.' },
  {
    path: 'services.jsonld',
    description: 'All services in the EU Core Public Service Vocabulary Application Profile (CPSV-AP 3.2.0) as JSON-LD, with schema.org GovernmentService alongside.',
  },
  { path: 'schemas/', description: 'JSON Schemas of every record kind and JSON file.' },
];

/** A Table Schema (https://specs.frictionlessdata.io/table-schema/) for one export table. */
export function tableSchema(table: ExportTable): object {
  return {
    fields: table.columns.map((column) => {
      const constraints = {
        ...(table.primaryKey.includes(column.name) ? { required: true } : {}),
        ...(column.enumeration ? { enum: column.enumeration.values } : {}),
      };
      return {
        name: column.name,
        type: column.type,
        ...(column.format ? { format: column.format } : {}),
        // Booleans are written both ways, "true" and "false"; an empty cell is "not documented".
        ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
        description: column.description,
        ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
        // Table Schema v2 "categories": each value with its meaning, for tools that show labels.
        ...(column.enumeration ? { categories: column.enumeration.values.map((value) => ({ value, label: column.enumeration!.explain[value] })) } : {}),
      };
    }),
    primaryKey: table.primaryKey,
    // The standard allows no empty list; a reference to the same table has an empty resource name.
    ...(table.foreignKeys.length === 0
      ? {}
      : { foreignKeys: table.foreignKeys.map(({ fields, table: target }) => ({ fields, reference: { resource: target === table.name ? '' : target, fields: 'id' } })) }),
    missingValues: [''],
  };
}

/** A CSV table of the package: its file and its contract. */
export interface PackagedTable {
  table: ExportTable;
  path: string;
}

/** The CSV tables of the package: the open-data tables, then the statistics tables. */
export const packagedTables = (statistics: readonly ExportTable[]): PackagedTable[] => [
  ...exportTables.map((table) => ({ table, path: `${table.name}.csv` })),
  ...statistics.map((table) => ({ table, path: `statistics/${table.name}.csv` })),
];

/** datapackage.json: a Frictionless Tabular Data Package describing every CSV table. */
export function dataPackage(version: DataVersion, tables: readonly PackagedTable[]): object {
  return {
    profile: 'tabular-data-package',
    name: 'kyzmat-registry',
    title: dataSetTitle.en,
    kyzmat_title: dataSetTitle,
    description: [
      dataSetSummary.en,
      'CSV: RFC 4180, UTF-8 without byte-order mark, CRLF line ends, a header row; an empty cell means "not documented". Booleans are "true" or "false".',
      `Lists of ids in one cell are separated by "${idListSeparator}" (the join tables service_providers, service_categories... hold them one per row); lists of text by a line feed.`,
      'Amounts of fees are in their own currency (fees.currency): never add KGS and USD together.',
      `Spreadsheet safety: ${formulaEscapeRule}`,
      `Municipalities: ${adminDivisionsCredit}`,
    ].join('\n\n'),
    kyzmat_description: { ky: dataSetSummary.ky, ru: dataSetSummary.ru },
    homepage: repository.url,
    version: versionLabel(version),
    ...(version.date === 'unknown' ? {} : { created: version.date }),
    kyzmat_commit: version.commit,
    licenses: [dataLicence],
    sources: [{ title: 'kyzmat registry (reviewed YAML and Markdown records)', path: repository.url }, adminDivisionsSource],
    keywords: ['Kyrgyzstan', 'public services', 'government services', 'municipal services', 'CPSV-AP'],
    kyzmat_csv_formula_escaping: formulaEscapeRule,
    kyzmat_other_files: otherDataFiles,
    resources: tables.map(({ table, path }) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path,
      title: table.title,
      description: table.description,
      kyzmat_title: { ky: table.translations.ky.title, ru: table.translations.ru.title },
      kyzmat_description: { ky: table.translations.ky.description, ru: table.translations.ru.description },
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: csvDialect,
      schema: tableSchema(table),
      ...(table.name === 'municipalities' ? { sources: [adminDivisionsSource], licenses: [dataLicence] } : {}),
    })),
  };
}
