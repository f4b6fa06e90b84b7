import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dataVersion } from '../lib/export/data-version.ts';
import { writeOpenData } from '../lib/export/write-open-data.ts';
import { registryRoot } from '../lib/registry/index.ts';
import { siteRegistry } from '../lib/site/site-registry.ts';
import { siteUrl } from '../site-config.ts';

/** Writes the open data into <outDir>/data/ and the static API into <outDir>/api/v1/ after the pages are built. */
export function openData(): AstroIntegration {
  return {
    name: 'kyzmat-open-data',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const counts = writeOpenData(siteRegistry(), {
          dataDir: join(outDir, 'data'),
          apiDir: join(outDir, 'api', 'v1'),
          siteUrl,
          version: dataVersion(registryRoot()),
        });
        logger.info(`open data: ${counts.services} services, ${Object.keys(counts).length} tables in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
