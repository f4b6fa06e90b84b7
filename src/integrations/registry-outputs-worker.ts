// The worker threads of the build's registry outputs (see registry-outputs.ts). Two jobs:
// - "model": from a copy of the site model, write the open data and the search vocabulary, return the search documents;
// - "search": index the search documents with Pagefind (its own process).
// The model job ends (and its copy of the model is freed) before Pagefind starts, so the two
// never hold memory at the same time.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { writeOpenData } from '../lib/export/write-open-data.ts';
import { buildSearchIndex, searchDocuments } from '../lib/search/build-search-index.ts';
import { writeSearchVocabulary } from '../lib/search/search-vocabulary.ts';
import type { SearchDocument } from '../lib/search/service-search-document.ts';
import type { SiteModel } from '../lib/site-model/site-model.ts';

export type RegistryOutputsJob =
  | { job: 'model'; site: SiteModel; registryFolder: string; staging: string; search: boolean; openData: boolean }
  | { job: 'search'; documents: SearchDocument[]; staging: string };
export interface RegistryOutputsReport {
  /** What is ready, for the build log, e.g. "open data: 20000 services, 15 tables"; none when nothing was written. */
  summary?: string;
  documents?: SearchDocument[];
}

const task = workerData as RegistryOutputsJob;
if (task.job === 'model') {
  const documents = task.search ? searchDocuments(task.site) : undefined;
  if (task.search) writeSearchVocabulary(task.site, join(task.staging, 'search-vocabulary'));
  const counts = task.openData
    ? await writeOpenData(task.site, { dataDir: join(task.staging, 'data'), apiDir: join(task.staging, 'api', 'v1'), idDir: join(task.staging, 'id') })
    : undefined;
  parentPort!.postMessage({ summary: counts && `open data: ${counts.services} services, ${Object.keys(counts).length} tables`, documents } satisfies RegistryOutputsReport);
} else {
  const { pages } = await buildSearchIndex(task.documents, join(task.staging, 'pagefind'));
  parentPort!.postMessage({ summary: `search index: ${pages} pages` } satisfies RegistryOutputsReport);
}
