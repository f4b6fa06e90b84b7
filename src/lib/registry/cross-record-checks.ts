import type { Act, Agency, Category, GeneralRule, MostNeeded, Municipality, Register, SearchPin, Service } from '../../schemas/index.ts';
import { closestName } from './describe-schema-issue.ts';
import type { RecordFile } from './read-record-file.ts';
import { type RecordKind, recordFilePattern, recordKindNames, recordKinds, taxonomyFiles } from './record-kinds.ts';
import { referenceCycles } from './reference-cycles.ts';
import { type Reference, type ReferenceTarget, registerReferences } from './references.ts';
import type { ValidationError } from './validation-error.ts';

/** A file that passed its schema, ready for checks across records. */
export interface CheckedFile {
  kind: RecordKind;
  /** The file name without extension, which must equal the record's id. */
  fileId: string;
  /** Absent when the file could not be parsed at all. */
  record?: RecordFile;
  /** The parsed data; only trustworthy when `valid`. */
  data: unknown;
  /** True when the file passed its schema. */
  valid: boolean;
}

export interface CheckedTaxonomies {
  categories?: { record: RecordFile; data: unknown[] };
  registers?: { record: RecordFile; data: unknown[] };
  searchPins?: { record: RecordFile; data: unknown[] };
  mostNeeded?: { record: RecordFile; data: unknown[] };
}

// What a volunteer reads in a "no such record" error: the kind's noun and where its file would be.
const targetWords = (target: ReferenceTarget) =>
  target === 'categories'
    ? { noun: taxonomyFiles.categories.noun, where: () => `registry/${taxonomyFiles.categories.file}` }
    : { noun: recordKinds[target].noun, where: (id: string) => recordFilePattern(target, id) };

/** Rules within one service that a schema alone cannot express. */
function serviceRuleErrors(service: Service): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
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

function actRuleErrors(act: Act): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
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
 * Checks what no single file can: ids are unique and match file names, every reference names an
 * existing record, and the registry's rules (a paid service documents its fee, a retired one its date).
 */
export function checkCrossRecordRules(files: CheckedFile[], taxonomies: CheckedTaxonomies): ValidationError[] {
  const errors: ValidationError[] = [];
  const at = (record: RecordFile, path: (string | number)[], message: string) => errors.push({ file: record.file, ...record.locate(path), field: path.join('.'), message });

  // The ids of every record kind, and of the categories that services name.
  const ids = Object.fromEntries([...recordKindNames, 'categories'].map((kind) => [kind, new Map<string, RecordFile>()])) as Record<
    RecordKind | 'categories',
    Map<string, RecordFile>
  >;

  for (const file of files) {
    const seen = ids[file.kind];
    const rawId = (file.data as { id?: unknown } | undefined)?.id;
    if (!file.record || typeof rawId !== 'string') {
      // Unreadable or id-less: its file name stands in for its id, so references to it are not reported as missing.
      if (!seen.has(file.fileId) && file.record) seen.set(file.fileId, file.record);
      continue;
    }
    if (rawId !== file.fileId) {
      at(file.record, ['id'], `the id "${rawId}" does not match the file name "${file.fileId}${recordKinds[file.kind].extension}"; the file must be named after the id`);
    }
    const first = seen.get(rawId);
    if (first) at(file.record, ['id'], `duplicate id "${rawId}": ${first.file} already uses it; every record needs its own id`);
    else seen.set(rawId, file.record);
  }
  const unreadable = files.filter((file) => !file.record);
  for (const file of unreadable) {
    const seen = ids[file.kind];
    if (!seen.has(file.fileId)) seen.set(file.fileId, { file: file.fileId, data: undefined, locate: () => ({ line: 1, column: 1 }) });
  }

  const categoryList = (taxonomies.categories?.data ?? []) as Category[];
  categoryList.forEach((category, index) => {
    const record = taxonomies.categories!.record;
    if (ids.categories.has(category.id)) at(record, [index, 'id'], `duplicate category id "${category.id}"`);
    else ids.categories.set(category.id, record);
  });
  const registerList = (taxonomies.registers?.data ?? []) as Register[];
  const registerIds = new Set<string>();
  registerList.forEach((register, index) => {
    const record = taxonomies.registers!.record;
    if (registerIds.has(register.id)) at(record, [index, 'id'], `duplicate register id "${register.id}"`);
    registerIds.add(register.id);
  });

  const checkReference = (record: RecordFile, reference: Reference) => {
    if (ids[reference.target].has(reference.id)) return;
    const words = targetWords(reference.target);
    const suggestion = closestName(reference.id, [...ids[reference.target].keys()]);
    at(record, reference.path, `no ${words.noun} with id "${reference.id}" exists (expected ${words.where(reference.id)})${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
  };

  for (const file of files) {
    if (!file.record || file.data === null || typeof file.data !== 'object') continue;
    for (const reference of recordKinds[file.kind].references(file.data as never)) checkReference(file.record, reference);
  }
  registerList.forEach((register, index) => {
    for (const reference of registerReferences(register)) checkReference(taxonomies.registers!.record, { ...reference, path: [index, ...reference.path] });
  });
  ((taxonomies.searchPins?.data ?? []) as SearchPin[]).forEach((pin, index) => {
    checkReference(taxonomies.searchPins!.record, { target: 'services', id: pin.service, path: [index, 'service'] });
  });
  ((taxonomies.mostNeeded?.data ?? []) as MostNeeded).forEach((id, index) => {
    checkReference(taxonomies.mostNeeded!.record, { target: 'services', id, path: [index] });
  });

  const formerIds = new Map<string, string>();
  // One general rule per section and level: a service page can show only one in place of its own.
  const ruleSections = new Map<string, string>();
  for (const file of files) {
    if (!file.valid || !file.record) continue;
    if (file.kind === 'services') {
      const service = file.data as Service;
      for (const problem of serviceRuleErrors(service)) at(file.record, problem.path, problem.message);
    }
    if (file.kind === 'services' || file.kind === 'agencies' || file.kind === 'acts') {
      const { id, former_ids } = file.data as { id: string; former_ids?: string[] };
      const noun = recordKinds[file.kind].noun;
      former_ids?.forEach((formerId, index) => {
        if (ids[file.kind].has(formerId))
          at(file.record!, ['former_ids', index], `former id "${formerId}" is the id of an existing ${noun}; an address can redirect to only one place`);
        const owner = formerIds.get(`${file.kind}/${formerId}`);
        if (owner) at(file.record!, ['former_ids', index], `former id "${formerId}" is already claimed by ${noun} "${owner}"`);
        formerIds.set(`${file.kind}/${formerId}`, id);
      });
    }
    if (file.kind === 'acts') {
      for (const problem of actRuleErrors(file.data as Act)) at(file.record, problem.path, problem.message);
    }
    if (file.kind === 'generalRules') {
      const rule = file.data as GeneralRule;
      for (const level of rule.section ? (rule.levels ?? ['state', 'municipal']) : []) {
        const key = `${rule.section}/${level}`;
        const owner = ruleSections.get(key);
        if (owner)
          at(
            file.record,
            ['section'],
            `general rule "${owner}" already stands in for section "${rule.section}" of ${level} services; one rule per section and level, or narrow "levels"`,
          );
        else ruleSections.set(key, rule.id);
      }
    }
  }
  for (const rule of cycleRules) {
    const members = files.filter((file) => file.kind === rule.kind && file.valid && file.record);
    const next = new Map(
      members.flatMap((file) => {
        const target = rule.next(file.data as never);
        return target === undefined ? [] : [[(file.data as { id: string }).id, target] as const];
      }),
    );
    const recordOf = new Map(members.map((file) => [(file.data as { id: string }).id, file.record!]));
    for (const cycle of referenceCycles(next)) {
      const round = [...cycle, cycle[0]!].map((id) => recordOf.get(id)!.file).join(' -> ');
      const field = rule.path[rule.path.length - 1];
      for (const id of cycle) at(recordOf.get(id)!, rule.path, `"${field}" goes round in a circle: ${round}; ${rule.fix}`);
    }
  }
  return errors;
}

/**
 * Fields that point from a record to another of its kind along a chain: a cycle in one would hide
 * its records from every list that walks the chain (a municipality inside itself is in no region).
 */
const cycleRules: { kind: RecordKind; path: string[]; next: (record: never) => string | undefined; fix: string }[] = [
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
