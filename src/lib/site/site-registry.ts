import { loadRegistry, registryProblems, registryRoot, type FileCache, type Registry } from '../registry/index.ts';

// Astro evaluates the config's integrations and the pages in separate module graphs; keeping the
// model on globalThis lets both share one load per build process (per registry folder).
const cache = globalThis as typeof globalThis & {
  __kyzmatRegistry?: { folder: string | undefined; registry: Registry };
  /** Only in `npm run dev`: per-file results, so a reload after saving one file re-reads only that file. */
  __kyzmatRegistryFiles?: FileCache;
};

/**
 * The registry the site is built from, loaded once per build. A registry with errors stops the
 * build with the same messages `npm run validate` prints.
 */
export function siteRegistry(): Registry {
  // Pages call this many times each; compare the setting itself before resolving any path.
  const folder = process.env.KYZMAT_REGISTRY;
  if (cache.__kyzmatRegistry && cache.__kyzmatRegistry.folder === folder) return cache.__kyzmatRegistry.registry;
  const { registry, errors } = loadRegistry(registryRoot(), { fileCache: cache.__kyzmatRegistryFiles });
  if (!registry) {
    throw new Error(registryProblems(errors));
  }
  cache.__kyzmatRegistry = { folder, registry };
  return registry;
}

/** For `npm run dev`: later loads re-read only the files that changed. */
export function keepRegistryFileResults(): void {
  cache.__kyzmatRegistryFiles ??= new Map();
}

/** Forgets the loaded registry, so the next page loads it again (`npm run dev`, after a registry file changes). */
export function forgetSiteRegistry(): void {
  delete cache.__kyzmatRegistry;
}
