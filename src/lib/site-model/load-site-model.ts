import { loadRegistryInParallel, type ValidationError } from '../registry/index.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';
import { siteModelSources } from './site-model-sources.ts';

/** The site model of a registry folder for command-line scripts (files read in worker threads), or every error found. */
export async function loadSiteModel(root: string): Promise<{ site?: SiteModel; errors: ValidationError[] }> {
  const { registry, errors } = await loadRegistryInParallel(root);
  if (!registry) return { errors };
  return { site: buildSiteModel(registry, siteModelSources(root)), errors };
}
