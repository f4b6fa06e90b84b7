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

/** SQLite's limit on the parameters of one statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
const maxParameters = 32766;

/**
 * Inserts a table's rows a hundred at a time (fewer if the table is wide): each call of a prepared
 * statement has a fixed cost in Node, which one call per row paid 400,000 times at 20,000
 * services. The rows and their rowids are those of one INSERT per row.
 */
function insertRows(database: DatabaseSync, table: ExportTable, rows: readonly unknown[]): void {
  const { columns } = table;
  const rowsPerStatement = Math.max(1, Math.min(100, Math.floor(maxParameters / columns.length)));
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  const insertOf = (count: number) => database.prepare(`INSERT INTO ${quote(table.name)} VALUES ${Array.from({ length: count }, () => placeholders).join(', ')}`);
  const fullInsert = insertOf(rowsPerStatement);
  const values: (string | number | null)[] = [];
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const end = Math.min(start + rowsPerStatement, rows.length);
    values.length = 0;
    for (let index = start; index < end; index++) for (const column of columns) values.push(sqlValue(column.value(rows[index])));
    (end - start === rowsPerStatement ? fullInsert : insertOf(end - start)).run(...values);
  }
}

/**
 * Fills an empty database with every export table, its keys and indexes, the views of
 * sqlite-views.ts, an FTS5 index of service names and a "kyzmat_version" table, then ANALYZE:
 * registry.sqlite before it is compacted.
 */
export function buildSqlite(database: DatabaseSync, tables: { table: ExportTable; rows: readonly unknown[] }[], version: DataVersion): void {
  database.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN');
  database.exec('CREATE TABLE "kyzmat_version" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL)');
  const setVersion = database.prepare('INSERT INTO "kyzmat_version" VALUES (?, ?)');
  setVersion.run('version', versionLabel(version));
  setVersion.run('commit', version.commit);
  setVersion.run('date', version.date);
  for (const { table } of tables) database.exec(createTableSql(table));
  for (const { table, rows } of tables) insertRows(database, table, rows);
  // Indexes after the rows: building an index once is faster than keeping it up to date row by row.
  for (const { table } of tables) {
    for (const column of indexedColumns(table)) database.exec(`CREATE INDEX ${quote(`${table.name}_${column}`)} ON ${quote(table.name)} (${quote(column)})`);
  }
  for (const view of sqliteViews) database.exec(`CREATE VIEW ${quote(view.name)} AS\n${view.sql}`);
  const { name, table, columns } = fullTextSearch;
  database.exec(`CREATE VIRTUAL TABLE ${quote(name)} USING fts5(${columns.map(quote).join(', ')}, content=${quote(table)}, content_rowid='rowid')`);
  database.exec(`INSERT INTO ${quote(name)} (${quote(name)}) VALUES ('rebuild')`);
  database.exec('COMMIT');
  // Statistics for the query planner.
  database.exec('ANALYZE');
}

/**
 * registry.sqlite (see buildSqlite), compacted. Built in a scratch file, then written compacted by
 * VACUUM INTO to a temporary file that is moved into place, so a reader never sees half a
 * database. VACUUM INTO writes the compacted copy once, where VACUUM wrote it to a temporary
 * database and then copied it back page by page.
 */
export function writeSqlite(tables: { table: ExportTable; rows: readonly unknown[] }[], version: DataVersion, path: string): void {
  const scratch = `${path}.build`;
  const temporary = `${path}.tmp`;
  for (const file of [scratch, temporary]) rmSync(file, { force: true });
  // Tables reference each other (and themselves), so keys are declared but only checked by readers.
  const database = new DatabaseSync(scratch, { enableForeignKeyConstraints: false });
  try {
    buildSqlite(database, tables, version);
    database.exec(`VACUUM INTO '${temporary.replaceAll("'", "''")}'`);
  } finally {
    database.close();
    rmSync(scratch, { force: true });
  }
  countLikeInPlaceVacuum(temporary);
  renameSync(temporary, path);
}

/**
 * The file header counts the write transactions that made the file (offsets 24 and 92). The file
 * was first compacted in place, after three (the tables, ANALYZE, VACUUM); VACUUM INTO writes a
 * new file in one. Two writes of the unchanged user_version bring the count to three, so the
 * published file keeps its bytes (tests/export/sqlite-file.test.ts compares both ways).
 */
function countLikeInPlaceVacuum(path: string): void {
  const database = new DatabaseSync(path);
  try {
    database.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF');
    const { user_version } = database.prepare('PRAGMA user_version').get() as { user_version: number };
    for (let transaction = 0; transaction < 2; transaction++) database.exec(`PRAGMA user_version = ${user_version}`);
  } finally {
    database.close();
  }
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
