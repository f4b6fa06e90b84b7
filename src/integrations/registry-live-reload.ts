import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { registryRoot } from '../lib/registry/index.ts';
import { forgetCurrentSiteModel, keepRegistryFileResults } from '../lib/site-model/current-site-model.ts';

/**
 * In `npm run dev`, a saved registry file reloads the browser with the change: the registry is
 * loaded again, re-reading only the files that changed, and only the page asked for is rendered.
 * A static build has no such shortcut: Astro 7 rebuilds every page.
 */
export function registryLiveReload(): AstroIntegration {
  return {
    name: 'kyzmat-registry-live-reload',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(registryRoot());
        keepRegistryFileResults();
        server.watcher.add(root);
        const onChange = (file: string) => {
          if (!resolve(file).startsWith(root + sep)) return;
          forgetCurrentSiteModel();
          logger.info(`registry changed (${file.slice(root.length + 1)}); reloading`);
          server.ws.send({ type: 'full-reload' });
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
      },
    },
  };
}
