// Times the documented research queries on registry.sqlite at country scale:
// `npm run bench:sqlite -- [--services 20000] [--keep]`. Prints figures, not pass/fail.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { exportTables } from '../src/lib/export/export-tables.ts';
import { writeSqlite } from '../src/lib/export/sqlite.ts';
import { researchQueries } from '../src/lib/export/sqlite-views.ts';
import { formatError } from '../src/lib/registry/index.ts';
import { loadSiteModel } from '../src/lib/site-model/load-site-model.ts';
import { generateSyntheticRegistry } from '../src/lib/synthetic/generate-synthetic-registry.ts';

const { values } = parseArgs({ options: { services: { type: 'string', default: '20000' }, keep: { type: 'boolean', default: false } } });
const services = Number(values.services);
const work = mkdtempSync(join(tmpdir(), 'kyzmat-bench-sqlite-'));
const registry = join(work, 'registry');
const database = join(work, 'registry.sqlite');
const seconds = (since: number) => (performance.now() - since) / 1000;

// 1. A synthetic registry: the real agencies, acts and municipalities, N copies of real services.
generateSyntheticRegistry({ from: resolve('registry'), to: registry, services });
const { site, errors } = await loadSiteModel(registry);
if (!site) {
  for (const error of errors.slice(0, 20)) console.error(formatError(error));
  process.exit(1);
}

// 2. The database, written as the export writes it.
let started = performance.now();
const tables = exportTables.map((table) => ({ table, rows: [...table.rows(site)] }));
writeSqlite(tables, site.version, database);
console.log(`registry.sqlite: ${services} services, ${(statSync(database).size / 1024 / 1024).toFixed(1)} MB, written in ${seconds(started).toFixed(1)} s\n`);

// 3. Each query five times on one connection: the first run (cold statement cache) and the median.
const db = new DatabaseSync(database, { readOnly: true });
for (const query of researchQueries) {
  const statement = db.prepare(query.sql);
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run < 5; run++) {
    started = performance.now();
    rows = statement.all().length;
    times.push(seconds(started));
  }
  const first = times[0]!;
  const median = [...times].sort((a, b) => a - b)[2]!;
  console.log(
    `${query.name.padEnd(26)} first run ${(first * 1000).toFixed(1).padStart(7)} ms  median ${(median * 1000).toFixed(1).padStart(7)} ms  ${String(rows).padStart(6)} rows  (${query.title})`,
  );
}
db.close();

if (values.keep) console.log(`\nkept: ${work}`);
else rmSync(work, { recursive: true, force: true });
