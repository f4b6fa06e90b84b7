import type { RegistryHistory } from '../history/index.ts';
import type { Count } from './statistics.ts';

/** Record-file changes per month (YYYY-MM, oldest first) from the registry's history, or undefined when it is unavailable. */
export function changesPerMonth(history: RegistryHistory): Count[] | undefined {
  if (!history.available) return undefined;
  const counts = new Map<string, number>();
  for (const commit of history.commits) {
    const month = commit.date.slice(0, 7);
    const records = commit.files.filter((file) => /\.(ya?ml|md)$/.test(file.path) && !file.path.split('/').some((part) => part.startsWith('_')));
    if (records.length > 0) counts.set(month, (counts.get(month) ?? 0) + records.length);
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => ({ key, count }));
}
