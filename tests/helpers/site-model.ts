import { expect } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { buildSiteModel, type SiteModel } from '../../src/lib/site-model/site-model.ts';

/** The site model of a fixture registry (without git history), as the build makes it. */
export function siteModelOf(dir: string): SiteModel {
  const { registry, errors } = loadRegistry(dir);
  expect(errors).toEqual([]);
  return buildSiteModel(registry!, { available: false, reason: 'no-git' });
}
