import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { exportTables } from '../../src/lib/export/export-tables.ts';
import { jsonCollections } from '../../src/lib/export/json-collections.ts';
import { registryFromRecords } from '../../src/lib/registry/registry-model.ts';
import { buildSiteModel } from '../../src/lib/site-model/site-model.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { decodeCell, exportRegistry, readCsv, readJson } from './open-data-files.ts';

const cases = [
  ['the edge-case fixture', await exportRegistry(fixturePath('open-data-edge-cases'))],
  ['the real registry', await exportRegistry(join(repoRoot, 'registry'))],
] as const;

describe.each(cases)('open data of %s', (_name, { registry, site, data, api }) => {
  const json = Object.fromEntries(jsonCollections.map(({ file }) => [file, readJson(join(data, file))]));
  // The records as a researcher reads them back from the JSON files, not the in-memory model.
  const fromJson = buildSiteModel(
    registryFromRecords(
      {
        services: json['services.json'],
        agencies: json['agencies.json'],
        acts: json['acts.json'],
        municipalities: json['municipalities.json'],
        assessments: json['assessments.json'],
        generalRules: json['general-rules.json'],
        categories: json['categories.json'],
        registers: json['registers.json'],
        searchPins: registry.searchPins,
        mostNeeded: registry.mostNeeded,
      },
      registry,
    ),
    { history: site.history, version: site.version, staleAfterYears: site.freshness.staleAfterYears },
  );

  it('has every record of the registry in every JSON file, the static API and JSON-LD', () => {
    expect(json['services.json'].map((s: { id: string }) => s.id)).toEqual(registry.services.map((s) => s.id));
    expect(json['agencies.json']).toHaveLength(registry.agencies.length);
    expect(json['acts.json']).toHaveLength(registry.acts.length);
    expect(json['municipalities.json']).toHaveLength(registry.municipalities.length);
    expect(json['assessments.json']).toHaveLength(registry.assessments.length);
    expect(readdirSync(join(api, 'services')).sort()).toEqual(registry.services.map((s) => `${s.id}.json`).sort());
    for (const [file, count] of [
      ['services.json', registry.services.length],
      ['agencies.json', registry.agencies.length],
      ['acts.json', registry.acts.length],
      ['municipalities.json', registry.municipalities.length],
    ] as const) {
      expect(readJson(join(api, file)), file).toHaveLength(count);
    }
    const graph = readJson(join(data, 'services.jsonld'))['@graph'] as { '@id': string; '@type': string | string[] }[];
    const ofType = (type: string) => graph.filter((node) => [node['@type']].flat().includes(type) && node['@id'].match(/^[a-z]+\//));
    expect(ofType('cpsv:PublicService')).toHaveLength(registry.services.length);
    expect(ofType('cv:PublicOrganisation')).toHaveLength(registry.agencies.length);
    expect(ofType('eli:LegalResource')).toHaveLength(registry.acts.length);
    expect(ofType('dct:Location')).toHaveLength(registry.municipalities.length);
  });

  it('has one CSV row per record and per list item, with the same counts in SQLite', () => {
    const documents = registry.services.reduce((sum, s) => sum + (s.standard?.documents?.items?.length ?? 0), 0);
    const fees = registry.services.reduce((sum, s) => sum + (s.payment?.fees?.length ?? 0), 0);
    const steps = registry.services.reduce((sum, s) => sum + (s.procedure?.steps.length ?? 0), 0);
    const channels = registry.services.reduce((sum, s) => sum + (s.standard?.channels?.items?.length ?? 0), 0);
    const expected: Record<string, number> = {
      services: registry.services.length,
      documents,
      fees,
      steps,
      channels,
      agencies: registry.agencies.length,
      acts: registry.acts.length,
      municipalities: registry.municipalities.length,
      assessments: registry.assessments.length,
      categories: registry.categories.length,
    };
    const database = new DatabaseSync(join(data, 'registry.sqlite'), { readOnly: true });
    for (const table of exportTables) {
      const rows = readCsv(join(data, `${table.name}.csv`)).rows.length;
      if (table.name in expected) expect(rows, table.name).toBe(expected[table.name]);
      const { count } = database.prepare(`SELECT count(*) AS count FROM "${table.name}"`).get() as { count: number };
      expect(count, `${table.name} in SQLite`).toBe(rows);
    }
    expect(database.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(database.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    database.close();
  });

  it('has CSV tables that parse back to the values in the JSON files', () => {
    for (const table of exportTables) {
      const { header, rows } = readCsv(join(data, `${table.name}.csv`));
      expect(header, table.name).toEqual(table.columns.map((column) => column.name));
      const expected = [...table.rows(fromJson)].map((row) => table.columns.map((column) => column.value(row)));
      const parsed = rows.map((row) => table.columns.map((column) => decodeCell(row[column.name], column.type)));
      expect(parsed, table.name).toEqual(expected);
    }
  });

  it('has SQLite tables holding the exact, unescaped values', () => {
    const database = new DatabaseSync(join(data, 'registry.sqlite'), { readOnly: true });
    for (const table of exportTables) {
      const expected = [...table.rows(fromJson)].map((row) =>
        table.columns.map((column) => {
          const value = column.value(row);
          return value === undefined ? null : typeof value === 'boolean' ? Number(value) : value;
        }),
      );
      const columns = table.columns.map((column) => `"${column.name}"`).join(', ');
      const stored = database
        .prepare(`SELECT ${columns} FROM "${table.name}" ORDER BY rowid`)
        .all()
        .map((row) => Object.values(row as object));
      expect(stored, table.name).toEqual(expected);
    }
    database.close();
  });
});
