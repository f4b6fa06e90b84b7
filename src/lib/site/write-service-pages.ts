import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { langs, type Lang } from '../../i18n/locales.ts';
import type { Service } from '../../schemas/index.ts';
import { serviceView } from '../service-view/service-view.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { servicePageParts } from './markup/service-page-document.ts';
import { fillServicePageTemplate, type ServicePageTemplate } from './service-page-template.ts';

/** The layout of the service page rendered as a template, per language (see service-page-template.ts). */
export type ServicePageTemplates = Record<Lang, ServicePageTemplate>;

/** Writes the page of each service in each language as <outDir>/<lang>/services/<id>/index.html; returns how many. */
export function writeServicePages(site: SiteModel, templates: ServicePageTemplates, outDir: string, services: readonly Service[]): number {
  for (const service of services) {
    const facts = site.facts.get(service.id)!;
    for (const lang of langs) {
      const folder = join(outDir, lang, 'services', service.id);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), fillServicePageTemplate(templates[lang], servicePageParts(serviceView(facts, lang), site)));
    }
  }
  return services.length * langs.length;
}
