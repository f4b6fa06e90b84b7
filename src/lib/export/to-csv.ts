import { stringify } from 'csv-stringify/sync';
import { escapeFormula } from './spreadsheet-escape.ts';
import type { Cell, ExportTable } from './table-contract.ts';

/** The CSV dialect of every table, as datapackage.json declares it. */
export const csvDialect = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

function csvCell(value: Cell, type: string): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  return type === 'string' ? escapeFormula(value) : value;
}

const batchSize = 2000;

/**
 * The CSV text of a table in chunks (RFC 4180: CRLF line ends, fields with a comma, quote, CR or
 * LF quoted, UTF-8 without BOM), so that a 20,000-service registry never sits in one string.
 */
export function* tableCsvChunks<Row>(table: ExportTable<Row>, rows: Iterable<Row>): Iterable<string> {
  const options = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;
  yield stringify([table.columns.map((column) => column.name)], options);
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(table.columns.map((column) => csvCell(column.value(row), column.type)));
    if (batch.length === batchSize) {
      yield stringify(batch, options);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, options);
}
