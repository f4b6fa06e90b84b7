import type { Act } from '../../schemas/index.ts';
import type { Registry } from '../registry/index.ts';
import type { RecordPart, ServiceFacts } from '../service-view/service-facts.ts';

/** The rules the registry's data is checked against; their wording and legal basis are interface strings (insight.rule.<id>.*). */
export const flagRules = ['fee-without-act', 'fee-act-repealed', 'no-charging-ground', 'no-standard', 'law-changed-since', 'local-register-unapproved'] as const;
export type FlagRule = (typeof flagRules)[number];

/** One rule found broken (or to be checked) in one record, with the facts that make it true. */
export interface Flag {
  rule: FlagRule;
  /** The record the flag is about and where to propose a correction. */
  kind: 'services' | 'municipalities';
  id: string;
  /** The section or part concerned. */
  part?: RecordPart;
  /** The act involved (the repealed fee act, the changed act). */
  act?: string;
  /** The date the fact was true for (as_of) and the date of the change that came after it. */
  asOf?: string;
  changeDate?: string;
  changeKind?: 'amended' | 'repealed' | 'replaced';
  /** For no-charging-ground: the grounds stated that match none of the law's ("other"), empty when none is stated. */
  grounds?: string[];
}

/** The changes (amendment, repeal, replacement) of an act dated after a day; undated changes cannot be placed and are left out. */
const changesAfter = (act: Act, day: string) => (act.changes ?? []).filter((change) => change.date !== undefined && change.date > day);

/** True when an act no longer has force: marked repealed, or a recorded repeal or replacement. */
const isRepealed = (act: Act) => act.status === 'repealed' || (act.changes ?? []).some((change) => change.kind !== 'amended');

type RuleCheck = (registry: Registry, active: ServiceFacts[]) => Flag[];

const checks: Record<FlagRule, RuleCheck> = {
  // Draft law art. 7: a fee is set by a legal act. A paid service whose fees rest on no act.
  'fee-without-act': (_registry, active) =>
    active.filter((facts) => facts.paid && facts.feeBasis.length === 0).map((facts) => ({ rule: 'fee-without-act', kind: 'services', id: facts.service.id, part: 'payment' })),

  // A fee may rest only on an act in force: each act a fee rests on that is repealed or replaced.
  'fee-act-repealed': (registry, active) =>
    active.flatMap((facts) =>
      facts.feeBasis
        .map((id) => registry.act.get(id)!)
        .filter(isRepealed)
        .map((act) => {
          const change = (act.changes ?? []).find((item) => item.kind !== 'amended');
          return {
            rule: 'fee-act-repealed',
            kind: 'services',
            id: facts.service.id,
            part: 'payment',
            act: act.id,
            changeDate: change?.date,
            changeKind: change?.kind ?? 'repealed',
          } satisfies Flag;
        }),
    ),

  // 2011 register regulation and draft law art. 7: a service may be paid only on one of the listed grounds.
  'no-charging-ground': (_registry, active) =>
    active.flatMap((facts) => {
      if (!facts.paid) return [];
      const grounds = facts.service.payment?.charging_grounds ?? [];
      if (grounds.some((ground) => ground !== 'other')) return [];
      return [{ rule: 'no-charging-ground', kind: 'services', id: facts.service.id, part: 'payment', grounds } satisfies Flag];
    }),

  // Draft law art. 11: a standard is mandatory before a service may be provided; no act approving one is on record.
  'no-standard': (_registry, active) =>
    active.filter((facts) => facts.service.standard?.approved_by === undefined).map((facts) => ({ rule: 'no-standard', kind: 'services', id: facts.service.id })),

  // A part documented as of a date, citing an act amended or repealed after that date: the law changed, check the part.
  'law-changed-since': (registry, active) =>
    active.flatMap((facts) =>
      facts.parts.flatMap((part) => {
        if (!part.as_of) return [];
        const actIds = [...new Set(part.sources.flatMap((source) => (source.act ? [source.act] : [])))].sort();
        return actIds.flatMap((id) => {
          const latest = changesAfter(registry.act.get(id)!, part.as_of!).at(-1);
          if (!latest) return [];
          return [
            {
              rule: 'law-changed-since',
              kind: 'services',
              id: facts.service.id,
              part: part.part,
              act: id,
              asOf: part.as_of,
              changeDate: latest.date,
              changeKind: latest.kind,
            } satisfies Flag,
          ];
        });
      }),
    ),

  // Draft law: a local register is approved by the local council. A municipality's local register without that decision,
  // or a local-register service whose municipality records none.
  'local-register-unapproved': (registry, active) => {
    const flags: Flag[] = registry.municipalities
      .filter((municipality) => municipality.local_register && municipality.local_register.approved_by === undefined)
      .map((municipality) => ({ rule: 'local-register-unapproved', kind: 'municipalities', id: municipality.id, part: 'local_register' }));
    for (const { service } of active) {
      if (service.register?.kind !== 'local') continue;
      const municipality = service.register.municipality ? registry.municipality.get(service.register.municipality) : undefined;
      if (municipality?.local_register?.approved_by) continue;
      flags.push({ rule: 'local-register-unapproved', kind: 'services', id: service.id, part: 'register' });
    }
    return flags;
  },
};

/** Every flag the registry raises, grouped in rule order, then by record id. */
export function computeFlags(registry: Registry, facts: ReadonlyMap<string, ServiceFacts>): Flag[] {
  const active = registry.services.filter((service) => service.status === 'active').map((service) => facts.get(service.id)!);
  return flagRules.flatMap((rule) => checks[rule](registry, active).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}
