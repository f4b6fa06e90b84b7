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

/** A field as RFC 4180 writes it: in quotes, with quotes doubled, when it holds a comma, a quote or a line break. */
const csvField = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** One record and its CRLF line end. */
const csvRecord = (fields: string[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** A row's record, built in one loop: the arrays of a map and a join per row cost more than the cells at 400,000 rows. */
function csvRow<Row>(columns: ExportTable<Row>['columns'], row: Row): string {
  let record = '';
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index]!;
    record += `${index === 0 ? '' : ','}${csvField(csvCell(column.value(row), column.type))}`;
  }
  return `${record}\r\n`;
}

/**
 * The CSV text of a table a row at a time (RFC 4180: CRLF line ends, fields with a comma, quote,
 * CR or LF quoted, UTF-8 without BOM), so that a 20,000-service registry never sits in one string.
 * Written here rather than by csv-stringify, which took twice as long for the same bytes.
 */
export function* tableCsvChunks<Row>(table: ExportTable<Row>, rows: Iterable<Row>): Iterable<string> {
  yield csvRecord(table.columns.map((column) => column.name));
  for (const row of rows) yield csvRow(table.columns, row);
}
