// The worker threads of the build's registry outputs (see registry-outputs.ts). Two jobs:
// - "model": load a copy of the registry, write the open data and the search vocabulary, return the search documents;
// - "search": index the search documents with Pagefind (its own process).
// The model job ends (and its copy of the registry is freed) before Pagefind starts, so the two
// never hold memory at the same time.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { dataVersion } from '../lib/export/data-version.ts';
import { writeOpenData } from '../lib/export/write-open-data.ts';
import { loadRegistry, registryProblems } from '../lib/registry/index.ts';
import { buildSearchIndex, searchDocuments } from '../lib/search/build-search-index.ts';
import { writeSearchVocabulary } from '../lib/search/search-vocabulary.ts';
import type { SearchDocument } from '../lib/search/service-search-document.ts';

export type RegistryOutputsJob =
  | { job: 'model'; registryFolder: string; staging: string; siteUrl: string; search: boolean; openData: boolean }
  | { job: 'search'; documents: SearchDocument[]; staging: string };
export interface RegistryOutputsReport {
  /** What is ready, for the build log, e.g. "open data: 20000 services, 15 tables"; none when nothing was written. */
  summary?: string;
  documents?: SearchDocument[];
}

const task = workerData as RegistryOutputsJob;
if (task.job === 'model') {
  const { registry, errors } = loadRegistry(task.registryFolder);
  if (!registry) throw new Error(registryProblems(errors));
  const documents = task.search ? searchDocuments(registry) : undefined;
  if (task.search) writeSearchVocabulary(registry, join(task.staging, 'search-vocabulary'));
  const counts = task.openData
    ? writeOpenData(registry, { dataDir: join(task.staging, 'data'), apiDir: join(task.staging, 'api', 'v1'), siteUrl: task.siteUrl, version: dataVersion(task.registryFolder) })
    : undefined;
  parentPort!.postMessage({ summary: counts && `open data: ${counts.services} services, ${Object.keys(counts).length} tables`, documents } satisfies RegistryOutputsReport);
} else {
  const { pages } = await buildSearchIndex(task.documents, join(task.staging, 'pagefind'));
  parentPort!.postMessage({ summary: `search index: ${pages} pages` } satisfies RegistryOutputsReport);
}
