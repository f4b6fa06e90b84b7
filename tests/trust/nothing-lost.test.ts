import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, langs } from '../../src/i18n/locales.ts';
import { ru } from '../../src/i18n/ru.ts';
import { t, type UiKey } from '../../src/i18n/translate.ts';
import { loadRegistry, type Registry, recordKinds } from '../../src/lib/registry/index.ts';
import { type Reference, registerReferences } from '../../src/lib/registry/references.ts';
import { formatDate, formatNumber } from '../../src/lib/site/format.ts';
import { renderUntrustedMarkdown } from '../../src/lib/site/render-markdown.ts';
import { paths } from '../../src/lib/site/urls.ts';
import { readCsv } from '../export/open-data-files.ts';
import { repoRoot } from '../helpers/fixtures.ts';
import { attr, buildWithin, elementsOf, visibleText } from './built-html.ts';

// Every record of the registry, and every value a contributor documented in it, reaches a reader:
// on the record's page in Kyrgyz and in Russian, reachable from the index of its section, and in
// every open-data export.

type Kind = 'services' | 'agencies' | 'acts' | 'municipalities' | 'assessments' | 'categories' | 'registers';
type Leaf = { path: (string | number)[]; value: string | number };

const pageOf: Record<Kind, (lang: Lang, id: string) => string> = {
  services: paths.service,
  agencies: paths.agency,
  acts: paths.act,
  municipalities: paths.municipality,
  assessments: paths.assessment,
  categories: paths.category,
  registers: paths.register,
};
const referencesOf: Partial<Record<Kind, (record: never) => Reference[]>> = {
  ...Object.fromEntries(Object.entries(recordKinds).map(([kind, { references }]) => [kind, references])),
  registers: registerReferences,
};
const referencePage: Record<Reference['target'], (lang: Lang, id: string) => string> = {
  services: paths.service,
  agencies: paths.agency,
  acts: paths.act,
  municipalities: paths.municipality,
  categories: paths.category,
};

// A localized text: strings by language, and the marker saying which one is the project's translation.
const isLocalized = (value: object) => {
  const keys = Object.keys(value).filter((key) => key !== 'translated');
  return keys.length > 0 && keys.every((key) => ['ky', 'ru', 'en'].includes(key));
};

/** Every value of a record as a reader should find it on the page in one language: localized text in that language or its fallback. */
function leavesFor(value: unknown, lang: Lang, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string' || typeof value === 'number') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => leavesFor(item, lang, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  if (isLocalized(value)) {
    const text = value as Record<string, unknown>;
    const chosen = text[lang] ?? text[lang === 'ky' ? 'ru' : 'ky'] ?? text.en;
    return leavesFor(chosen, lang, [...path, lang]);
  }
  return Object.entries(value).flatMap(([key, child]) => leavesFor(child, lang, [...path, key]));
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
const enumLabels = new Map<string, UiKey[]>();
for (const key of Object.keys(ru) as (keyof typeof ru)[]) {
  for (const segment of key.split('.').slice(1)) enumLabels.set(segment, [...(enumLabels.get(segment) ?? []), key]);
}

interface Page {
  text: string;
  hrefs: Set<string>;
}

/** Whether a reader of the page can find the value: as text, as a formatted date or number, as a translated label or as a link. */
function shownOn(page: Page, leaf: Leaf, lang: Lang, references: Map<string, Reference>): boolean {
  const reference = references.get(leaf.path.join('.'));
  if (reference) return page.hrefs.has(referencePage[reference.target](lang, reference.id));
  if (typeof leaf.value === 'number') return page.text.includes(normal(formatNumber(leaf.value, lang))) || page.text.includes(String(leaf.value));
  const value = leaf.value;
  if (/^https?:\/\//.test(value)) return page.hrefs.has(value) || page.hrefs.has(new URL(value).href);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return page.text.includes(formatDate(value));
  // An active service is shown as such by the absence of the retired notice.
  if (leaf.path.join('.') === 'status' && value === 'active') return !page.text.includes(normal(t(lang, 'service.retired')));
  if (/^[a-z0-9]+([-_][a-z0-9]+)*$/i.test(value) && enumLabels.has(value)) {
    if (enumLabels.get(value)!.some((key) => page.text.includes(normal(t(lang, key))))) return true;
  }
  return page.text.includes(normal(value));
}

const fieldPattern = (path: (string | number)[]) => path.map((part) => (typeof part === 'number' ? '[]' : part)).join('.');

/** Every documented value missing from a record's pages, as "kind field" with the first example. */
function missingOnPages(registry: Registry, dist: string): Map<string, string> {
  const missing = new Map<string, string>();
  const records: [Kind, { id: string }[]][] = [
    ['services', registry.services],
    ['agencies', registry.agencies],
    ['acts', registry.acts],
    ['municipalities', registry.municipalities],
    ['assessments', registry.assessments],
    ['categories', registry.categories],
    ['registers', registry.registers],
  ];
  for (const [kind, list] of records) {
    for (const record of list) {
      const references = new Map((referencesOf[kind]?.(record as never) ?? []).map((reference) => [reference.path.join('.'), reference]));
      for (const lang of langs as Lang[]) {
        const address = pageOf[kind](lang, record.id);
        const file = join(dist, address, 'index.html');
        if (!existsSync(file)) {
          missing.set(`${kind} (no page)`, missing.get(`${kind} (no page)`) ?? address);
          continue;
        }
        const html = readFileSync(file, 'utf8');
        const page: Page = {
          text: normal(visibleText(html)),
          hrefs: new Set(
            elementsOf(html)
              .map((element) => attr(element, 'href'))
              .filter((href) => href !== undefined),
          ),
        };
        const { body, ...fields } = record as { body?: string };
        for (const leaf of leavesFor(fields, lang)) {
          if (leaf.path.length === 1 && leaf.path[0] === 'id') continue;
          if (shownOn(page, leaf, lang, references)) continue;
          const key = `${kind} ${fieldPattern(leaf.path).replace(/\.(ky|ru|en)(?=\.|$)/g, '')}`;
          if (!missing.has(key)) missing.set(key, `${address} ${leaf.path.join('.')} = ${JSON.stringify(leaf.value).slice(0, 80)}`);
        }
        if (body?.trim() && !page.text.includes(normal(visibleText(renderUntrustedMarkdown(body))))) missing.set(`${kind} body`, address);
      }
    }
  }
  return missing;
}

/**
 * Fields the pages do not show yet, reported to the developers who own those pages. The test fails
 * when a new gap appears, and when a listed gap is closed (then remove it here).
 */
const notYetShown: string[] = [];

describe('nothing documented in the real registry is lost on the way to a reader', () => {
  const registry = loadRegistry(join(repoRoot, 'registry')).registry!;
  let dist: string;
  let missing: Map<string, string>;
  beforeAll(() => {
    const build = buildWithin({ registry: join(repoRoot, 'registry'), seconds: 240 });
    expect(build.status, build.output).toBe(0);
    dist = build.dist;
    missing = missingOnPages(registry, dist);
  }, 300_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('shows every record and every documented value on its Kyrgyz and Russian pages', () => {
    const unexpected = [...missing].filter(([key]) => !notYetShown.includes(key)).map(([key, example]) => `${key}  (e.g. ${example})`);
    if (process.env.KYZMAT_PRINT_MISSING) console.log(unexpected.join('\n'));
    expect(unexpected).toEqual([]);
  });

  it('still misses each field listed as not yet shown (remove it from the list once a page shows it)', () => {
    expect(notYetShown.filter((key) => !missing.has(key))).toEqual([]);
  });

  it('exports every record with every value in the open-data JSON files', () => {
    const exportFile: Partial<Record<Kind, string>> = {
      services: 'data/services.json',
      agencies: 'data/agencies.json',
      acts: 'data/acts.json',
      municipalities: 'data/municipalities.json',
      assessments: 'data/assessments.json',
      categories: 'data/categories.json',
      registers: 'data/registers.json',
    };
    const lost: string[] = [];
    for (const [kind, file] of Object.entries(exportFile) as [Kind, string][]) {
      if (!existsSync(join(dist, file))) {
        lost.push(`${file}: not exported`);
        continue;
      }
      const exported = new Map((JSON.parse(readFileSync(join(dist, file), 'utf8')) as { id: string }[]).map((row) => [row.id, row]));
      for (const record of registry[kind] as { id: string }[]) {
        const row = exported.get(record.id);
        if (!row) {
          lost.push(`${file}: no row for ${record.id}`);
          continue;
        }
        const rowValues = new Set(leavesOf(row).map(({ path, value }) => `${path.join('.')}=${value}`));
        for (const { path, value } of leavesOf(record)) {
          if (!rowValues.has(`${path.join('.')}=${value}`)) lost.push(`${file}: ${record.id} ${path.join('.')} = ${JSON.stringify(value).slice(0, 60)}`);
        }
      }
    }
    expect(lost.slice(0, 30)).toEqual([]);
  });

  it('reaches every record page from the index of its section, in both languages, by following links', () => {
    const sections: [Kind, string][] = [
      ['services', 'services'],
      ['agencies', 'agencies'],
      ['acts', 'acts'],
      ['municipalities', 'municipalities'],
      ['assessments', 'assessments'],
      ['categories', 'categories'],
      ['registers', 'registers'],
    ];
    const unreached: string[] = [];
    for (const lang of langs as Lang[]) {
      for (const [kind, section] of sections) {
        const reached = reachableWithin(dist, `/${lang}/${section}/`);
        for (const record of registry[kind] as { id: string }[]) {
          const address = pageOf[kind](lang, record.id);
          if (!reached.has(address)) unreached.push(address);
        }
      }
    }
    expect(unreached).toEqual([]);
  });

  it('lists every record in every export: JSON, CSV, SQLite, the read API and JSON-LD', () => {
    const ids = registryIds(registry);
    const database = new DatabaseSync(join(dist, 'data/registry.sqlite'), { readOnly: true });
    const exported: Record<string, Set<string>> = {};
    for (const [kind, tables] of Object.entries(exportsOf)) {
      for (const { name, ids: read } of tables) exported[`${kind} in ${name}`] = read(dist, database);
    }
    database.close();
    const missing = Object.entries(exported).flatMap(([where, found]) =>
      [...ids[where.split(' in ')[0] as Kind]].filter((id) => !found.has(id)).map((id) => `${id}: not ${where}`),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(exported).length).toBeGreaterThan(20);
  });
});

/** Every page reached from a start page by following links that stay within the start page's section. */
function reachableWithin(dist: string, start: string): Set<string> {
  const reached = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const file = join(dist, queue.shift()!, 'index.html');
    if (!existsSync(file)) continue;
    for (const element of elementsOf(readFileSync(file, 'utf8'))) {
      const href = attr(element, 'href')?.split('#')[0];
      if (href?.startsWith(start) && !reached.has(href)) {
        reached.add(href);
        queue.push(href);
      }
    }
  }
  return reached;
}

/** The ids of every record, by kind; registers are exported by their id too. */
const registryIds = (registry: Registry) =>
  Object.fromEntries(
    (['services', 'agencies', 'acts', 'municipalities', 'assessments', 'categories', 'registers'] as Kind[]).map((kind) => [
      kind,
      new Set((registry[kind] as { id: string }[]).map((record) => record.id)),
    ]),
  ) as Record<Kind, Set<string>>;

type IdReader = { name: string; ids: (dist: string, database: DatabaseSync) => Set<string> };
const jsonIds = (file: string): IdReader => ({ name: file, ids: (dist) => new Set((JSON.parse(readFileSync(join(dist, file), 'utf8')) as { id: string }[]).map((row) => row.id)) });
const csvIds = (file: string): IdReader => ({ name: file, ids: (dist) => new Set(readCsv(join(dist, file)).rows.map((row) => row.id!)) });
const sqliteIds = (table: string): IdReader => ({
  name: `registry.sqlite ${table}`,
  ids: (_, database) =>
    new Set(
      database
        .prepare(`SELECT id FROM ${table}`)
        .all()
        .map((row) => String(row.id)),
    ),
});

/** Where each kind of record is exported, and how to read the ids back. */
const exportsOf: Partial<Record<Kind, IdReader[]>> = {
  services: [
    jsonIds('data/services.json'),
    csvIds('data/services.csv'),
    sqliteIds('services'),
    jsonIds('api/v1/services.json'),
    { name: 'api/v1/services/<id>.json', ids: (dist) => new Set(readdirSync(join(dist, 'api/v1/services')).map((file) => file.replace(/\.json$/, ''))) },
    {
      name: 'data/services.jsonld',
      ids: (dist) => new Set([...readFileSync(join(dist, 'data/services.jsonld'), 'utf8').matchAll(/"@id":"service\/([a-z0-9-]+)"/g)].map((match) => match[1]!)),
    },
  ],
  agencies: [jsonIds('data/agencies.json'), csvIds('data/agencies.csv'), sqliteIds('agencies'), jsonIds('api/v1/agencies.json')],
  acts: [jsonIds('data/acts.json'), csvIds('data/acts.csv'), sqliteIds('acts'), jsonIds('api/v1/acts.json')],
  municipalities: [jsonIds('data/municipalities.json'), csvIds('data/municipalities.csv'), sqliteIds('municipalities'), jsonIds('api/v1/municipalities.json')],
  assessments: [jsonIds('data/assessments.json'), csvIds('data/assessments.csv'), sqliteIds('assessments')],
  categories: [jsonIds('data/categories.json'), csvIds('data/categories.csv'), sqliteIds('categories')],
  registers: [jsonIds('data/registers.json')],
};

/** Every value of a record with its exact path, all languages included. */
function leavesOf(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [{ path, value: String(value) }];
  if (Array.isArray(value)) return value.flatMap((item, index) => leavesOf(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => leavesOf(child, [...path, key]));
}
