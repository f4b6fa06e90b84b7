import type { SiteModel } from '../site-model/site-model.ts';
import type { Enumeration } from './enumerations.ts';
import { tableTexts } from './table-texts.ts';

/** Table Schema field types used by the open-data tables; SQLite and CSV writers map them. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** A cell before writing: absent values become an empty CSV cell and SQL NULL. */
export type Cell = string | number | boolean | undefined;

/** One column of an export table: its name and meaning never change within /data/ v1. */
export interface Column<Row> {
  name: string;
  type: ColumnType;
  description: string;
  format?: 'uri';
  /** The closed list of values the column holds, each explained (published as a Table Schema enum). */
  enumeration?: Enumeration;
  value: (row: Row) => Cell;
}

/** A table's title and description in the site's languages, beside the English ones. */
export interface TableTranslation {
  title: string;
  description: string;
}

export interface ForeignKey {
  fields: string;
  /** Target table; the referenced field is always that table's "id". */
  table: string;
}

/** A flat table of the open data: a stable, ordered column contract and the rows it is filled from. */
export interface ExportTable<Row = any> {
  name: string;
  /** English title and description; `translations` gives them in Kyrgyz and Russian. */
  title: string;
  description: string;
  translations: { ky: TableTranslation; ru: TableTranslation };
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  columns: Column<Row>[];
  /** Columns researchers filter or group by; SQLite indexes them (foreign keys are indexed anyway). */
  filters?: string[];
  /** Rows in a stable order (by primary key) computed from the site model. */
  rows: (site: SiteModel) => Iterable<Row>;
}

/** A table as it is declared: its texts come from table-texts.ts by name, unless it brings its own. */
export type TableSpec<Row> = Omit<ExportTable<Row>, 'title' | 'description' | 'translations'> & { texts?: Record<'en' | 'ky' | 'ru', TableTranslation> };

/** A table with its title and description in English, Kyrgyz and Russian. */
export function defineTable<Row>({ texts, ...spec }: TableSpec<Row>): ExportTable<Row> {
  const found = texts ?? tableTexts[spec.name];
  if (!found) throw new Error(`The open-data table "${spec.name}" has no title and description in src/lib/export/table-texts.ts.`);
  return { ...spec, title: found.en.title, description: found.en.description, translations: { ky: found.ky, ru: found.ru } };
}
