import type { Category, MostNeeded, Register, SearchPin } from '../../schemas/index.ts';
import { closestName } from './describe-schema-issue.ts';
import type { RecordFile } from './read-record-file.ts';
import { type RecordKind, recordFilePattern, recordKindNames, recordKinds, taxonomyFiles } from './record-kinds.ts';
import { cycleRules, type RecordSummary } from './record-summary.ts';
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
  /** The parsed data; only trustworthy when `valid`. Absent when only the checks are asked for (LoadOptions.checkOnly). */
  data?: unknown;
  /** True when the file passed its schema. */
  valid: boolean;
  /** What the checks across records read of the record. */
  summary: RecordSummary;
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
    const rawId = file.summary.id;
    if (!file.record || rawId === undefined) {
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
    if (!file.record) continue;
    for (const reference of file.summary.references) checkReference(file.record, reference);
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
    const { summary } = file;
    if (file.kind === 'services') for (const problem of summary.ruleProblems) at(file.record, problem.path, problem.message);
    if (file.kind === 'services' || file.kind === 'agencies' || file.kind === 'acts') {
      const id = summary.id!;
      const noun = recordKinds[file.kind].noun;
      summary.formerIds?.forEach((formerId, index) => {
        if (ids[file.kind].has(formerId))
          at(file.record!, ['former_ids', index], `former id "${formerId}" is the id of an existing ${noun}; an address can redirect to only one place`);
        const owner = formerIds.get(`${file.kind}/${formerId}`);
        if (owner) at(file.record!, ['former_ids', index], `former id "${formerId}" is already claimed by ${noun} "${owner}"`);
        formerIds.set(`${file.kind}/${formerId}`, id);
      });
    }
    if (file.kind === 'acts') for (const problem of summary.ruleProblems) at(file.record, problem.path, problem.message);
    if (file.kind === 'generalRules' && summary.standsIn) {
      const { section, levels } = summary.standsIn;
      for (const level of levels ?? ['state', 'municipal']) {
        const key = `${section}/${level}`;
        const owner = ruleSections.get(key);
        if (owner)
          at(
            file.record,
            ['section'],
            `general rule "${owner}" already stands in for section "${section}" of ${level} services; one rule per section and level, or narrow "levels"`,
          );
        else ruleSections.set(key, summary.id!);
      }
    }
  }
  cycleRules.forEach((rule, ruleIndex) => {
    const members = files.filter((file) => file.kind === rule.kind && file.valid && file.record);
    const next = new Map(
      members.flatMap((file) => {
        const target = file.summary.chain[ruleIndex];
        return target === undefined ? [] : [[file.summary.id!, target] as const];
      }),
    );
    const recordOf = new Map(members.map((file) => [file.summary.id!, file.record!]));
    for (const cycle of referenceCycles(next)) {
      const round = [...cycle, cycle[0]!].map((id) => recordOf.get(id)!.file).join(' -> ');
      const field = rule.path[rule.path.length - 1];
      for (const id of cycle) at(recordOf.get(id)!, rule.path, `"${field}" goes round in a circle: ${round}; ${rule.fix}`);
    }
  });
  return errors;
}
