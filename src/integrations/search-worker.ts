// The build's search worker (see site-build.ts): indexes the search documents with Pagefind, which
// works in a process of its own. A thread of its own keeps feeding Pagefind while the site worker is
// busy. The documents arrive one language at a time (then `null`), so that Pagefind starts on the
// first language while the site worker makes the next one's, packed as bytes (search-document-batches.ts).
import { on } from 'node:events';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndexByLanguage, searchBatchSize } from '../lib/search/build-search-index.ts';
import { type PackedSearchDocuments, type SearchDocumentBatches, unpackInBatches } from '../lib/search/search-document-batches.ts';

export interface SearchJob {
  staging: string;
}

/** What the site worker sends: the documents of one language, or null when every language is sent. */
export type SearchWorkerMessage = PackedSearchDocuments | null;

const port = parentPort!;

async function* languages(): AsyncIterable<SearchDocumentBatches> {
  for await (const [message] of on(port, 'message') as AsyncIterable<[SearchWorkerMessage]>) {
    if (message === null) return;
    yield unpackInBatches(message, searchBatchSize);
  }
}

const { staging } = workerData as SearchJob;
const pages = await buildSearchIndexByLanguage(languages(), join(staging, 'pagefind'));
port.postMessage(`search index: ${pages} pages`);
