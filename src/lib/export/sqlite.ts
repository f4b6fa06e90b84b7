import { renameSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { DataVersion } from '../history/registry-version.ts';
import type { Cell, ColumnType, ExportTable } from './table-contract.ts';

const sqlType: Record<ColumnType, string> = { string: 'TEXT', date: 'TEXT', integer: 'INTEGER', number: 'REAL', boolean: 'INTEGER' };
const quote = (name: string) => `"${name}"`;

function createTableSql(table: ExportTable): string {
  const lines = [
    ...table.columns.map((column) => `${quote(column.name)} ${sqlType[column.type]}${table.primaryKey.includes(column.name) ? ' NOT NULL' : ''}`),
    `PRIMARY KEY (${table.primaryKey.map(quote).join(', ')})`,
    ...table.foreignKeys.map(({ fields, table: target }) => `FOREIGN KEY (${quote(fields)}) REFERENCES ${quote(target)} ("id")`),
  ];
  return `CREATE TABLE ${quote(table.name)} (\n  ${lines.join(',\n  ')}\n)`;
}

const sqlValue = (value: Cell): string | number | null => (value === undefined ? null : typeof value === 'boolean' ? (value ? 1 : 0) : value);

/**
 * registry.sqlite: every export table with its primary and foreign keys, plus a "kyzmat_version"
 * table. Written to a temporary file and moved into place, so a reader never sees half a database.
 */
export function writeSqlite(tables: { table: ExportTable; rows: readonly unknown[] }[], version: DataVersion, path: string): void {
  const temporary = `${path}.tmp`;
  rmSync(temporary, { force: true });
  // Tables reference each other (and themselves), so keys are declared but only checked by readers.
  const database = new DatabaseSync(temporary, { enableForeignKeyConstraints: false });
  try {
    database.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN');
    database.exec('CREATE TABLE "kyzmat_version" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL)');
    const setVersion = database.prepare('INSERT INTO "kyzmat_version" VALUES (?, ?)');
    setVersion.run('commit', version.commit);
    setVersion.run('date', version.date);
    for (const { table } of tables) database.exec(createTableSql(table));
    for (const { table, rows } of tables) {
      const insert = database.prepare(`INSERT INTO ${quote(table.name)} VALUES (${table.columns.map(() => '?').join(', ')})`);
      for (const row of rows) insert.run(...table.columns.map((column) => sqlValue(column.value(row))));
    }
    database.exec('COMMIT');
  } finally {
    database.close();
  }
  renameSync(temporary, path);
}
