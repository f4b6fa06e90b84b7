import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Service } from '../../schemas/index.ts';
import { repository } from '../../site-config.ts';
import { versionLabel } from '../history/registry-version.ts';
import { chartCountsTable, statisticsCharts } from '../insight/statistics-charts.ts';
import type { OutputFile } from '../site/output-budget.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { cpsvContext, cpsvNodes } from './cpsv-ap.ts';
import { dataLicence, dataPackage, packagedTables } from './datapackage.ts';
import { exportTables } from './export-tables.ts';
import { identifiedRecords, idPage, idPageFile } from './id-pages.ts';
import { jsonCollections, publishedJsonSchemas } from './json-collections.ts';
import { citation } from './open-data-examples.ts';
import { datasetteMetadata, writeSqlite } from './sqlite.ts';
import { sortedCopy, sortedJson, sortedJsonFile, stableJson, stableJsonFile } from './stable-json.ts';
import { apiIndexes } from './static-api.ts';
import type { ExportTable } from './table-contract.ts';
import { tableCsvChunks } from './to-csv.ts';
import { writeXlsx } from './xlsx.ts';

export interface OpenDataTargets {
  /** Folder for /data/: CSV, XLSX, JSON, datapackage.json, schemas/, registry.sqlite, services.jsonld. */
  dataDir: string;
  /** Folder for /api/v1/. */
  apiDir: string;
  /** Folder for /id/: the page each linked-data identifier resolves to. */
  idDir: string;
}

/** How many bytes writeChunks gathers before it writes. */
const writeSize = 1 << 20;
/** writeChunks' buffer, kept between calls: each of 20,000 /id/ pages is a call. */
let spareBuffer: Buffer | undefined;

/**
 * Writes text pieces to a file one after another, so big files never sit in memory whole, and
 * returns how many bytes it wrote. The pieces (a JSON file's lines, a CSV file's rows) are encoded
 * as UTF-8 into one buffer of about a megabyte, written when full: one write per line cost a system
 * call per record, and gathering them as one string first made V8 copy each megabyte into a new
 * string before encoding it. A piece is a whole line or row, so no character is split between two.
 */
function writeChunks(path: string, chunks: Iterable<string>): number {
  mkdirSync(dirname(path), { recursive: true });
  const file = openSync(path, 'w');
  try {
    // A call made while another writes (none is today) gets a buffer of its own.
    const buffer = spareBuffer ?? Buffer.allocUnsafe(writeSize);
    spareBuffer = undefined;
    let used = 0;
    let total = 0;
    for (const chunk of chunks) {
      // A UTF-16 code unit takes at most three bytes in UTF-8.
      if (used + 3 * chunk.length > writeSize) {
        total += writeBytes(file, buffer.subarray(0, used));
        used = 0;
        if (3 * chunk.length > writeSize) {
          total += writeBytes(file, Buffer.from(chunk));
          continue;
        }
      }
      used += buffer.write(chunk, used);
    }
    total += writeBytes(file, buffer.subarray(0, used));
    spareBuffer = buffer;
    return total;
  } finally {
    closeSync(file);
  }
}

/** Writes all of `bytes` (a write may take fewer bytes than it is given) and returns how many. */
function writeBytes(file: number, bytes: Uint8Array): number {
  for (let written = 0; written < bytes.length; ) written += writeSync(file, bytes, written, bytes.length - written);
  return bytes.length;
}

/** A JSON array with one record per line: small diffs between versions, and streamable. */
const jsonArrayLines = (records: Iterable<object>): Iterable<string> => jsonArrayOf(mapIterable(records, (record) => stableJson(record)));

/** A JSON array of records already written as one-line JSON texts, one per line. */
function* jsonArrayOf(texts: Iterable<string>): Iterable<string> {
  let first = true;
  for (const text of texts) {
    yield `${first ? '[\n' : ',\n'}${text}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

function* mapIterable<T, U>(items: Iterable<T>, map: (item: T) => U): Iterable<U> {
  for (const item of items) yield map(item);
}

/**
 * The one-line JSON of each service for services.json, writing on the way its API file
 * (api/v1/services/<id>.json, the same record indented): both come from one copy with sorted keys.
 */
function* serviceLinesWritingApiFiles(services: readonly Service[], apiDir: string): Iterable<string> {
  for (const service of services) {
    const sorted = sortedCopy(service);
    writeFileSync(join(apiDir, 'services', `${service.id}.json`), sortedJsonFile(sorted));
    yield sortedJson(sorted);
  }
}

/** The statistics tables with their rows; a chart without data (no git history) has no table. */
function statisticsTables(site: SiteModel): { table: ExportTable; rows: readonly unknown[] }[] {
  return statisticsCharts(site).flatMap((chart) => (chart.counts ? [{ table: chartCountsTable(chart.id), rows: chart.counts }] : []));
}

/** The export tables with their rows, computed once for CSV, XLSX and SQLite. */
const tablesWithRows = (site: SiteModel) => exportTables.map((table) => ({ table, rows: [...table.rows(site)] }));

/**
 * Writes the whole open data from the site model: the CSV tables (with the statistics tables) and
 * their datapackage.json, the XLSX workbook, the JSON files and their schemas, registry.sqlite and
 * its Datasette metadata, services.jsonld, the static API and the /id/ pages.
 * Every file is a pure function of the model and the registry's version, so two runs give the same
 * bytes, and a commit that changes only code changes no file. Returns the number of rows per table.
 * With `workbook: false` the XLSX workbook is left out: the build writes it with
 * writeOpenDataWorkbook in another thread, at the same time as the rest. `onIdPage` is told of
 * each /id/ page written (its path under `idDir`, the only file of its folder) and its size.
 */
export async function writeOpenData(
  site: SiteModel,
  targets: OpenDataTargets,
  { workbook = true, onIdPage }: { workbook?: boolean; onIdPage?: (page: OutputFile) => void } = {},
): Promise<Record<string, number>> {
  const { dataDir, apiDir, idDir } = targets;
  const { registry, version } = site;
  for (const dir of [dataDir, apiDir, idDir]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dataDir, 'schemas'), { recursive: true });
  mkdirSync(join(apiDir, 'services'), { recursive: true });

  // 1. CSV tables, then the package that describes them.
  const tables = tablesWithRows(site);
  const statistics = statisticsTables(site);
  const packaged = packagedTables(statistics.map(({ table }) => table));
  for (const [index, { table, rows }] of [...tables, ...statistics].entries()) writeChunks(join(dataDir, packaged[index]!.path), tableCsvChunks(table, rows));
  writeFileSync(join(dataDir, 'datapackage.json'), stableJsonFile(dataPackage(version, packaged)));

  // 2. The same tables as one workbook.
  if (workbook) await writeXlsx([...tables, ...statistics], version, join(dataDir, 'registry.xlsx'));

  // 3. JSON files, the schemas they validate against, and the version.
  // services.json goes with the static API's service files (step 6), which hold the same records.
  for (const collection of jsonCollections) {
    const lines = collection.file === 'services.json' ? jsonArrayOf(serviceLinesWritingApiFiles(registry.services, apiDir)) : jsonArrayLines(collection.records(registry));
    writeChunks(join(dataDir, collection.file), lines);
  }
  for (const [file, schema] of Object.entries(publishedJsonSchemas())) writeFileSync(join(dataDir, 'schemas', file), stableJsonFile(schema));
  writeFileSync(
    join(dataDir, 'version.json'),
    stableJsonFile({ version: versionLabel(version), commit: version.commit, date: version.date, licence: dataLicence, citation: citation(version) }),
  );

  // 4. SQLite, the same tables with keys, indexes, views and full-text search; its Datasette metadata.
  writeSqlite(tables, version, join(dataDir, 'registry.sqlite'));
  writeFileSync(join(dataDir, 'metadata.json'), stableJsonFile(datasetteMetadata(exportTables, version, repository.url)));

  // 5. CPSV-AP JSON-LD, and the page each of its identifiers resolves to.
  writeChunks(join(dataDir, 'services.jsonld'), cpsvDocument(site));
  for (const record of identifiedRecords(registry)) {
    const path = idPageFile(record);
    const bytes = writeChunks(join(idDir, path), [idPage(record)]);
    onIdPage?.({ path, bytes });
  }

  // 6. Static API: one file per service (written with services.json in step 3), and the indexes.
  for (const [file, entries] of Object.entries(apiIndexes(registry))) writeChunks(join(apiDir, file), jsonArrayLines(entries));
  return Object.fromEntries(tables.map(({ table, rows }) => [table.name, rows.length]));
}

/** registry.xlsx as writeOpenData writes it, to `path`. */
export async function writeOpenDataWorkbook(site: SiteModel, path: string): Promise<void> {
  await writeXlsx([...tablesWithRows(site), ...statisticsTables(site)], site.version, path);
}

function* cpsvDocument(site: SiteModel): Iterable<string> {
  yield `{\n"@context": ${stableJson(cpsvContext())},\n"@graph": `;
  yield* jsonArrayLines(cpsvNodes(site));
  yield '}\n';
}
