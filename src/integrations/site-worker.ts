// The build's worker thread (see site-build.ts). From build:start, on the core Astro leaves free:
// loads the registry (with the main thread, once it joins) and builds the site model, makes the
// search documents and vocabulary (a search worker feeds Pagefind, and this thread then yields to
// it), writes the open data but the workbook, then writes service pages a batch at a time until
// none are left.
import { join } from 'node:path';
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { langs } from '../i18n/locales.ts';
import { writeOpenData } from '../lib/export/write-open-data.ts';
import type { SharedLoad, ValidationError } from '../lib/registry/index.ts';
import { languageSearchDocuments } from '../lib/search/build-search-index.ts';
import { packSearchDocuments } from '../lib/search/search-document-batches.ts';
import { writeSearchVocabulary } from '../lib/search/search-vocabulary.ts';
import type { OutputFile } from '../lib/site/output-budget.ts';
import { type ServicePageTemplates, writeServicePages } from '../lib/site/write-service-pages.ts';
import { loadSiteModelTogether } from '../lib/site-model/load-site-model.ts';
import { buildThreadLimits, startWorker } from '../lib/threads/start-worker.ts';
import { yieldToSearchIndex } from './search-index-first.ts';
import type { SearchJob, SearchWorkerMessage } from './search-worker.ts';

export interface SiteWorkerJob {
  /** The registry's load, shared with the main thread through `loadPeer`. */
  load: SharedLoad;
  loadPeer: MessagePort;
  staging: string;
  search: boolean;
  openData: boolean;
}

/** What the worker tells the main thread, in this order. */
export type SiteWorkerMessage =
  | { type: 'errors'; errors: ValidationError[] }
  /** A part is ready, for the build log. */
  | { type: 'ready'; summary: string; seconds: number }
  /** Asks for the next batch of service pages. */
  | { type: 'next-batch' }
  /**
   * Done: how many service pages this thread wrote, and the pages it wrote that are each the only
   * file of their folder (its service pages and the /id/ pages), with their sizes, as the site has them.
   */
  | { type: 'done'; servicePages: number; pagesInOwnFolders: OutputFile[] };

/** What the main thread tells the worker. */
export type SiteWorkerCommand =
  | { type: 'service-pages'; templates: ServicePageTemplates | undefined; outDir: string }
  /** The ids of the next services; none when every page is taken. */
  | { type: 'batch'; ids?: string[] };

const job = workerData as SiteWorkerJob;
const port = parentPort!;
const post = (message: SiteWorkerMessage, transfer?: ArrayBuffer[]) => port.postMessage(message, transfer);
const ready = (summary: string) => post({ type: 'ready', summary, seconds: process.uptime() });

// Commands arrive while this thread works; each is taken by the first waiter.
const commands: SiteWorkerCommand[] = [];
const waiting: ((command: SiteWorkerCommand) => void)[] = [];
port.on('message', (command: SiteWorkerCommand) => (waiting.length > 0 ? waiting.shift()!(command) : commands.push(command)));
const nextCommand = () => new Promise<SiteWorkerCommand>((resolve) => (commands.length > 0 ? resolve(commands.shift()!) : waiting.push(resolve)));

/** Starts the search worker; `send` gives it one language's documents at a time, then null. */
function startSearchWorker(search: SearchJob): { send: (message: SearchWorkerMessage, transfer?: ArrayBuffer[]) => void; finished: Promise<string> } {
  const worker = startWorker(new URL('./search-worker.ts', import.meta.url), search, buildThreadLimits);
  const finished = new Promise<string>((resolve, reject) => {
    let summary: string | undefined;
    worker.once('message', (message: string) => (summary = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (summary && code === 0 ? resolve(summary) : reject(new Error(`The search worker of the build stopped with exit code ${code}.`))));
  });
  return { send: (message, transfer) => worker.postMessage(message, transfer), finished };
}

// The main thread loads the registry with this thread once Astro has bundled the site: see site-build.ts.
const { site, errors } = await loadSiteModelTogether(job.load, job.loadPeer);
if (!site) {
  post({ type: 'errors', errors });
} else {
  ready(`site model: ${site.registry.services.length} services`);

  // Pagefind works while this thread goes on; a failure is kept and raised at the end.
  let searching: Promise<unknown> = Promise.resolve();
  if (job.search) {
    const search = startSearchWorker({ staging: job.staging });
    yieldToSearchIndex();
    searching = search.finished.then(ready, (error: unknown) => ({ error }));
    // Each language's documents are let go once sent, and their bytes move to the search worker.
    for (const lang of langs) {
      const packed = packSearchDocuments(languageSearchDocuments(site, lang));
      search.send(packed, [packed.bytes.buffer as ArrayBuffer, packed.ends.buffer as ArrayBuffer]);
    }
    search.send(null);
    writeSearchVocabulary(site, join(job.staging, 'search-vocabulary'));
  }
  const pagesInOwnFolders: OutputFile[] = [];
  if (job.openData) {
    // The main thread writes the workbook (see site-build.ts); the /id/ pages are moved to the site's id/.
    const counts = await writeOpenData(
      site,
      { dataDir: join(job.staging, 'data'), apiDir: join(job.staging, 'api', 'v1'), idDir: join(job.staging, 'id') },
      { workbook: false, onIdPage: ({ path, bytes }) => pagesInOwnFolders.push({ path: `id/${path}`, bytes }) },
    );
    ready(`open data: ${counts.services} services, ${Object.keys(counts).length} tables`);
  }

  let servicePages = 0;
  const pages = (await nextCommand()) as Extract<SiteWorkerCommand, { type: 'service-pages' }>;
  if (pages.templates) {
    for (;;) {
      post({ type: 'next-batch' });
      const { ids } = (await nextCommand()) as Extract<SiteWorkerCommand, { type: 'batch' }>;
      if (!ids) break;
      const written = writeServicePages(site, pages.templates, pages.outDir, ids);
      pagesInOwnFolders.push(...written);
      servicePages += written.length;
    }
    ready(`service pages of the worker: ${servicePages}`);
  }
  const search = await searching;
  if (search && typeof search === 'object' && 'error' in search) throw search.error;
  post({ type: 'done', servicePages, pagesInOwnFolders });
}
