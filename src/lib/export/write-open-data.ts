import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteModel } from '../site-model/site-model.ts';
import { cpsvContext, cpsvNodes } from './cpsv-ap.ts';
import { dataPackage } from './datapackage.ts';
import { exportTables } from './export-tables.ts';
import { jsonCollections, publishedJsonSchemas } from './json-collections.ts';
import { writeSqlite } from './sqlite.ts';
import { stableJson, stableJsonFile } from './stable-json.ts';
import { apiIndexes } from './static-api.ts';
import { tableCsvChunks } from './to-csv.ts';

export interface OpenDataTargets {
  /** Folder for /data/: CSV, JSON, datapackage.json, schemas/, registry.sqlite, services.jsonld. */
  dataDir: string;
  /** Folder for /api/v1/. */
  apiDir: string;
  /** Site address, the base of the JSON-LD identifiers. */
  siteUrl: string;
}

/** Writes text pieces to a file one after another, so big files never sit in memory whole. */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const file = openSync(path, 'w');
  try {
    for (const chunk of chunks) writeSync(file, chunk);
  } finally {
    closeSync(file);
  }
}

/** A JSON array with one record per line: small diffs between versions, and streamable. */
function* jsonArrayLines(records: Iterable<object>): Iterable<string> {
  let first = true;
  for (const record of records) {
    yield `${first ? '[\n' : ',\n'}${stableJson(record)}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/**
 * Writes the whole open data from the site model: the CSV tables and their datapackage.json,
 * the JSON files and their schemas, registry.sqlite, services.jsonld and the static API.
 * Every file is a pure function of the model and the registry's version, so two runs give the same bytes.
 * Returns the number of rows written per table.
 */
export function writeOpenData(site: SiteModel, targets: OpenDataTargets): Record<string, number> {
  const { dataDir, apiDir, siteUrl } = targets;
  const { registry, version } = site;
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(apiDir, { recursive: true, force: true });
  mkdirSync(join(dataDir, 'schemas'), { recursive: true });
  mkdirSync(join(apiDir, 'services'), { recursive: true });

  // 1. CSV tables, then the package that describes them. Rows are computed once for CSV and SQLite.
  const tables = exportTables.map((table) => ({ table, rows: [...table.rows(site)] }));
  for (const { table, rows } of tables) writeChunks(join(dataDir, `${table.name}.csv`), tableCsvChunks(table, rows));
  writeFileSync(join(dataDir, 'datapackage.json'), stableJsonFile(dataPackage(version)));

  // 2. JSON files, and the schemas they validate against.
  for (const collection of jsonCollections) writeChunks(join(dataDir, collection.file), jsonArrayLines(collection.records(registry)));
  for (const [file, schema] of Object.entries(publishedJsonSchemas())) writeFileSync(join(dataDir, 'schemas', file), stableJsonFile(schema));

  // 3. SQLite, the same tables with keys.
  writeSqlite(tables, version, join(dataDir, 'registry.sqlite'));

  // 4. CPSV-AP JSON-LD.
  writeChunks(join(dataDir, 'services.jsonld'), cpsvDocument(site, siteUrl));

  // 5. Static API: one file per service, and the indexes.
  for (const service of registry.services) writeFileSync(join(apiDir, 'services', `${service.id}.json`), stableJsonFile(service));
  for (const [file, entries] of Object.entries(apiIndexes(registry))) writeChunks(join(apiDir, file), jsonArrayLines(entries));
  return Object.fromEntries(tables.map(({ table, rows }) => [table.name, rows.length]));
}

function* cpsvDocument(site: SiteModel, siteUrl: string): Iterable<string> {
  yield `{\n"@context": ${stableJson(cpsvContext(siteUrl))},\n"@graph": `;
  yield* jsonArrayLines(cpsvNodes(site));
  yield '}\n';
}
