// Writes the open data without Astro: `npm run export -- <folder>` -> <folder>/data/, <folder>/api/v1/ and <folder>/id/.
import { join, resolve } from 'node:path';
import { writeOpenData } from '../src/lib/export/write-open-data.ts';
import { formatError, registryRoot } from '../src/lib/registry/index.ts';
import { loadSiteModel } from '../src/lib/site-model/load-site-model.ts';

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run export -- <folder>   (reads KYZMAT_REGISTRY or registry/)');
  process.exit(2);
}

// 1. Load the registry once, with the same loader as the site and `validate`, into the site model.
const root = registryRoot();
const { site, errors } = await loadSiteModel(root);
if (!site) {
  for (const error of errors) console.error(formatError(error));
  console.error(`The registry has ${errors.length} problem(s); nothing was exported.`);
  process.exit(1);
}

// 2. Write every export from that one model.
const out = resolve(target);
const counts = await writeOpenData(site, { dataDir: join(out, 'data'), apiDir: join(out, 'api', 'v1'), idDir: join(out, 'id') });
console.log(
  `open data written to ${out}: ${Object.entries(counts)
    .map(([table, rows]) => `${table} ${rows}`)
    .join(', ')}`,
);
