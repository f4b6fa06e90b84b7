import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Lang, langs } from '../../i18n/locales.ts';
import type { Service } from '../../schemas/index.ts';
import { serviceView } from '../service-view/service-view.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { servicePageParts } from './markup/service-page-document.ts';
import { fillServicePageTemplate, type ServicePageTemplate } from './service-page-template.ts';

/** The layout of the service page rendered as a template, per language (see service-page-template.ts). */
export type ServicePageTemplates = Record<Lang, ServicePageTemplate>;

async function writePage(folder: string, page: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'index.html'), page);
}

/**
 * Writes the page of each service in each language as <outDir>/<lang>/services/<id>/index.html and
 * resolves with how many. The files are written by libuv's threads while this thread renders the
 * next pages: at 40,000 pages, a folder and a file each, waiting for the file system was most of
 * the time of writing them one after another.
 */
export async function writeServicePages(site: SiteModel, templates: ServicePageTemplates, outDir: string, services: readonly Service[]): Promise<number> {
  const writes: Promise<void>[] = [];
  for (const service of services) {
    const facts = site.facts.get(service.id)!;
    for (const lang of langs) {
      writes.push(writePage(join(outDir, lang, 'services', service.id), fillServicePageTemplate(templates[lang], servicePageParts(serviceView(facts, lang), site))));
    }
  }
  await Promise.all(writes);
  return writes.length;
}
