import { registryRoot } from '../registry/index.ts';
import { readRegistryHistory, type FileChange, type RegistryHistory } from './read-registry-history.ts';

let cached: RegistryHistory | undefined;

/** The registry's git history for the site, read once per build. */
export function siteHistory(): RegistryHistory {
  cached ??= readRegistryHistory(registryRoot());
  return cached;
}

/**
 * Changes to a record's file, newest first, including the files it had under its former ids
 * (a renamed service keeps its past).
 */
export function historyOfFiles(history: RegistryHistory, files: string[]): FileChange[] {
  if (!history.available) return [];
  const seen = new Set<string>();
  return files
    .flatMap((file) => history.byFile.get(file) ?? [])
    .filter((change) => !seen.has(change.commit) && seen.add(change.commit))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
