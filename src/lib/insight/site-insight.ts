import { siteRegistry } from '../site/site-registry.ts';
import { scoreServices, type ServiceScorecard } from './completeness.ts';
import { computeFlags, type Flag } from './flags.ts';

interface SiteInsight {
  flags: Flag[];
  /** Flags of each service, so that a service page does not scan them all. */
  flagsByService: Map<string, Flag[]>;
  scorecards: ServiceScorecard[];
}

let cached: SiteInsight | undefined;

/** Flags and scorecards of the site's registry, computed once per build. */
export function siteInsight(): SiteInsight {
  if (cached) return cached;
  const registry = siteRegistry();
  const flags = computeFlags(registry);
  const flagsByService = new Map<string, Flag[]>();
  for (const flag of flags) if (flag.kind === 'services') flagsByService.set(flag.id, [...(flagsByService.get(flag.id) ?? []), flag]);
  cached = { flags, flagsByService, scorecards: scoreServices(registry) };
  return cached;
}
