import type { Registry } from '../registry/index.ts';
import { changesAfter, datedParts, feeActIds, isPaid, isRepealed } from './service-facts.ts';

/** The rules the registry's data is checked against; their wording and legal basis are interface strings (flag.<id>.*). */
export const flagRules = [
  'fee-without-act',
  'fee-act-repealed',
  'no-charging-ground',
  'no-standard',
  'law-changed-since',
  'local-register-unapproved',
] as const;
export type FlagRule = (typeof flagRules)[number];

/** One rule found broken (or to be checked) in one record, with the facts that make it true. */
export interface Flag {
  rule: FlagRule;
  /** The record the flag is about and where to propose a correction. */
  kind: 'services' | 'municipalities';
  id: string;
  /** The section or part concerned: a standard section key, "payment", "procedure", "register". */
  part?: string;
  /** The act involved (the repealed fee act, the changed act). */
  act?: string;
  /** The date the fact was true for (as_of) and the date of the change that came after it. */
  asOf?: string;
  changeDate?: string;
  changeKind?: 'amended' | 'repealed' | 'replaced';
  /** For no-charging-ground: the grounds stated that match none of the law's ("other"), empty when none is stated. */
  grounds?: string[];
}

type RuleCheck = (registry: Registry) => Flag[];

const active = (registry: Registry) => registry.services.filter((service) => service.status === 'active');

const checks: Record<FlagRule, RuleCheck> = {
  // Draft law art. 7: a fee is set by a legal act. A paid service none of whose fees or payment sources cite an act.
  'fee-without-act': (registry) =>
    active(registry)
      .filter((service) => isPaid(service) && feeActIds(service).length === 0)
      .map((service) => ({ rule: 'fee-without-act', kind: 'services', id: service.id, part: 'payment' })),

  // A fee may rest only on an act in force: each fee act that is repealed or replaced.
  'fee-act-repealed': (registry) =>
    active(registry).flatMap((service) => {
      const feeActs = new Set((service.payment?.fees ?? []).flatMap((fee) => (fee.act ? [fee.act] : [])));
      return [...feeActs]
        .sort()
        .map((id) => registry.act.get(id)!)
        .filter(isRepealed)
        .map((act) => {
          const change = (act.changes ?? []).find((item) => item.kind !== 'amended');
          return { rule: 'fee-act-repealed', kind: 'services', id: service.id, part: 'payment', act: act.id, changeDate: change?.date, changeKind: change?.kind ?? 'repealed' } satisfies Flag;
        });
    }),

  // 2011 register regulation and draft law art. 7: a service may be paid only on one of the listed grounds.
  'no-charging-ground': (registry) =>
    active(registry).flatMap((service) => {
      if (!isPaid(service)) return [];
      const grounds = service.payment?.charging_grounds ?? [];
      const lawful = grounds.filter((ground) => ground !== 'other');
      if (lawful.length > 0) return [];
      return [{ rule: 'no-charging-ground', kind: 'services', id: service.id, part: 'payment', grounds } satisfies Flag];
    }),

  // Draft law art. 11: a standard is mandatory before a service may be provided; no act approving one is on record.
  'no-standard': (registry) =>
    active(registry)
      .filter((service) => service.standard?.approved_by === undefined)
      .map((service) => ({ rule: 'no-standard', kind: 'services', id: service.id })),

  // A part documented as of a date, citing an act amended or repealed after that date: the law changed, check the part.
  'law-changed-since': (registry) =>
    active(registry).flatMap((service) =>
      datedParts(service).flatMap((part) => {
        if (!part.as_of) return [];
        const actIds = [...new Set(part.sources.flatMap((source) => (source.act ? [source.act] : [])))].sort();
        return actIds.flatMap((id) => {
          const latest = changesAfter(registry.act.get(id)!, part.as_of!).at(-1);
          if (!latest) return [];
          return [{ rule: 'law-changed-since', kind: 'services', id: service.id, part: part.part, act: id, asOf: part.as_of, changeDate: latest.date, changeKind: latest.kind } satisfies Flag];
        });
      }),
    ),

  // Draft law: a local register is approved by the local council. A municipality's local register without that decision,
  // or a local-register service whose municipality records none.
  'local-register-unapproved': (registry) => {
    const flags: Flag[] = registry.municipalities
      .filter((municipality) => municipality.local_register && municipality.local_register.approved_by === undefined)
      .map((municipality) => ({ rule: 'local-register-unapproved', kind: 'municipalities', id: municipality.id, part: 'local_register' }));
    for (const service of active(registry)) {
      if (service.register?.kind !== 'local') continue;
      const municipality = service.register.municipality ? registry.municipality.get(service.register.municipality) : undefined;
      if (municipality?.local_register?.approved_by) continue;
      flags.push({ rule: 'local-register-unapproved', kind: 'services', id: service.id, part: 'register' });
    }
    return flags;
  },
};

/** Every flag the registry raises, grouped in rule order, then by record id. */
export function computeFlags(registry: Registry): Flag[] {
  return flagRules.flatMap((rule) => checks[rule](registry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}
