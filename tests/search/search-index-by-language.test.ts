import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { buildSearchIndex, buildSearchIndexInOneRun, searchDocuments } from '../../src/lib/search/build-search-index.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { siteModelOf } from '../helpers/site-model.ts';

function files(folder: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(relative(folder, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return found;
}

// The build indexes one language at a time to halve Pagefind's memory; readers must get the same index.
it('indexes each language on its own into the same files as one Pagefind run over every document', async () => {
  const documents = searchDocuments(siteModelOf(fixturePath('insight-site')));
  expect(new Set(documents.map((document) => document.url.split('/')[1]))).toEqual(new Set(['ky', 'ru']));
  const byLanguage = mkdtempSync(join(tmpdir(), 'kyzmat-search-by-language-'));
  const inOneRun = mkdtempSync(join(tmpdir(), 'kyzmat-search-one-run-'));
  await buildSearchIndex(documents, byLanguage);
  await buildSearchIndexInOneRun(documents, inOneRun);
  const expected = files(inOneRun);
  const actual = files(byLanguage);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [file, bytes] of expected) expect(actual.get(file)!.equals(bytes), file).toBe(true);
  expect(JSON.parse(actual.get('pagefind-entry.json')!.toString()).languages).toHaveProperty('ky');
}, 60_000);
