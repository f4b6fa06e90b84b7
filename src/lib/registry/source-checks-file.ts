import type { SourceCheckResults } from '../../schemas/index.ts';

/** The results of `npm run check-sources`, kept beside the records they are about. */
export const sourceChecksFile = '_source-checks.json';

/** What the last source check found: its day, and the status of each address that did not open. */
export interface SourceChecks {
  checked: string;
  unreachable: Map<string, string>;
}

/** The model's form of a results file that passed its schema. */
export const toSourceChecks = (results: SourceCheckResults): SourceChecks => ({
  checked: results.checked,
  unreachable: new Map(results.unreachable.map(({ url, status }) => [url, status])),
});

/** The file's text: stable formatting, addresses sorted, so that a new check changes only what changed. */
export function sourceChecksText(results: SourceCheckResults): string {
  const unreachable = [...results.unreachable].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return `${JSON.stringify({ checked: results.checked, unreachable }, null, 2)}\n`;
}
