import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { type Lang, langs } from '../i18n/locales.ts';
import { fillFileSizes } from '../lib/export/file-sizes.ts';
import { openDataPagePaths } from '../lib/export/releases.ts';
import { writeOpenDataWorkbook } from '../lib/export/write-open-data.ts';
import { planSharedLoad, registryProblems, registryRoot, type SharedLoad } from '../lib/registry/index.ts';
import { serviceView } from '../lib/service-view/service-view.ts';
import { servicePageParts } from '../lib/site/markup/service-page-document.ts';
import type { OutputFile } from '../lib/site/output-budget.ts';
import { asServicePageTemplate, fillServicePageTemplate, servicePageTemplate } from '../lib/site/service-page-template.ts';
import { paths } from '../lib/site/urls.ts';
import { type ServicePageTemplates, writeServicePages } from '../lib/site/write-service-pages.ts';
import { currentSiteModel, useSiteModel } from '../lib/site-model/current-site-model.ts';
import { loadSiteModelTogether } from '../lib/site-model/load-site-model.ts';
import type { SiteModel } from '../lib/site-model/site-model.ts';
import { limitHeapGrowth } from '../lib/threads/build-memory.ts';
import { buildThreadLimits, startWorker } from '../lib/threads/start-worker.ts';
import { siteUrl } from '../site-config.ts';
import { yieldToSearchIndex } from './search-index-first.ts';
import type { SiteWorkerCommand, SiteWorkerJob, SiteWorkerMessage } from './site-worker.ts';

/** Moves a folder, copying when the two places are on different file systems. */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** Moves every entry of a folder into another, keeping what the other already holds (pages Astro wrote there). */
function mergeFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) moveFolder(join(from, name), join(to, name));
  rmSync(from, { recursive: true, force: true });
}

/** Where two renderings of a page first differ, for the build's error message. */
function firstDifference(a: string, b: string): string {
  let index = 0;
  while (index < a.length && a[index] === b[index]) index++;
  return `at character ${index}: Astro wrote «${a.slice(Math.max(0, index - 80), index + 80)}», the template gave «${b.slice(Math.max(0, index - 80), index + 80)}»`;
}

const serviceRoute = 'src/pages/[lang]/services/[id].astro';
// Services per batch of service pages: small enough that the two threads finish together.
const batchSize = 100;

/**
 * How `astro build` runs (see README, "How the build runs"). Astro renders pages in one thread;
 * this integration gives the machine's other core the rest:
 * - At build:start a worker thread (site-worker.ts) starts loading the registry while Astro bundles
 *   the site; this thread joins it once the bundle is made, and each reads the files the other has
 *   not and sends it the results (loadRegistryTogether), so that every file is read once and each
 *   thread builds its own site model (handing a built model over as bytes took longer than building
 *   it again). The worker then makes the search documents (a search worker feeds them to Pagefind)
 *   and writes the open data, but for the workbook, which this thread writes once Astro's own pages
 *   are done.
 * - Service pages, 97% of the pages at the country's scale, are not rendered by Astro's page loop:
 *   the prerenderer (Astro's own, wrapped) takes them out, renders the service page's layout once per
 *   language as a template (service-page-template.ts), checks that the template reproduces Astro's
 *   rendering of a few real service pages byte for byte, and the service pages are then written from
 *   it a batch at a time, by the worker once the open data is written and by this thread once Astro's
 *   own pages are done.
 * - Output of the worker is staged in Astro's cache folder (Astro empties the output folder after
 *   build:start) and moved into the output at build:done.
 */
export function siteBuild(options: {
  search: boolean;
  openData: boolean;
}): AstroIntegration & { servicePagePaths: () => string[]; pagesInOwnFolders: () => readonly OutputFile[] } {
  let cacheDir = '';
  let outDir = '';
  let staging = '';
  let worker: Worker | undefined;
  let load: { plan: SharedLoad; peer: MessagePort } | undefined;
  let workerDone: Promise<{ servicePages: number; pagesInOwnFolders: OutputFile[]; summaries: string[] } | { error: unknown }> | undefined;
  let servicePageWork: { site: SiteModel; templates: ServicePageTemplates } | undefined;
  let nextService = 0;
  let servicePagePaths: string[] = [];
  // The pages written here that are each the only file of their folder (service pages, /id/ pages),
  // with their sizes: the output's budget check need not read them back.
  const pagesInOwnFolders: OutputFile[] = [];
  // Batches are named by id, so that each thread finds the services in its own model.
  const takeBatch = (site: SiteModel): string[] | undefined => {
    if (nextService >= site.registry.services.length) return undefined;
    const batch = site.registry.services.slice(nextService, nextService + batchSize).map((service) => service.id);
    nextService += batch.length;
    return batch;
  };
  const command = (message: SiteWorkerCommand) => worker!.postMessage(message);

  return {
    name: 'kyzmat-site-build',
    servicePagePaths: () => servicePagePaths,
    pagesInOwnFolders: () => pagesInOwnFolders,
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.build.format !== 'directory') throw new Error('Service pages are written as <path>/index.html: keep build.format "directory".');
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        limitHeapGrowth();
        // A folder of its own, so that two builds in one project folder do not empty each other's.
        mkdirSync(cacheDir, { recursive: true });
        staging = mkdtempSync(join(cacheDir, 'kyzmat-site-build-'));
        const { port1, port2 } = new MessageChannel();
        load = { plan: planSharedLoad(registryRoot()), peer: port1 };
        const job: SiteWorkerJob = { load: load.plan, loadPeer: port2, staging, ...options };
        worker = startWorker(new URL('./site-worker.ts', import.meta.url), job, buildThreadLimits, [port2]);
        // Only now: the worker, and the search worker it starts, keep the priority this thread had.
        if (options.search) yieldToSearchIndex();
        const summaries: string[] = [];
        // Not awaited here but at build:done; a failure is kept for then.
        workerDone = new Promise<{ servicePages: number; pagesInOwnFolders: OutputFile[]; summaries: string[] }>((resolve, reject) => {
          worker!.on('message', (message: SiteWorkerMessage) => {
            if (message.type === 'errors') reject(new Error(registryProblems(message.errors)));
            else if (message.type === 'ready') summaries.push(`${message.summary}, ready ${message.seconds.toFixed(1)} s after the build started`);
            else if (message.type === 'next-batch') command({ type: 'batch', ids: servicePageWork && takeBatch(servicePageWork.site) });
            else if (message.type === 'done') resolve({ servicePages: message.servicePages, pagesInOwnFolders: message.pagesInOwnFolders, summaries });
          });
          worker!.once('error', reject);
          worker!.once('exit', (code) => reject(new Error(`The site worker of the build stopped with exit code ${code}.`)));
        }).catch((error: unknown) => ({ error }));

        setPrerenderer(
          (astro: AstroPrerenderer): AstroPrerenderer => ({
            ...astro,
            name: 'kyzmat',
            async getStaticPaths() {
              const { site, errors } = await loadSiteModelTogether(load!.plan, load!.peer);
              if (!site) throw new Error(registryProblems(errors));
              useSiteModel(site);
              logger.info(`site model in the main thread, ready ${process.uptime().toFixed(1)} s after the build started`);
              const all = await astro.getStaticPaths();
              const services = site.registry.services;
              const serviceRoutes = all.filter(({ route }) => route.component === serviceRoute);
              if (serviceRoutes.length === 0 || services.length === 0) {
                command({ type: 'service-pages', templates: undefined, outDir });
                return all;
              }
              const routeData = serviceRoutes[0]!.route;
              const render = async (lang: Lang, id: string) => {
                const result = await astro.render(new Request(new URL(paths.service(lang, id), siteUrl)), { routeData });
                return (result instanceof Response ? result : result.response).text();
              };
              const templates = {} as ServicePageTemplates;
              // The template must give what Astro gives: checked on the first and the last service, and on
              // the first whose name or description has a character that escaping changes.
              const escaped = services.find((service) => /[&<>"']/.test(JSON.stringify([service.name, service.standard?.result?.text])));
              const samples = new Set([services[0]!, services.at(-1)!, ...(escaped ? [escaped] : [])]);
              for (const lang of langs) {
                templates[lang] = servicePageTemplate(lang, await asServicePageTemplate(() => render(lang, services[0]!.id)));
                for (const service of samples) {
                  const expected = await render(lang, service.id);
                  const filled = fillServicePageTemplate(templates[lang], servicePageParts(serviceView(site.facts.get(service.id)!, lang), site));
                  if (filled !== expected)
                    throw new Error(`The service page's template does not reproduce ${paths.service(lang, service.id)} ${firstDifference(expected, filled)}`);
                }
              }
              servicePageWork = { site, templates };
              servicePagePaths = langs.flatMap((lang) => services.map((service) => paths.service(lang, service.id)));
              command({ type: 'service-pages', templates, outDir });
              return all.filter(({ route }) => route.component !== serviceRoute);
            },
          }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Astro's own pages are done: this thread writes service pages too, a batch at a time.
        logger.info(`Astro's pages, ready ${process.uptime().toFixed(1)} s after the build started`);
        // The worker writes the rest of the open data; the workbook, a third of it, is written here.
        const workbook = join(staging, 'registry.xlsx');
        if (options.openData) {
          await writeOpenDataWorkbook(currentSiteModel(), workbook);
          logger.info(`open data workbook, ready ${process.uptime().toFixed(1)} s after the build started`);
        }
        let servicePages = 0;
        if (servicePageWork) {
          const { site, templates } = servicePageWork;
          for (let batch = takeBatch(site); batch; batch = takeBatch(site)) {
            const written = writeServicePages(site, templates, outDir, batch);
            pagesInOwnFolders.push(...written);
            servicePages += written.length;
            // Pages are written synchronously: the worker's requests for batches are answered here.
            await new Promise((resolve) => setImmediate(resolve));
          }
          logger.info(`service pages of the main thread: ${servicePages}, ready ${process.uptime().toFixed(1)} s after the build started`);
        }
        const done = await workerDone!;
        if ('error' in done) throw done.error;
        for (const summary of done.summaries) logger.info(summary);
        pagesInOwnFolders.push(...done.pagesInOwnFolders);
        logger.info(
          `${servicePages + done.servicePages} service pages written (${done.servicePages} by the worker), ready ${process.uptime().toFixed(1)} s after the build started`,
        );
        const output = fileURLToPath(dir);
        if (options.search) {
          moveFolder(join(staging, 'pagefind'), join(output, 'pagefind'));
          moveFolder(join(staging, 'search-vocabulary'), join(output, 'search-vocabulary'));
        }
        if (options.openData) {
          // /data/ already holds pages (its landing page): the files join them.
          renameSync(workbook, join(staging, 'data', 'registry.xlsx'));
          mergeFolder(join(staging, 'data'), join(output, 'data'));
          moveFolder(join(staging, 'api'), join(output, 'api'));
          moveFolder(join(staging, 'id'), join(output, 'id'));
          // The dated releases are committed under public/data/releases/, which Astro has already copied.
          fillFileSizes(output, openDataPagePaths());
        }
        rmSync(staging, { recursive: true, force: true });
      },
    },
  };
}
