// The build's search worker (see site-build.ts): indexes the search documents with Pagefind, which
// works in a process of its own. A thread of its own keeps feeding Pagefind while the site worker is busy.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex } from '../lib/search/build-search-index.ts';
import type { SearchDocument } from '../lib/search/service-search-document.ts';

export interface SearchJob {
  documents: SearchDocument[];
  staging: string;
}

const { documents, staging } = workerData as SearchJob;
const { pages } = await buildSearchIndex(documents, join(staging, 'pagefind'));
parentPort!.postMessage(`search index: ${pages} pages`);
