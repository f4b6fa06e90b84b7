import type { RegistryHistory } from '../history/read-registry-history.ts';
import type { DataVersion } from '../history/registry-version.ts';
import { type ServiceScorecard, scoreService } from '../insight/completeness.ts';
import { computeFlags, type Flag } from '../insight/flags.ts';
import type { Registry } from '../registry/index.ts';
import { type Freshness, freshnessAsOf } from '../service-view/freshness.ts';
import { type ServiceFacts, serviceFacts } from '../service-view/service-facts.ts';
import { buildFacetIndex, type FacetIndex } from '../site/service-facets.ts';

/**
 * Everything the site and the open data are made from, built once by `buildSiteModel`: the
 * registry with its relations, each service's facts, the civic insight (rule flags, scorecards),
 * the registry's git history and the browse facets. Pages, components and exports receive it
 * explicitly. It is plain data (maps, arrays, objects), so a worker thread can receive a copy.
 */
export interface SiteModel {
  registry: Registry;
  /** The facts of every service, by id. */
  facts: Map<string, ServiceFacts>;
  flags: Flag[];
  /** Flags of each service, so that a service page does not scan them all. */
  flagsByService: Map<string, Flag[]>;
  /** Scorecards of every service, in id order. */
  scorecards: ServiceScorecard[];
  history: RegistryHistory;
  /** The registry's version: the last commit that changed it. */
  version: DataVersion;
  /** What counts as an old fact: dates are judged against the version's date, not the build's. */
  freshness: Freshness;
  facets: FacetIndex;
}

/** What the model is built from besides the registry: its git history and version, and the age at which facts count as old. */
export interface SiteModelSources {
  history: RegistryHistory;
  version: DataVersion;
  staleAfterYears: number;
}

/** The site model of a registry, its history and version. */
export function buildSiteModel(registry: Registry, { history, version, staleAfterYears }: SiteModelSources): SiteModel {
  const freshness = freshnessAsOf(version.date, staleAfterYears);
  const facts = new Map(registry.services.map((service) => [service.id, serviceFacts(service, registry, freshness)]));
  const flags = computeFlags(registry, facts);
  const flagsByService = new Map<string, Flag[]>();
  for (const flag of flags) if (flag.kind === 'services') flagsByService.set(flag.id, [...(flagsByService.get(flag.id) ?? []), flag]);
  return {
    registry,
    facts,
    flags,
    flagsByService,
    scorecards: [...facts.values()].map(scoreService),
    history,
    version,
    freshness,
    facets: buildFacetIndex([...facts.values()]),
  };
}
