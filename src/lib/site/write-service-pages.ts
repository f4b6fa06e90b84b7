import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Lang, langs } from '../../i18n/locales.ts';
import { serviceView } from '../service-view/service-view.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { servicePageParts } from './markup/service-page-document.ts';
import type { OutputFile } from './output-budget.ts';
import { ServicePageEncoder, type ServicePageTemplate } from './service-page-template.ts';

/** The layout of the service page rendered as a template, per language (see service-page-template.ts). */
export type ServicePageTemplates = Record<Lang, ServicePageTemplate>;

// A thread writes its pages a batch at a time, always with the same templates: their encoders are kept.
const encoderCache = new WeakMap<ServicePageTemplates, Record<Lang, ServicePageEncoder>>();
function encodersOf(templates: ServicePageTemplates): Record<Lang, ServicePageEncoder> {
  let encoders = encoderCache.get(templates);
  if (!encoders) {
    encoders = Object.fromEntries(langs.map((lang) => [lang, new ServicePageEncoder(templates[lang])])) as Record<Lang, ServicePageEncoder>;
    encoderCache.set(templates, encoders);
  }
  return encoders;
}

/**
 * Writes the page of each service in each language as <outDir>/<lang>/services/<id>/index.html and
 * returns each page written with its size, for the check of the output's budget. Each page is
 * written as soon as it is made, by this thread: at 40,000 pages, handing the files to libuv's
 * threads cost about 15 s more CPU than it saved, on two cores that are both busy, and the pages
 * waiting for them outlived the young generation, so that V8 had to collect them with full
 * collections.
 */
export function writeServicePages(site: SiteModel, templates: ServicePageTemplates, outDir: string, ids: readonly string[]): OutputFile[] {
  const encoders = encodersOf(templates);
  const written: OutputFile[] = [];
  for (const id of ids) {
    const facts = site.facts.get(id);
    if (!facts) throw new Error(`Service ${id} is not in this thread's registry: did a registry file change during the build?`);
    for (const lang of langs) {
      const folder = join(outDir, lang, 'services', id);
      mkdirSync(folder, { recursive: true });
      const page = encoders[lang].encode(servicePageParts(serviceView(facts, lang), site));
      writeFileSync(join(folder, 'index.html'), page);
      written.push({ path: `${lang}/services/${id}/index.html`, bytes: page.length });
    }
  }
  return written;
}
