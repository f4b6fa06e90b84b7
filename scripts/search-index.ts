// Builds the search index alone: `node scripts/search-index.ts [dist]` -> <dist>/pagefind/ (the build does this itself).
import { join, resolve } from 'node:path';
import { formatError, loadRegistryInParallel, registryRoot } from '../src/lib/registry/index.ts';
import { buildSearchIndex, searchDocuments } from '../src/lib/search/build-search-index.ts';

const { registry, errors } = await loadRegistryInParallel(registryRoot());
if (!registry) {
  for (const error of errors) console.error(formatError(error));
  process.exit(1);
}
const { pages, outputPath } = await buildSearchIndex(searchDocuments(registry), join(resolve(process.argv[2] ?? 'dist'), 'pagefind'));
console.log(`indexed ${pages} pages into ${outputPath}`);
