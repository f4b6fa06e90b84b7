import { type RecordKind, recordKinds } from '../registry/index.ts';
import type { FileChange, RegistryHistory } from './read-registry-history.ts';

/**
 * Changes to a record's file, newest first, including the files it had under its former ids
 * (a renamed service keeps its past).
 */
export function recordHistory(history: RegistryHistory, kind: RecordKind, record: { id: string; former_ids?: string[] }): FileChange[] {
  if (!history.available) return [];
  const { folder, extension } = recordKinds[kind];
  const files = [record.id, ...(record.former_ids ?? [])].map((id) => `${folder}/${id}${extension}`);
  const seen = new Set<string>();
  return files
    .flatMap((file) => history.byFile.get(file) ?? [])
    .filter((change) => !seen.has(change.commit) && seen.add(change.commit))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
