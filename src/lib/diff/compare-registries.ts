import type { LocalizedText, Source } from '../../schemas/index.ts';
import { type Registry, recordKindNames } from '../registry/index.ts';

type Path = (string | number)[];

/** One field whose value differs between the two versions; a missing side means added or removed. */
export interface FieldChange {
  path: Path;
  before?: unknown;
  after?: unknown;
  /** The object holding the field in each version, for units and currencies next to an amount. */
  beforeParent?: Record<string, unknown>;
  afterParent?: Record<string, unknown>;
}

export type RecordChangeKind = 'added' | 'removed' | 'renamed' | 'retired' | 'changed';

/** What happened to one record between the two versions. */
export interface RecordChange {
  kind: RecordChangeKind;
  recordKind: ComparedKind;
  id: string;
  /** The id in the base version, when the record was renamed (its former_ids name it). */
  formerId?: string;
  name?: LocalizedText;
  fields: FieldChange[];
  sourcesAdded: Source[];
  sourcesRemoved: Source[];
}

/** Every kind of record, then the taxonomies whose entries have ids, in the order a summary lists them. */
export const comparedKinds = [...recordKindNames, 'categories', 'registers'] as const;
export type ComparedKind = (typeof comparedKinds)[number];

type AnyRecord = { id: string } & Record<string, unknown>;

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

interface Leaf {
  value: unknown;
  parent: Record<string, unknown>;
}

// Lists of plain values (category ids, agency ids) read best as one value; lists of objects are
// compared item by item. Sources are compared on their own, as whole citations.
function flatten(value: unknown, path: Path, parent: Record<string, unknown>, leaves: Map<string, Leaf & { path: Path }>): void {
  if (Array.isArray(value) && value.some((item) => isPlainObject(item) || Array.isArray(item))) {
    for (const [index, item] of value.entries()) flatten(item, [...path, index], parent, leaves);
  } else if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' || (path.length === 0 && key === 'id')) continue;
      flatten(child, [...path, key], value, leaves);
    }
  } else if (value !== undefined) {
    leaves.set(JSON.stringify(path), { path, value, parent });
  }
}

/** Every source cited anywhere in a record, keyed by its content. */
function collectSources(value: unknown, found: Map<string, Source>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectSources(item, found);
  } else if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) for (const source of child) found.set(stableJson(source), source as Source);
      else collectSources(child, found);
    }
  }
}

const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, item) => (isPlainObject(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1))) : item));

function compareRecords(before: AnyRecord | undefined, after: AnyRecord | undefined): Pick<RecordChange, 'fields' | 'sourcesAdded' | 'sourcesRemoved'> {
  const beforeLeaves = new Map<string, Leaf & { path: Path }>();
  const afterLeaves = new Map<string, Leaf & { path: Path }>();
  if (before) flatten(before, [], before, beforeLeaves);
  if (after) flatten(after, [], after, afterLeaves);
  const fields: FieldChange[] = [];
  for (const key of new Set([...beforeLeaves.keys(), ...afterLeaves.keys()])) {
    const old = beforeLeaves.get(key);
    const current = afterLeaves.get(key);
    if (old && current && stableJson(old.value) === stableJson(current.value)) continue;
    fields.push({ path: (old ?? current)!.path, before: old?.value, after: current?.value, beforeParent: old?.parent, afterParent: current?.parent });
  }
  const beforeSources = new Map<string, Source>();
  const afterSources = new Map<string, Source>();
  collectSources(before, beforeSources);
  collectSources(after, afterSources);
  const onlyIn = (a: Map<string, Source>, b: Map<string, Source>) => [...a].filter(([key]) => !b.has(key)).map(([, source]) => source);
  return { fields, sourcesAdded: onlyIn(afterSources, beforeSources), sourcesRemoved: onlyIn(beforeSources, afterSources) };
}

const recordsOf = (registry: Registry | undefined, kind: ComparedKind): Map<string, AnyRecord> =>
  new Map(((registry?.[kind] ?? []) as unknown as AnyRecord[]).map((record) => [record.id, record]));

const nameOf = (record: AnyRecord) => (record.name ?? record.title) as LocalizedText | undefined;

/**
 * What changed between two versions of the registry, record by record. A head record whose
 * former_ids name a record missing from the head counts as that record renamed, not as one
 * record removed and another added.
 */
export function compareRegistries(base: Registry | undefined, head: Registry | undefined): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const recordKind of comparedKinds) {
    const before = recordsOf(base, recordKind);
    const after = recordsOf(head, recordKind);
    const renamedFrom = new Map<string, string>();
    for (const record of after.values()) {
      const formerId = ((record.former_ids ?? []) as string[]).find((id) => before.has(id) && !after.has(id));
      if (formerId && !before.has(record.id)) renamedFrom.set(record.id, formerId);
    }
    const renamedIds = new Set(renamedFrom.values());

    for (const [id, record] of after) {
      const formerId = renamedFrom.get(id);
      const old = before.get(formerId ?? id);
      // Most records are untouched: one serialisation each settles it before any field walk.
      if (old && !formerId && JSON.stringify(old) === JSON.stringify(record)) continue;
      const compared = compareRecords(old, record);
      const base = { recordKind, id, name: nameOf(record), ...compared };
      if (!old) changes.push({ kind: 'added', ...base, fields: [] });
      else if (formerId) changes.push({ kind: 'renamed', formerId, ...base });
      else if (old.status !== 'retired' && record.status === 'retired') changes.push({ kind: 'retired', ...base });
      else if (compared.fields.length > 0 || compared.sourcesAdded.length > 0 || compared.sourcesRemoved.length > 0) changes.push({ kind: 'changed', ...base });
    }
    for (const [id, record] of before) {
      if (!after.has(id) && !renamedIds.has(id)) changes.push({ kind: 'removed', recordKind, id, name: nameOf(record), fields: [], sourcesAdded: [], sourcesRemoved: [] });
    }
  }
  const order: RecordChangeKind[] = ['added', 'removed', 'renamed', 'retired', 'changed'];
  return changes.sort(
    (a, b) =>
      order.indexOf(a.kind) - order.indexOf(b.kind) || comparedKinds.indexOf(a.recordKind) - comparedKinds.indexOf(b.recordKind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
