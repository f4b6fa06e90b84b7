import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unescapeFormula } from '../../src/lib/export/spreadsheet-escape.ts';
import type { Cell, ColumnType } from '../../src/lib/export/table-contract.ts';
import { writeOpenData } from '../../src/lib/export/write-open-data.ts';
import { loadRegistry, type Registry } from '../../src/lib/registry/index.ts';
import { buildSiteModel, type SiteModel } from '../../src/lib/site-model/site-model.ts';
import { siteModelSources } from '../../src/lib/site-model/site-model-sources.ts';

export interface Exported {
  registry: Registry;
  site: SiteModel;
  /** The folder holding data/, api/v1/ and id/. */
  dir: string;
  data: string;
  api: string;
  id: string;
}

/** Loads a registry folder and writes its open data into a new temporary folder, as `npm run export` does. */
export async function exportRegistry(registryDir: string): Promise<Exported> {
  const { registry, errors } = loadRegistry(registryDir);
  if (!registry) throw new Error(`fixture registry is invalid: ${errors.map((error) => error.message).join('; ')}`);
  const sources = siteModelSources(registryDir);
  const site = buildSiteModel(registry, sources);
  const dir = mkdtempSync(join(tmpdir(), 'kyzmat-open-data-'));
  await writeOpenData(site, { dataDir: join(dir, 'data'), apiDir: join(dir, 'api', 'v1'), idDir: join(dir, 'id') });
  return { registry, site, dir, data: join(dir, 'data'), api: join(dir, 'api', 'v1'), id: join(dir, 'id') };
}

/** A CSV file parsed the way a strict RFC 4180 reader does: header row, then one object per row. */
export function readCsv(file: string): { header: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(file, 'utf8');
  const [header, ...rest] = parse(text, { relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
  return { header, rows: rest.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index]]))) };
}

/** What a researcher does to a CSV cell to get the exact value back (the rule published in datapackage.json). */
export function decodeCell(text: string, type: ColumnType): Cell {
  if (text === '') return undefined;
  if (type === 'integer' || type === 'number') return Number(text);
  if (type === 'boolean') return text === 'true';
  if (type === 'string') return unescapeFormula(text);
  return text;
}

export const readJson = (file: string): any => JSON.parse(readFileSync(file, 'utf8'));

/** Every file under a folder, relative path -> bytes (the same reading the release script does). */
export { filesUnder } from '../../src/lib/export/releases.ts';
