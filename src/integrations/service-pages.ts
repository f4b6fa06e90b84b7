import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { langs, type Lang } from '../i18n/locales.ts';
import { serviceView } from '../lib/service-view/service-view.ts';
import { servicePageParts } from '../lib/site/markup/service-page-document.ts';
import { asServicePageTemplate, fillServicePageTemplate, servicePageTemplate, type ServicePageTemplate } from '../lib/site/service-page-template.ts';
import { paths } from '../lib/site/urls.ts';
import { currentSiteModel } from '../lib/site-model/current-site-model.ts';
import { siteUrl } from '../site-config.ts';
import type { ServicePagesJob } from './service-pages-worker.ts';

const serviceRoute = 'src/pages/[lang]/services/[id].astro';

/** Runs one share of the service pages in a worker thread; resolves with the number of pages written. */
function writeInWorker(job: ServicePagesJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./service-pages-worker.ts', import.meta.url), { workerData: job });
    let written: number | undefined;
    worker.once('message', (count: number) => (written = count));
    worker.once('error', reject);
    worker.once('exit', (code) => (written !== undefined && code === 0 ? resolve(written) : reject(new Error(`A service-page worker of the build stopped with exit code ${code}.`))));
  });
}

/** Where two renderings of a page first differ, for the build's error message. */
function firstDifference(a: string, b: string): string {
  let index = 0;
  while (index < a.length && a[index] === b[index]) index++;
  return `at character ${index}: Astro wrote «${a.slice(Math.max(0, index - 80), index + 80)}», the template gave «${b.slice(Math.max(0, index - 80), index + 80)}»`;
}

/**
 * Service pages, 97% of the pages at the country's scale, written by worker threads instead of
 * Astro's one-thread page loop. The build's prerenderer (Astro's own, wrapped) takes the service
 * pages out of the pages Astro generates, renders the service page's layout once per language with
 * markers in place of the service (service-page-template.ts), checks that the template reproduces
 * Astro's rendering of a few real service pages byte for byte, and hands the template and a copy of
 * the site model to the workers, which write the pages while Astro renders the others.
 */
export function servicePages(options: { workers: number }): AstroIntegration & { written: () => string[] } {
  let outDir = '';
  let writing: Promise<number[] | { error: unknown }> | undefined;
  let written: string[] = [];
  return {
    name: 'kyzmat-service-pages',
    written: () => written,
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.build.format !== 'directory') throw new Error('The service-page workers write pages as <path>/index.html: keep build.format "directory".');
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro: AstroPrerenderer): AstroPrerenderer => ({
          ...astro,
          name: 'kyzmat',
          async getStaticPaths() {
            const all = await astro.getStaticPaths();
            const serviceRoutes = all.filter(({ route }) => route.component === serviceRoute);
            if (serviceRoutes.length === 0) return all;
            const routeData = serviceRoutes[0]!.route;
            const site = currentSiteModel();
            const render = async (lang: Lang, id: string) => {
              const result = await astro.render(new Request(new URL(paths.service(lang, id), siteUrl)), { routeData });
              return (result instanceof Response ? result : result.response).text();
            };
            const services = site.registry.services;
            const templates = {} as Record<Lang, ServicePageTemplate>;
            // The template must give what Astro gives: checked on the first and the last service, and on
            // the first whose name or description has a character that escaping changes.
            const escaped = services.find((service) => /[&<>"']/.test(JSON.stringify([service.name, service.standard?.result?.text])));
            const samples = new Set([services[0]!, services.at(-1)!, ...(escaped ? [escaped] : [])]);
            for (const lang of langs) {
              templates[lang] = servicePageTemplate(lang, await asServicePageTemplate(() => render(lang, services[0]!.id)));
              for (const service of samples) {
                const expected = await render(lang, service.id);
                const filled = fillServicePageTemplate(templates[lang], servicePageParts(serviceView(site.facts.get(service.id)!, lang), site));
                if (filled !== expected) throw new Error(`The service page's template does not reproduce ${paths.service(lang, service.id)} ${firstDifference(expected, filled)}`);
              }
            }
            written = langs.flatMap((lang) => services.map((service) => paths.service(lang, service.id)));
            const share = Math.max(1, options.workers);
            // Not awaited: Astro renders the other pages meanwhile. A failure is kept and reported at build:done.
            writing = Promise.all(Array.from({ length: share }, (_, first) => writeInWorker({ site, templates, outDir, first, share }))).catch((error: unknown) => ({ error }));
            return all.filter(({ route }) => route.component !== serviceRoute);
          },
        }));
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) return;
        const counts = await writing;
        if ('error' in counts) throw counts.error;
        logger.info(`${counts.reduce((sum, count) => sum + count, 0)} service page(s) written by ${counts.length} worker thread(s)`);
      },
    },
  };
}
