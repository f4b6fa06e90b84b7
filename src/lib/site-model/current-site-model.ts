import { type FileCache, loadRegistry, registryProblems, registryRoot } from '../registry/index.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';
import { siteModelSources } from './site-model-sources.ts';

// The one piece of state the site keeps: the model of the build under way. Astro evaluates the
// config's integrations and the pages in separate module graphs, so a module variable would be
// two variables; globalThis is the one place both see. Only pages and integrations call this;
// components and library functions receive the model as an argument.
const holder = globalThis as typeof globalThis & {
  __kyzmatSiteModel?: { folder: string; model: SiteModel };
  /** Only in `npm run dev`: per-file results, so a reload after saving one file re-reads only that file. */
  __kyzmatRegistryFiles?: FileCache;
};

/**
 * The site model of the registry being built, made once per build (and after each registry edit
 * in `npm run dev`). A registry with errors stops the build with the messages `npm run validate` prints.
 */
export function currentSiteModel(): SiteModel {
  const folder = registryRoot();
  if (holder.__kyzmatSiteModel?.folder === folder) return holder.__kyzmatSiteModel.model;
  const { registry, errors } = loadRegistry(folder, { fileCache: holder.__kyzmatRegistryFiles });
  if (!registry) throw new Error(registryProblems(errors));
  const model = buildSiteModel(registry, siteModelSources(folder));
  holder.__kyzmatSiteModel = { folder, model };
  return model;
}

/** The build's main thread builds its site model (site-build.ts) and hands it over here, before any page asks for it. */
export function useSiteModel(model: SiteModel): void {
  holder.__kyzmatSiteModel = { folder: registryRoot(), model };
}

/** For `npm run dev`: later loads re-read only the files that changed. */
export function keepRegistryFileResults(): void {
  holder.__kyzmatRegistryFiles ??= new Map();
}

/** Forgets the model, so the next page builds it again (`npm run dev`, after a registry file changes). */
export function forgetCurrentSiteModel(): void {
  delete holder.__kyzmatSiteModel;
}
