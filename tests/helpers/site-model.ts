import { expect } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { buildSiteModel, type SiteModel } from '../../src/lib/site-model/site-model.ts';

/** The site model of a fixture registry as the build makes it, without git history and as of a fixed date. */
export function siteModelOf(dir: string): SiteModel {
  const { registry, errors } = loadRegistry(dir);
  expect(errors).toEqual([]);
  return buildSiteModel(registry!, { history: { available: false, reason: 'no-git' }, version: { date: '2026-11-30T00:00:00Z', commit: 'fixture' }, staleAfterYears: 2 });
}
