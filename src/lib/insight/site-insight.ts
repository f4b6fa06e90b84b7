import { siteRegistry } from '../site/site-registry.ts';
import { scoreServices, type ServiceScorecard } from './completeness.ts';
import { computeFlags, type Flag } from './flags.ts';

interface SiteInsight {
  flags: Flag[];
  /** Flags of each service, so that a service page does not scan them all. */
  flagsByService: Map<string, Flag[]>;
  scorecards: ServiceScorecard[];
}

// Keyed by the registry so that `npm run dev` recomputes them after a registry file changes.
const cache = new WeakMap<object, SiteInsight>();

/** Flags and scorecards of the site's registry, computed once per build. */
export function siteInsight(): SiteInsight {
  const registry = siteRegistry();
  const known = cache.get(registry);
  if (known) return known;
  const flags = computeFlags(registry);
  const flagsByService = new Map<string, Flag[]>();
  for (const flag of flags) if (flag.kind === 'services') flagsByService.set(flag.id, [...(flagsByService.get(flag.id) ?? []), flag]);
  const insight = { flags, flagsByService, scorecards: scoreServices(registry) };
  cache.set(registry, insight);
  return insight;
}
