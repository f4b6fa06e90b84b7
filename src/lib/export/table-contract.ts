import type { SiteModel } from '../site-model/site-model.ts';

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
  value: (row: Row) => Cell;
}

export interface ForeignKey {
  fields: string;
  /** Target table; the referenced field is always that table's "id". */
  table: string;
}

/** A flat table of the open data: a stable, ordered column contract and the rows it is filled from. */
export interface ExportTable<Row = any> {
  name: string;
  description: string;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  columns: Column<Row>[];
  /** Rows in a stable order (by primary key) computed from the site model. */
  rows: (site: SiteModel) => Iterable<Row>;
}

export const defineTable = <Row>(table: ExportTable<Row>): ExportTable<Row> => table;
