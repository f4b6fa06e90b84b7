import * as pagefind from 'pagefind';
import { langs } from '../../i18n/locales.ts';
import { serviceView } from '../service-view/service-view.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { serviceSearchDocument, type SearchDocument } from './service-search-document.ts';

// Documents travel to Pagefind's process a batch at a time: enough to keep it busy without
// queueing all 40,000 at once.
const batchSize = 200;

/** Every service's search document, in each language. */
export const searchDocuments = (site: SiteModel): SearchDocument[] =>
  langs.flatMap((lang) => site.registry.services.map((service) => serviceSearchDocument(serviceView(site.facts.get(service.id)!, lang), site.registry)));

/**
 * Builds the Pagefind search index of the documents, one index per language (Pagefind reads each
 * document's <html lang>), into `outputPath`. The documents come from the model alone, so the build
 * does this while the pages render; Pagefind works in its own process.
 */
export async function buildSearchIndex(documents: readonly SearchDocument[], outputPath: string): Promise<{ pages: number; outputPath: string }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (let start = 0; start < documents.length; start += batchSize) {
      const added = await Promise.all(documents.slice(start, start + batchSize).map((document) => index.addHTMLFile(document)));
      for (const result of added) {
        if (result.errors.length > 0) throw new Error(`Pagefind could not index ${result.file.url}: ${result.errors.join('; ')}`);
      }
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages: documents.length, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}
