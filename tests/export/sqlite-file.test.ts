import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { exportTables } from '../../src/lib/export/export-tables.ts';
import { buildSqlite, writeSqlite } from '../../src/lib/export/sqlite.ts';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { buildSiteModel } from '../../src/lib/site-model/site-model.ts';
import { siteModelSources } from '../../src/lib/site-model/site-model-sources.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';

/** The tables of a registry folder with their rows, as writeOpenData passes them. */
function tablesOf(registryDir: string) {
  const { registry, errors } = loadRegistry(registryDir);
  if (!registry) throw new Error(errors.map((error) => error.message).join('; '));
  const site = buildSiteModel(registry, siteModelSources(registryDir));
  return { site, tables: exportTables.map((table) => ({ table, rows: [...table.rows(site)] })) };
}

describe('registry.sqlite', () => {
  for (const [name, registryDir] of [
    ['the real registry', join(repoRoot, 'registry')],
    ['the edge cases', fixturePath('open-data-edge-cases')],
  ] as const) {
    it(`has the bytes the database had when it was compacted in place (${name})`, () => {
      const { site, tables } = tablesOf(registryDir);
      const dir = mkdtempSync(join(tmpdir(), 'kyzmat-sqlite-'));
      writeSqlite(tables, site.version, join(dir, 'registry.sqlite'));
      // The first way of writing it: the same database, then VACUUM in place.
      const inPlace = new DatabaseSync(join(dir, 'in-place.sqlite'), { enableForeignKeyConstraints: false });
      buildSqlite(inPlace, tables, site.version);
      inPlace.exec('VACUUM');
      inPlace.close();
      expect(readFileSync(join(dir, 'registry.sqlite')).equals(readFileSync(join(dir, 'in-place.sqlite')))).toBe(true);
    });
  }
});
