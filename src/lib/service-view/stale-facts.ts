import type { DatedFact } from '../registry/dated-facts.ts';
import { type Freshness, isStale, staleBefore } from './freshness.ts';

/** A fee or deadline whose date is older than the freshness allows: where it is, and its date. */
export interface StaleFact {
  serviceId: string;
  /** Path of the dated field, e.g. ["payment", "fees", 0, "as_of"]. */
  path: (string | number)[];
  date: string;
}

/** Every fee and deadline of the services (their dated facts) dated before the freshness allows, in the services' order. */
export function staleFacts(services: readonly { id: string; dated: readonly DatedFact[] }[], freshness: Freshness): StaleFact[] {
  return services.flatMap((service) => service.dated.filter((fact) => isStale(fact.date, freshness)).map(({ path, date }) => ({ serviceId: service.id, path: [...path], date })));
}

/** What a volunteer reads for one stale fact. */
export const staleFactMessage = (fact: StaleFact, freshness: Freshness): string =>
  `warning: dated ${fact.date}, more than ${freshness.staleAfterYears} years before ${freshness.referenceDate} (older than ${staleBefore(freshness)}); the site marks it "may have changed since". Look for a newer source and update the value and its as_of`;
