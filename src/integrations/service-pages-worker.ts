// A worker thread of the build's service pages (see service-pages.ts): from a copy of the site model
// and the layout's template in each language, writes its share of the service pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../i18n/locales.ts';
import { serviceView } from '../lib/service-view/service-view.ts';
import { servicePageParts } from '../lib/site/markup/service-page-document.ts';
import { fillServicePageTemplate, type ServicePageTemplate } from '../lib/site/service-page-template.ts';
import type { SiteModel } from '../lib/site-model/site-model.ts';

export interface ServicePagesJob {
  site: SiteModel;
  templates: Record<Lang, ServicePageTemplate>;
  /** The build's output folder. */
  outDir: string;
  /** The pages to write: every `share`-th service from `first`, in each language. */
  first: number;
  share: number;
}

const job = workerData as ServicePagesJob;
let written = 0;
const services = job.site.registry.services;
for (let index = job.first; index < services.length; index += job.share) {
  const service = services[index]!;
  const facts = job.site.facts.get(service.id)!;
  for (const lang of Object.keys(job.templates) as Lang[]) {
    const parts = servicePageParts(serviceView(facts, lang), job.site);
    const folder = join(job.outDir, lang, 'services', service.id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), fillServicePageTemplate(job.templates[lang], parts));
    written++;
  }
}
parentPort!.postMessage(written);
