import { formatError, loadRegistry, registryRoot, type Registry } from '../registry/index.ts';

let cached: Registry | undefined;

/**
 * The registry the site is built from, loaded once per build. A registry with errors stops the
 * build with the same messages `npm run validate` prints.
 */
export function siteRegistry(): Registry {
  if (cached) return cached;
  const { registry, errors } = loadRegistry(registryRoot());
  if (!registry) {
    throw new Error(`The registry has ${errors.length} problem(s); run "npm run validate" for details.\n${errors.slice(0, 50).map(formatError).join('\n')}`);
  }
  cached = registry;
  return registry;
}
