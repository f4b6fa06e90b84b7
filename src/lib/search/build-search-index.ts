import { langs } from '../../i18n/locales.ts';
import type { Registry } from '../registry/index.ts';
import * as pagefind from 'pagefind';
import { serviceSearchDocument } from './service-search-document.ts';

// Documents travel to Pagefind's process a batch at a time: enough to keep it busy, few enough that
// the build's own work (rendering pages in the same process) is not starved.
const batchSize = 200;

/**
 * Builds the Pagefind search index of every service, one index per language (Pagefind reads each
 * document's <html lang>), into `outputPath`. It needs only the model, so the build runs it while
 * the pages are rendered: Pagefind works in its own process, on the machine's other core.
 */
export async function buildSearchIndex(registry: Registry, outputPath: string): Promise<{ pages: number; outputPath: string }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const documents = langs.flatMap((lang) => registry.services.map((service) => [service, lang] as const));
    let pages = 0;
    for (let start = 0; start < documents.length; start += batchSize) {
      const added = await Promise.all(documents.slice(start, start + batchSize).map(([service, lang]) => index.addHTMLFile(serviceSearchDocument(service, registry, lang))));
      for (const result of added) {
        if (result.errors.length > 0) throw new Error(`Pagefind could not index ${result.file.url}: ${result.errors.join('; ')}`);
        pages++;
      }
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}
