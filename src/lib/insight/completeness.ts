import { type StandardSectionKey, standardSectionKeys } from '../../schemas/index.ts';
import type { Registry } from '../registry/index.ts';
import type { ServiceFacts } from '../service-view/service-facts.ts';

/** What a scorecard checks besides the 15 sections of the standard. */
export const extraChecks = ['procedure', 'fee_basis', 'quoted_sources'] as const;
export type ScorecardCheck = StandardSectionKey | (typeof extraChecks)[number];
export const scorecardChecks: ScorecardCheck[] = [...standardSectionKeys, ...extraChecks];

/** documented, missing, or not applicable to this service (e.g. a price justification for a free service). */
export type CheckState = 'documented' | 'missing' | 'not-applicable';

/** How much of one service the registry documents. */
export interface ServiceScorecard {
  service: string;
  checks: Record<ScorecardCheck, CheckState>;
  documented: number;
  applicable: number;
  /** documented / applicable, 0..1. */
  share: number;
}

function applies(facts: ServiceFacts, check: ScorecardCheck): boolean {
  const kind = facts.service.payment?.kind;
  if (check === 'price_justification') return kind !== 'free';
  if (check === 'provider_cost') return kind !== 'paid';
  if (check === 'fee_basis') return facts.paid;
  return true;
}

function isDocumented(facts: ServiceFacts, check: ScorecardCheck): boolean {
  if (check === 'procedure') return facts.service.procedure !== undefined;
  // A fee basis is an act the fees rest on.
  if (check === 'fee_basis') return facts.feeBasis.length > 0;
  // Traceable: every documented part quotes the passage it was taken from, or cites an act.
  if (check === 'quoted_sources')
    return facts.parts.length > 0 && facts.parts.every((part) => part.sources.some((source) => source.quote !== undefined || source.act !== undefined));
  return facts.documentedSections.includes(check);
}

/** The scorecard of one service. */
export function scoreService(facts: ServiceFacts): ServiceScorecard {
  const checks = {} as Record<ScorecardCheck, CheckState>;
  let documented = 0;
  let applicable = 0;
  for (const check of scorecardChecks) {
    if (!applies(facts, check)) {
      checks[check] = 'not-applicable';
      continue;
    }
    applicable += 1;
    const done = isDocumented(facts, check);
    if (done) documented += 1;
    checks[check] = done ? 'documented' : 'missing';
  }
  return { service: facts.service.id, checks, documented, applicable, share: applicable === 0 ? 0 : documented / applicable };
}

/** Totals of a group of services: how many checks are documented out of how many apply. */
export interface ScorecardTotal {
  group: 'register' | 'agency' | 'category' | 'municipality';
  /** Register kind ("none" for no register entry), agency, category or municipality id. */
  key: string;
  services: number;
  documented: number;
  applicable: number;
  share: number;
  /** How many services of the group document each check. */
  byCheck: Record<ScorecardCheck, number>;
}

function total(group: ScorecardTotal['group'], key: string, cards: ServiceScorecard[]): ScorecardTotal {
  const byCheck = Object.fromEntries(scorecardChecks.map((check) => [check, cards.filter((card) => card.checks[check] === 'documented').length])) as Record<ScorecardCheck, number>;
  const documented = cards.reduce((sum, card) => sum + card.documented, 0);
  const applicable = cards.reduce((sum, card) => sum + card.applicable, 0);
  return { group, key, services: cards.length, documented, applicable, share: applicable === 0 ? 0 : documented / applicable, byCheck };
}

/** Totals per register, providing agency, category and municipality, each sorted by key. */
export function scorecardTotals(registry: Registry, cards: readonly ServiceScorecard[]): ScorecardTotal[] {
  const cardOf = new Map(cards.map((card) => [card.service, card]));
  const groups: Record<ScorecardTotal['group'], Map<string, Set<ServiceScorecard>>> = {
    register: new Map(),
    agency: new Map(),
    category: new Map(),
    municipality: new Map(),
  };
  const add = (group: ScorecardTotal['group'], key: string, card: ServiceScorecard) => {
    const set = groups[group].get(key) ?? new Set();
    set.add(card);
    groups[group].set(key, set);
  };
  for (const service of registry.services) {
    const card = cardOf.get(service.id)!;
    add('register', service.register?.kind ?? 'none', card);
    for (const id of service.categories) add('category', id, card);
  }
  for (const [id, services] of registry.relations.servicesProvidedBy) for (const service of services) add('agency', id, cardOf.get(service.id)!);
  for (const [id, entries] of registry.relations.localRegister) for (const { service } of entries) add('municipality', id, cardOf.get(service.id)!);
  return (Object.keys(groups) as ScorecardTotal['group'][]).flatMap((group) =>
    [...groups[group].entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, set]) => total(group, key, [...set])),
  );
}

/** Active services with the smallest documented share first; ties by fewer documented checks, then id. */
export function leastDocumented(registry: Registry, cards: readonly ServiceScorecard[], limit = 10): ServiceScorecard[] {
  const active = new Set(registry.services.filter((service) => service.status === 'active').map((service) => service.id));
  return cards
    .filter((card) => active.has(card.service))
    .sort((a, b) => a.share - b.share || a.documented - b.documented || (a.service < b.service ? -1 : 1))
    .slice(0, limit);
}
