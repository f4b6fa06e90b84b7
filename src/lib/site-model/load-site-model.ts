import { loadRegistryInParallel, type ValidationError } from '../registry/index.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';
import { siteModelSources } from './site-model-sources.ts';

/**
 * The site model of a registry folder, or every error found. The files are read in worker threads
 * (one per spare core) unless `threads` says how many threads read, this one included.
 */
export async function loadSiteModel(root: string, options: { threads?: number } = {}): Promise<{ site?: SiteModel; errors: ValidationError[] }> {
  const { registry, errors } = await loadRegistryInParallel(root, options);
  if (!registry) return { errors };
  return { site: buildSiteModel(registry, siteModelSources(root)), errors };
}
