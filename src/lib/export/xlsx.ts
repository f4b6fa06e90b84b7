import { writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { unzipSync, type Zippable, zipSync } from 'fflate';
import { type DataVersion, versionLabel } from '../history/registry-version.ts';
import { dataSetTitle } from './datapackage.ts';
import type { Cell, ColumnType, ExportTable } from './table-contract.ts';

/** A cell of the workbook: text stays text (an id such as "may-25826" never becomes a date), dates are dates. */
function xlsxValue(value: Cell, type: ColumnType): string | number | boolean | Date | null {
  if (value === undefined) return null;
  if (type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

// Every entry of the zip gets this time, so the same data always gives the same bytes.
const fixedTime = new Date('1980-01-01T00:00:00Z');

/**
 * The zip of an .xlsx written again with fixed entry times: exceljs stamps each entry with the
 * current time, which would make every export differ from the last.
 */
function withFixedTimes(workbook: Uint8Array): Uint8Array {
  const entries = unzipSync(workbook);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = [data, { mtime: fixedTime, level: 6 }];
  return zipSync(zippable);
}

/**
 * exceljs gives every cell a style object of its own, and so renders its style as XML to find its
 * style id, cell by cell: most of the time of a country-scale workbook. The id depends only on the
 * style's content and the cell's type, so it is looked up by those once they have been seen.
 */
function sameStyleOnce(workbook: object): void {
  const styles = (workbook as { styles: { addStyleModel: (model: unknown, cellType: unknown) => number } }).styles;
  const addStyleModel = styles.addStyleModel.bind(styles);
  const ids = new Map<string, number>();
  styles.addStyleModel = (model, cellType) => {
    if (!model) return addStyleModel(model, cellType);
    const keys = Object.keys(model);
    // Here a style is at most a number format; anything else is keyed by all of it.
    const key =
      keys.length === 0 || (keys.length === 1 && keys[0] === 'numFmt')
        ? `${String(cellType)} ${(model as { numFmt?: string }).numFmt ?? ''}`
        : `${String(cellType)} ${JSON.stringify(model)}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = addStyleModel(model, cellType);
      ids.set(key, id);
    }
    return id;
  };
}

/**
 * registry.xlsx: one sheet per table with typed cells (numbers, dates, booleans), written with
 * exceljs's streaming writer so that a country-scale registry never sits in memory as cell objects.
 * Values are exact: a text cell in a workbook is never run as a formula, so nothing is escaped.
 */
export async function writeXlsx(tables: readonly { table: ExportTable; rows: readonly unknown[] }[], version: DataVersion, path: string): Promise<void> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  sameStyleOnce(workbook);
  const created = version.date === 'unknown' ? fixedTime : new Date(version.date);
  workbook.creator = 'kyzmat';
  workbook.title = dataSetTitle.en;
  workbook.description = `Data version ${versionLabel(version)}, commit ${version.commit}. Licence: CC BY 4.0.`;
  workbook.created = created;
  workbook.modified = created;
  for (const { table, rows } of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: column.name,
      key: column.name,
      width: Math.min(60, Math.max(10, column.name.length + 2)),
      ...(column.type === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    }));
    for (const row of rows) sheet.addRow(table.columns.map((column) => xlsxValue(column.value(row), column.type))).commit();
    sheet.commit();
  }
  await workbook.commit();
  writeFileSync(path, withFixedTimes(Buffer.concat(chunks)));
}
