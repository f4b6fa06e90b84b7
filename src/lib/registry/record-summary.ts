import type { Act, Agency, GeneralRule, Municipality, Service } from '../../schemas/index.ts';
import type { RecordKind } from './record-kinds.ts';
import { recordKinds } from './record-kinds.ts';
import type { Reference } from './references.ts';

// What the checks across records (cross-record-checks.ts) read of one record, found by the thread
// that reads its file: a thread that only checks the registry (validate) sends this instead of the
// record, which at 20,000 services is half a second less of copying between threads.

type RuleProblem = { path: (string | number)[]; message: string };

/** What the checks across records read of one record. */
export interface RecordSummary {
  /** The id the record gives itself, when it is text. */
  id?: string;
  /** Every field that names another record; none when the data is not a mapping. */
  references: Reference[];
  /** What breaks the rules within one record (valid services and acts). */
  ruleProblems: RuleProblem[];
  /** Ids the record had before (valid services, agencies and acts). */
  formerIds?: string[];
  /** The section, and levels, of services a valid general rule stands in for. */
  standsIn?: { section: string; levels?: readonly string[] };
  /** The next record along each chain of `cycleRules`, by the rule's place there (valid records). */
  chain: (string | undefined)[];
}

/** What the checks across records read of a record: its data need not travel further. */
export function summarizeRecord(kind: RecordKind, data: unknown, valid: boolean): RecordSummary {
  const rawId = (data as { id?: unknown } | null | undefined)?.id;
  const summary: RecordSummary = {
    id: typeof rawId === 'string' ? rawId : undefined,
    references: data !== null && typeof data === 'object' ? recordKinds[kind].references(data as never) : [],
    ruleProblems: [],
    chain: [],
  };
  if (!valid) return summary;
  if (kind === 'services') summary.ruleProblems = serviceRuleErrors(data as Service);
  if (kind === 'acts') summary.ruleProblems = actRuleErrors(data as Act);
  if (kind === 'services' || kind === 'agencies' || kind === 'acts') summary.formerIds = (data as { former_ids?: string[] }).former_ids;
  if (kind === 'generalRules') {
    const rule = data as GeneralRule;
    if (rule.section) summary.standsIn = { section: rule.section, levels: rule.levels };
  }
  summary.chain = cycleRules.map((rule) => (rule.kind === kind ? rule.next(data as never) : undefined));
  return summary;
}

/** Rules within one service that a schema alone cannot express. */
function serviceRuleErrors(service: Service): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (service.status === 'retired' && !service.retired) {
    problems.push({ path: ['status'], message: 'a retired service needs a "retired:" block with its date (and, if known, the act that retired it)' });
  }
  if (service.status === 'active' && service.retired) {
    problems.push({ path: ['retired'], message: 'an active service cannot have a "retired:" block; set status: retired or remove the block' });
  }
  const payment = service.payment;
  if (payment && payment.kind !== 'free') {
    const hasFee = (payment.fees?.length ?? 0) > 0;
    if (!hasFee && payment.fee_undocumented !== true) {
      problems.push({
        path: ['payment'],
        message: `a ${payment.kind} service needs its fees (amount, what for, source) or "fee_undocumented: true" when no source gives the amount yet`,
      });
    }
  }
  if (payment?.kind === 'free') {
    payment.fees?.forEach((fee, index) => {
      if (fee.amount > 0)
        problems.push({ path: ['payment', 'fees', index, 'amount'], message: 'a free service cannot have a fee above 0; set payment kind to paid or partly-paid' });
    });
    if (payment.fee_undocumented) problems.push({ path: ['payment', 'fee_undocumented'], message: 'a free service has no fee to document; remove fee_undocumented' });
  }
  const register = service.register;
  if (register?.kind === 'local' && !register.municipality) {
    problems.push({ path: ['register'], message: 'a service of a local register needs "municipality:" naming the municipality whose council approved it' });
  }
  if (register && register.kind !== 'local' && register.municipality) {
    problems.push({ path: ['register', 'municipality'], message: `only a local register names a municipality; the ${register.kind} register is national` });
  }
  if (register?.kind === 'unified-state' && service.level !== 'state') {
    problems.push({ path: ['level'], message: 'a service of the unified state register has level: state' });
  }
  if (register && register.kind !== 'unified-state' && service.level !== 'municipal') {
    problems.push({ path: ['level'], message: 'a service of a municipal register has level: municipal' });
  }
  return problems;
}

function actRuleErrors(act: Act): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const kinds = new Set(act.changes?.map((change) => change.kind));
  if (act.status === 'repealed' && !kinds.has('repealed') && !kinds.has('replaced')) {
    problems.push({ path: ['status'], message: 'a repealed act needs a change of kind "repealed" (or "replaced") saying by which act and when' });
  }
  if (act.status === 'amended' && !kinds.has('amended')) {
    problems.push({ path: ['status'], message: 'an amended act needs at least one change of kind "amended" saying by which act' });
  }
  act.changes?.forEach((change, index) => {
    if (change.by === act.id) problems.push({ path: ['changes', index, 'by'], message: 'an act cannot change itself' });
  });
  return problems;
}

/**
 * Fields that point from a record to another of its kind along a chain: a cycle in one would hide
 * its records from every list that walks the chain (a municipality inside itself is in no region).
 */
export const cycleRules: { kind: RecordKind; path: string[]; next: (record: never) => string | undefined; fix: string }[] = [
  {
    kind: 'services',
    path: ['retired', 'replaced_by'],
    next: (service: Service) => service.retired?.replaced_by,
    fix: 'a service cannot be replaced, directly or through others, by itself: correct "replaced_by" in one of these files',
  },
  { kind: 'agencies', path: ['parent'], next: (agency: Agency) => agency.parent, fix: 'a body cannot be part of itself: correct "parent" in one of these files' },
  {
    kind: 'agencies',
    path: ['succeeded_by'],
    next: (agency: Agency) => agency.succeeded_by,
    fix: 'a body cannot succeed itself, directly or through others: correct "succeeded_by" in one of these files',
  },
  {
    kind: 'municipalities',
    path: ['parent'],
    next: (municipality: Municipality) => municipality.parent,
    fix: 'a municipality cannot lie inside itself: correct "parent" in one of these files',
  },
];
