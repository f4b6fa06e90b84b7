import { repository } from '../../site-config.ts';
import { versionLabel, type DataVersion } from '../history/registry-version.ts';
import { exportTables, idListSeparator } from './export-tables.ts';
import { jsonCollections } from './json-collections.ts';
import { formulaEscapeRule } from './spreadsheet-escape.ts';
import { csvDialect } from './to-csv.ts';
import type { ExportTable } from './table-contract.ts';

export const dataLicence = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' };

/** Credit the administrative-divisions data requires wherever municipalities are published. */
export const adminDivisionsCredit =
  'Data from Open Admin Data (https://openadmindata.org/kg/) — CC-BY-4.0. Please cite: https://github.com/open-admin-data/kyrgyzstan-administrative-divisions';

const adminDivisionsSource = {
  title: 'Open Admin Data: administrative divisions of Kyrgyzstan (derived from OCHA COD-AB Kyrgyzstan, MoES 2018 boundaries; not an official SOATE publication)',
  path: 'https://github.com/open-admin-data/kyrgyzstan-administrative-divisions',
  licence: 'CC-BY-4.0',
};

/** The other files published beside the CSV tables (not tabular, so listed apart from "resources"). */
export const otherDataFiles = [
  ...jsonCollections.map(({ file, description }) => ({ path: file, description })),
  { path: 'registry.sqlite', description: 'All CSV tables as one SQLite database with primary and foreign keys (values unescaped), for sqlite3 or Datasette.' },
  { path: 'services.jsonld', description: 'All services in the EU Core Public Service Vocabulary (CPSV-AP) as JSON-LD.' },
  { path: 'schemas/', description: 'JSON Schemas of every record kind and JSON file.' },
];

/** A Table Schema (https://specs.frictionlessdata.io/table-schema/) for one export table. */
export function tableSchema(table: ExportTable): object {
  return {
    fields: table.columns.map((column) => ({
      name: column.name,
      type: column.type,
      ...(column.format ? { format: column.format } : {}),
      description: column.description,
      ...(table.primaryKey.includes(column.name) ? { constraints: { required: true } } : {}),
    })),
    primaryKey: table.primaryKey,
    // The standard allows no empty list; a reference to the same table has an empty resource name.
    ...(table.foreignKeys.length === 0
      ? {}
      : { foreignKeys: table.foreignKeys.map(({ fields, table: target }) => ({ fields, reference: { resource: target === table.name ? '' : target, fields: 'id' } })) }),
    missingValues: [''],
  };
}

/** datapackage.json: a Frictionless Tabular Data Package describing every CSV table. */
export function dataPackage(version: DataVersion): object {
  return {
    profile: 'tabular-data-package',
    name: 'kyzmat-registry',
    title: 'kyzmat: open registry of state and municipal services of the Kyrgyz Republic',
    description: [
      'Every service, its 15-section standard, fees, procedure and sources, with the bodies, legal acts, municipalities and assessments behind them, in Kyrgyz (_ky) and Russian (_ru) side by side.',
      'CSV: RFC 4180, UTF-8 without byte-order mark, CRLF line ends, a header row; an empty cell means "not documented".',
      `Lists of ids in one cell are separated by "${idListSeparator}"; lists of text by a line feed.`,
      `Spreadsheet safety: ${formulaEscapeRule}`,
      `Municipalities: ${adminDivisionsCredit}`,
    ].join('\n\n'),
    homepage: repository.url,
    version: versionLabel(version),
    ...(version.date === 'unknown' ? {} : { created: version.date }),
    kyzmat_commit: version.commit,
    licenses: [dataLicence],
    sources: [{ title: 'kyzmat registry (reviewed YAML and Markdown records)', path: repository.url }, adminDivisionsSource],
    keywords: ['Kyrgyzstan', 'public services', 'government services', 'municipal services', 'CPSV-AP'],
    kyzmat_csv_formula_escaping: formulaEscapeRule,
    kyzmat_other_files: otherDataFiles,
    resources: exportTables.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `${table.name}.csv`,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: csvDialect,
      schema: tableSchema(table),
      ...(table.name === 'municipalities' ? { sources: [adminDivisionsSource], licenses: [dataLicence] } : {}),
    })),
  };
}
