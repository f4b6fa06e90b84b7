import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { registryRoot } from '../lib/registry/index.ts';
import { explainVanished, publishedAddresses, vanishedAddresses } from '../lib/site/published-addresses.ts';

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
        const vanished = vanishedAddresses(fileURLToPath(dir), published);
        if (vanished.length > 0) throw new Error(explainVanished(vanished));
      },
    },
  };
}
