import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { type Lang, langs } from '../../i18n/locales.ts';
import { serviceView } from '../service-view/service-view.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { inBatches, type SearchDocumentBatches } from './search-document-batches.ts';
import { type SearchDocument, serviceSearchDocument } from './service-search-document.ts';

/** Every service's search document in one language. */
export const languageSearchDocuments = (site: SiteModel, lang: Lang): SearchDocument[] =>
  site.registry.services.map((service) => serviceSearchDocument(serviceView(site.facts.get(service.id)!, lang), site.registry));

/** Every service's search document, in each language. */
export const searchDocuments = (site: SiteModel): SearchDocument[] => langs.flatMap((lang) => languageSearchDocuments(site, lang));

/** Documents given to Pagefind at a time (see indexWithPagefind). */
export const searchBatchSize = 1000;

/** The language of a document, from its address (/ky/..., /ru/...). */
const languageOf = (document: SearchDocument): Lang | undefined => langs.find((lang) => document.url.startsWith(`/${lang}/`));

/**
 * Pagefind's binary allocates with jemalloc, which reads its settings from `_RJEM_MALLOC_CONF` (the
 * variable of Rust's tikv-jemallocator). One arena instead of eight (four per core): at 20,000
 * services a language's index then peaks at 1.10 GB instead of 1.24–1.28 GB, in the same time.
 * Transparent huge pages (the kernel gives them only to memory that asks, as on this project's
 * machines): the index's memory then arrives in 2 MB pages instead of 4 KB ones, about 600,000
 * fewer page faults at 20,000 services, 2–4 s less of Pagefind's CPU, for 14 MB more at its peak.
 * A setting the caller made is kept. Pagefind's Node API starts the binary with this process's
 * environment and takes no other.
 */
function setPagefindAllocator(environment: NodeJS.ProcessEnv): void {
  environment._RJEM_MALLOC_CONF ??= 'narenas:1,thp:always,metadata_thp:always';
}

/**
 * Writes the files of Pagefind's index one after another. Pagefind's own writing starts every file
 * at once, about 20,000 per language in one folder, and its threads then spend more time waiting
 * on each other for the folder than writing (about 16 s of CPU at 20,000 services).
 */
function writeIndexFiles(files: readonly { path: string; content: Uint8Array }[], outputPath: string): void {
  const folders = new Set<string>();
  for (const file of files) {
    const path = join(outputPath, file.path);
    const folder = dirname(path);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(path, file.content);
  }
}

/** Indexes some documents with Pagefind into `outputPath`; Pagefind works in its own process. */
async function indexWithPagefind(batches: Iterable<readonly SearchDocument[]>, outputPath: string): Promise<void> {
  setPagefindAllocator(process.env);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Pagefind reads its messages one at a time, in order. Up to two batches are in flight, so that
    // it never waits for this thread (which competes with the rest of the build for the machine)
    // while the messages waiting in memory stay a few megabytes.
    const check = (added: Awaited<ReturnType<typeof index.addHTMLFile>>[]) => {
      for (const result of added) if (result.errors.length > 0) throw new Error(`Pagefind could not index ${result.file.url}: ${result.errors.join('; ')}`);
    };
    let previous: Promise<void> = Promise.resolve();
    for (const documents of batches) {
      const batch = Promise.all(documents.map((document) => index.addHTMLFile(document))).then(check);
      batch.catch(() => undefined); // raised when it is awaited, below
      await previous;
      previous = batch;
    }
    await previous;
    const { files, errors: failures } = await index.getFiles();
    if (failures.length > 0) throw new Error(`Pagefind could not write the index: ${failures.join('; ')}`);
    writeIndexFiles(files, outputPath);
  } finally {
    await pagefind.close();
  }
}

interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters: string[];
}

/**
 * Builds the Pagefind search index of the documents, one index per language (Pagefind reads each
 * document's <html lang>), into `outputPath`. The documents come from the model alone, so the build
 * does this while the pages render.
 *
 * Pagefind indexes each language on its own, so the languages are indexed one after the other, each
 * in a Pagefind process of its own: the files are the same as from one run over all documents
 * (checked by tests/search/search-index-by-language.test.ts), but Pagefind holds half the pages at a
 * time, which halves its memory (1.9 GB at 20,000 services). The languages' entries in
 * pagefind-entry.json are then put together as one run writes them.
 */
export async function buildSearchIndex(documents: readonly SearchDocument[], outputPath: string): Promise<{ pages: number; outputPath: string }> {
  const stray = documents.find((document) => languageOf(document) === undefined);
  if (stray) throw new Error(`A search document must be at an address under a language, not ${stray.url}.`);
  const pages = await buildSearchIndexByLanguage(
    langs.map((lang) =>
      inBatches(
        documents.filter((document) => languageOf(document) === lang),
        searchBatchSize,
      ),
    ),
    outputPath,
  );
  return { pages, outputPath };
}

/**
 * The same index from the documents of each language, given one language at a time (all of one
 * language, then all of the next): the build's search worker indexes the first language while the
 * next one's documents are being made. Resolves with the number of documents.
 */
export async function buildSearchIndexByLanguage(languages: Iterable<SearchDocumentBatches> | AsyncIterable<SearchDocumentBatches>, outputPath: string): Promise<number> {
  const entryFile = join(outputPath, 'pagefind-entry.json');
  const entries: PagefindEntry[] = [];
  let pages = 0;
  for await (const documents of languages) {
    if (documents.count === 0) continue;
    await indexWithPagefind(documents, outputPath);
    entries.push(JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry);
    pages += documents.count;
  }
  // With no document at all, Pagefind still writes its scripts and an empty index; with one
  // language, its run wrote the entry already.
  if (entries.length === 0) await indexWithPagefind([], outputPath);
  if (entries.length < 2) return pages;
  const [first] = entries as [PagefindEntry];
  const merged = Object.fromEntries(entries.flatMap((entry) => Object.entries(entry.languages)));
  writeFileSync(entryFile, JSON.stringify({ version: first.version, languages: merged, include_characters: first.include_characters }));
  return pages;
}

/** The same index from a single Pagefind run over every document: what buildSearchIndex must equal. */
export async function buildSearchIndexInOneRun(documents: readonly SearchDocument[], outputPath: string): Promise<void> {
  await indexWithPagefind(inBatches(documents, searchBatchSize), outputPath);
}
