// Builds the search index of an already built site: `node scripts/search-index.ts [dist]` (the build does this itself).
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/lib/search/build-search-index.ts';

const { pages, outputPath } = await buildSearchIndex(resolve(process.argv[2] ?? 'dist'));
console.log(`indexed ${pages} pages into ${outputPath}`);
