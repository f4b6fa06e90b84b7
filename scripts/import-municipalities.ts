// One-off import of the administrative divisions (Open Admin Data, CC BY 4.0) into registry/municipalities/<id>.yaml.
// Usage: npx node scripts/import-municipalities.ts [path/to/municipalities.json]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, isNode, parseDocument } from 'yaml';
import { type Municipality, type MunicipalityLevel, municipality, recordId } from '../src/schemas/index.ts';

type Unit = { name: { local: string; en: string; slug: string }; code: { id: string } };
type Region = Unit & { district?: (Unit & { settlement?: Unit[] })[] };

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(repo, process.argv[2] ?? '../shared/reference/municipalities.json');
const outDir = join(repo, 'registry/municipalities');

const source = {
  url: 'https://github.com/open-admin-data/kyrgyzstan-administrative-divisions',
  title: 'kyrgyzstan-administrative-divisions (Open Admin Data), CC BY 4.0',
  // The dataset's release date (CITATION.cff date-released, version 2026.05).
  date: '2026-05-27',
  note: 'Data from Open Admin Data (https://openadmindata.org/kg/) — CC-BY-4.0. Derived from OCHA COD-AB Kyrgyzstan (MoES 2018 boundaries); not an official SOATE publication.',
};

const header = [
  '# yaml-language-server: $schema=../_schemas/municipality.schema.json',
  '# Imported by scripts/import-municipalities.ts; local register data (local_register, note) may be added by hand and is kept on re-import.',
].join('\n');

// Hand-written blocks that a re-import must never lose.
const keptKeys = ['local_register', 'note'] as const;

const fail = (message: string): never => {
  console.error(`import-municipalities: ${message}`);
  process.exit(1);
};

// The dataset names cities "<name> ш." (шаар); at the top level these are Bishkek and Osh.
const isCity = (unit: Unit) => unit.name.local.endsWith(' ш.');

const record = (unit: Unit, level: MunicipalityLevel, parent?: Unit): Municipality => ({
  id: unit.name.slug,
  soate: unit.code.id,
  level,
  name: { ky: unit.name.local, en: unit.name.en },
  ...(parent ? { parent: parent.name.slug } : {}),
  sources: [source],
});

// 1. Read the dataset and flatten its three levels into records.
const regions: Region[] = JSON.parse(readFileSync(input, 'utf8')).data ?? fail(`${input} has no "data" array`);
const records: Municipality[] = [];
for (const region of regions) {
  records.push(record(region, isCity(region) ? 'city-of-republican-significance' : 'region'));
  for (const district of region.district ?? []) {
    records.push(record(district, isCity(district) ? 'city' : 'district', region));
    for (const settlement of district.settlement ?? []) records.push(record(settlement, 'ayil-aimak', district));
  }
}

// 2. Ids and SOATE codes must be valid and unique as they are: an id is never altered here.
const seen = new Map<string, string>();
for (const { id, soate } of records) {
  if (!recordId.safeParse(id).success) fail(`slug "${id}" (${soate}) is not a valid record id; fix the dataset or map it by hand`);
  for (const key of [`id ${id}`, `soate ${soate}`]) {
    if (seen.has(key)) fail(`duplicate ${key} (units ${seen.get(key)} and ${soate})`);
    seen.set(key, soate);
  }
}

// 3. Build every file first, in id order, keeping hand-written blocks of an existing file; nothing is written if one fails.
records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const outputs = records.map((fresh) => {
  const file = join(outDir, `${fresh.id}.yaml`);
  const old = existsSync(file) ? parseDocument(readFileSync(file, 'utf8')) : undefined;
  if (old && old.errors.length > 0) fail(`${file} cannot be parsed, so its hand-written data would be lost: ${old.errors[0].message}`);

  const oldData = old?.toJS() ?? {};
  const kept = Object.fromEntries(keptKeys.filter((key) => key in oldData).map((key) => [key, oldData[key]]));
  const checked = municipality.safeParse({ ...fresh, ...kept });
  if (!checked.success) fail(`${fresh.id}: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);

  // Key order follows the schema; kept blocks are copied as nodes so their comments survive.
  const { sources, ...head } = fresh;
  const doc = new Document(head);
  for (const key of keptKeys) {
    const node = old?.get(key, true);
    if (key in kept) doc.set(key, isNode(node) ? node : kept[key]);
  }
  doc.set('sources', doc.createNode(sources));
  return { file, text: `${header}\n${doc.toString({ indent: 2, lineWidth: 0 })}` };
});

// 4. Write them.
mkdirSync(outDir, { recursive: true });
for (const { file, text } of outputs) writeFileSync(file, text);

// 5. Report what was written, and any file that the dataset no longer contains (left for a person to judge).
const written = new Set(records.map((r) => `${r.id}.yaml`));
const orphans = readdirSync(outDir).filter((name) => name.endsWith('.yaml') && !written.has(name));
const byLevel = Object.groupBy(records, (r) => r.level);
console.log(
  `wrote ${records.length} files to ${outDir}: ${Object.entries(byLevel)
    .map(([level, list]) => `${list?.length} ${level}`)
    .join(', ')}`,
);
if (orphans.length > 0) console.warn(`not in the dataset (left untouched): ${orphans.join(', ')}`);
