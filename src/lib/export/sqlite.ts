import { renameSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { type DataVersion, versionLabel } from '../history/registry-version.ts';
import { dataLicence, dataSetTitle } from './datapackage.ts';
import { fullTextSearch, researchQueries, sqliteViews } from './sqlite-views.ts';
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

/**
 * The indexes of a table: one per foreign-key column and per filter column, except a column that
 * already leads the primary key (SQLite indexes that one).
 */
export function indexedColumns(table: ExportTable): string[] {
  const columns = [...table.foreignKeys.map((key) => key.fields), ...(table.filters ?? [])];
  return [...new Set(columns)].filter((column) => column !== table.primaryKey[0]);
}

const sqlValue = (value: Cell): string | number | null => (value === undefined ? null : typeof value === 'boolean' ? (value ? 1 : 0) : value);

/**
 * registry.sqlite: every export table with its keys and indexes, the views of sqlite-views.ts, an
 * FTS5 index of service names and a "kyzmat_version" table. Written to a temporary file and moved
 * into place, so a reader never sees half a database.
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
    setVersion.run('version', versionLabel(version));
    setVersion.run('commit', version.commit);
    setVersion.run('date', version.date);
    for (const { table } of tables) database.exec(createTableSql(table));
    for (const { table, rows } of tables) {
      const insert = database.prepare(`INSERT INTO ${quote(table.name)} VALUES (${table.columns.map(() => '?').join(', ')})`);
      for (const row of rows) insert.run(...table.columns.map((column) => sqlValue(column.value(row))));
    }
    // Indexes after the rows: building an index once is faster than keeping it up to date row by row.
    for (const { table } of tables) {
      for (const column of indexedColumns(table)) database.exec(`CREATE INDEX ${quote(`${table.name}_${column}`)} ON ${quote(table.name)} (${quote(column)})`);
    }
    for (const view of sqliteViews) database.exec(`CREATE VIEW ${quote(view.name)} AS\n${view.sql}`);
    const { name, table, columns } = fullTextSearch;
    database.exec(`CREATE VIRTUAL TABLE ${quote(name)} USING fts5(${columns.map(quote).join(', ')}, content=${quote(table)}, content_rowid='rowid')`);
    database.exec(`INSERT INTO ${quote(name)} (${quote(name)}) VALUES ('rebuild')`);
    database.exec('COMMIT');
    // Statistics for the query planner, and a compact file.
    database.exec('ANALYZE; VACUUM');
  } finally {
    database.close();
  }
  renameSync(temporary, path);
}

/** metadata.json for Datasette (`datasette registry.sqlite -m metadata.json`): licence, source, descriptions, canned queries. */
export function datasetteMetadata(tables: readonly ExportTable[], version: DataVersion, sourceUrl: string): object {
  return {
    title: dataSetTitle.en,
    description: `Data version ${versionLabel(version)}. Kyrgyz (_ky) and Russian (_ru) texts side by side; an empty value means "not documented".`,
    license: dataLicence.name,
    license_url: dataLicence.path,
    source: 'kyzmat registry',
    source_url: sourceUrl,
    databases: {
      registry: {
        tables: {
          ...Object.fromEntries(
            tables.map((table) => [
              table.name,
              { title: table.title, description: table.description, columns: Object.fromEntries(table.columns.map((column) => [column.name, column.description])) },
            ]),
          ),
          [fullTextSearch.name]: { description: fullTextSearch.description, hidden: true },
          kyzmat_version: { description: 'The data version: the date and commit of the last change to the registry.' },
        },
        queries: Object.fromEntries([
          ...sqliteViews.map((view) => [view.name, { title: view.description, sql: `SELECT * FROM ${view.name}` }]),
          ...researchQueries.map((query) => [query.name, { title: query.title, sql: query.sql }]),
        ]),
      },
    },
  };
}
