import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { registryRoot } from '../lib/registry/index.ts';
import { builtAddresses, explainVanished, publishedAddresses } from '../lib/site/published-addresses.ts';

/**
 * Fails the build when an address listed in the registry's published-address list was not built:
 * a published link must keep working (retire or redirect instead of deleting). Runs last, after
 * every other integration has written its files.
 */
export function publishedAddressesCheck(): AstroIntegration {
  return {
    name: 'kyzmat-published-addresses',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const published = publishedAddresses(registryRoot());
        if (published.length === 0) return;
        const built = new Set(builtAddresses(fileURLToPath(dir)));
        const vanished = published.filter((address) => !built.has(address));
        if (vanished.length > 0) throw new Error(explainVanished(vanished));
      },
    },
  };
}
