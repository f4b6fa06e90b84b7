import type { MessagePort } from 'node:worker_threads';
import { type LoadResult, loadRegistryInParallel, loadRegistryTogether, type SharedLoad, type ValidationError } from '../registry/index.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';
import { siteModelSources } from './site-model-sources.ts';

/**
 * The site model of a registry folder, or every error found. The files are read in worker threads
 * (one per spare core) unless `threads` says how many threads read, this one included.
 */
export async function loadSiteModel(root: string, options: { threads?: number } = {}): Promise<{ site?: SiteModel; errors: ValidationError[] }> {
  return siteModelOf(root, await loadRegistryInParallel(root, options));
}

/** The site model of a load two threads share (loadRegistryTogether), for the build's two threads. */
export async function loadSiteModelTogether(load: SharedLoad, peer: MessagePort): Promise<{ site?: SiteModel; errors: ValidationError[] }> {
  return siteModelOf(load.root, await loadRegistryTogether(load, peer));
}

function siteModelOf(root: string, { registry, errors }: LoadResult): { site?: SiteModel; errors: ValidationError[] } {
  if (!registry) return { errors };
  return { site: buildSiteModel(registry, siteModelSources(root)), errors };
}
