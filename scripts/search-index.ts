// Builds the search index alone: `node scripts/search-index.ts [dist]` -> <dist>/pagefind/ (the build does this itself).
import { join, resolve } from 'node:path';
import { formatError, registryRoot } from '../src/lib/registry/index.ts';
import { buildSearchIndex, searchDocuments } from '../src/lib/search/build-search-index.ts';
import { loadSiteModel } from '../src/lib/site-model/load-site-model.ts';

const { site, errors } = await loadSiteModel(registryRoot());
if (!site) {
  for (const error of errors) console.error(formatError(error));
  process.exit(1);
}
const { pages, outputPath } = await buildSearchIndex(searchDocuments(site), join(resolve(process.argv[2] ?? 'dist'), 'pagefind'));
console.log(`indexed ${pages} pages into ${outputPath}`);
