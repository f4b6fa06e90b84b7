import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { exportTables } from '../../src/lib/export/export-tables.ts';
import { indexedColumns } from '../../src/lib/export/sqlite.ts';
import { fullTextSearch, researchQueries, sqliteViews } from '../../src/lib/export/sqlite-views.ts';
import { repoRoot } from '../helpers/fixtures.ts';
import { exportRegistry, readJson } from './open-data-files.ts';

const { data, site } = await exportRegistry(join(repoRoot, 'registry'));
const database = new DatabaseSync(join(data, 'registry.sqlite'), { readOnly: true });
const all = (sql: string) => database.prepare(sql).all() as Record<string, any>[];

describe('registry.sqlite for research', () => {
  it('indexes every foreign-key and filter column', () => {
    for (const table of exportTables) {
      const indexed = new Set(
        all(`PRAGMA index_list("${table.name}")`).flatMap((index) =>
          all(`PRAGMA index_info("${index.name}")`)
            .filter((column) => column.seqno === 0)
            .map((column) => column.name),
        ),
      );
      for (const key of table.foreignKeys) expect(indexed.has(key.fields) || table.primaryKey[0] === key.fields, `${table.name}.${key.fields}`).toBe(true);
      for (const column of indexedColumns(table)) expect(indexed.has(column), `${table.name}.${column}`).toBe(true);
    }
  });

  it('has join tables for the lists of ids, agreeing with the ";"-separated cells', () => {
    const fromCells = all('SELECT id, provider_agencies FROM services').flatMap((row) =>
      row.provider_agencies ? row.provider_agencies.split(';').map((agency: string) => `${row.id} ${agency}`) : [],
    );
    const fromJoin = all('SELECT service_id, agency_id FROM service_providers ORDER BY service_id, position').map((row) => `${row.service_id} ${row.agency_id}`);
    expect(fromJoin).toEqual(fromCells);
    expect(all('SELECT count(*) AS n FROM service_categories')[0]!.n).toBe(site.registry.services.reduce((sum, service) => sum + service.categories.length, 0));
  });

  it("answers the common questions with views that agree with the site's facts", () => {
    for (const view of sqliteViews) expect(() => all(`SELECT * FROM ${view.name} LIMIT 1`), view.name).not.toThrow();
    const unbacked = all('SELECT id FROM paid_services_without_legal_basis ORDER BY id').map((row) => row.id);
    expect(unbacked).toEqual(
      site.flags
        .filter((flag) => flag.rule === 'fee-without-act')
        .map((flag) => flag.id)
        .sort(),
    );
    const summary = all('SELECT * FROM service_summary');
    expect(summary).toHaveLength(site.registry.services.length);
    const card = site.scorecards[0]!;
    expect(summary.find((row) => row.id === card.service)!.completeness).toBeCloseTo(card.share, 3);
  });

  it('finds services by name and everyday name in both languages with FTS5', () => {
    const search = (query: string) =>
      all(`SELECT s.id FROM ${fullTextSearch.name} JOIN services s ON s.rowid = ${fullTextSearch.name}.rowid WHERE ${fullTextSearch.name} MATCH '${query}'`).map((row) => row.id);
    const passport = site.registry.services.find((service) => /паспорт/i.test(service.name.ru ?? ''))!;
    expect(search('паспорт*')).toContain(passport.id);
    const everyday = site.registry.services.find((service) => service.everyday_names?.ky?.length)!;
    const word = everyday.everyday_names!.ky![0]!.split(/\s+/)[0]!.replace(/["'*()]/g, '');
    expect(search(`"${word}"`)).toContain(everyday.id);
  });

  it('runs every documented research query, and describes itself for Datasette', () => {
    for (const query of researchQueries) expect(() => all(query.sql), query.name).not.toThrow();
    const metadata = readJson(join(data, 'metadata.json'));
    expect(metadata.license).toBe('CC-BY-4.0');
    expect(Object.keys(metadata.databases.registry.queries)).toEqual(expect.arrayContaining(researchQueries.map((query) => query.name)));
    expect(metadata.databases.registry.tables.services.columns.payment_kind).toContain('"paid"');
    expect(all("SELECT value FROM kyzmat_version WHERE key = 'commit'")[0]!.value).toBe(site.version.commit);
  });
});
