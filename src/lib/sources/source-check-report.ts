import type { SourceCheckResults } from '../../schemas/index.ts';
import type { AddressCheck } from './check-address.ts';

/** A cited address with where it is cited and what requesting it found. */
export interface CheckedCitation {
  file: string;
  line: number;
  url: string;
  check: AddressCheck;
}

const byPlace = (a: CheckedCitation, b: CheckedCitation) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/** `file:line  url  status`, one line per citation of a broken address, in file order. */
export function brokenLines(citations: readonly CheckedCitation[]): string[] {
  return citations
    .filter(({ check }) => !check.ok)
    .sort(byPlace)
    .map(({ file, line, url, check }) => `${file}:${line}  ${url}  ${check.status}`);
}

/** `file:line  url  -> where it now leads (status)`, one line per citation of an address that redirects and still opens. */
export function movedLines(citations: readonly CheckedCitation[]): string[] {
  return citations
    .filter(({ check }) => check.ok && check.redirects.length > 0)
    .sort(byPlace)
    .map(({ file, line, url, check }) => `${file}:${line}  ${url}  -> ${check.redirects[check.redirects.length - 1]!.to} (${check.redirects.map((hop) => hop.status).join(', ')})`);
}

/** The results file's content: the day of the check and every address that did not open. */
export function sourceCheckResults(checks: Iterable<AddressCheck>, checked: string): SourceCheckResults {
  return { checked, unreachable: [...checks].filter((check) => !check.ok).map(({ url, status }) => ({ url, status })) };
}

/** The body of the one issue that lists dead sources, for the weekly workflow to open or update. */
export function deadSourcesIssue(citations: readonly CheckedCitation[], checked: string): string {
  const broken = brokenLines(citations);
  const moved = movedLines(citations);
  const lines = [
    `Sources checked on ${checked} by \`npm run check-sources\` (the weekly "Check sources" workflow).`,
    '',
    broken.length === 0
      ? 'Every source address opened.'
      : `${broken.length} citation(s) of addresses that could not be reached. Find the page's new address (or an archived copy, as \`archived_url\`) and correct the record; the site marks these sources "could not be reached" meanwhile.`,
  ];
  if (broken.length > 0) lines.push('', '```', ...broken, '```');
  if (moved.length > 0)
    lines.push('', `${moved.length} citation(s) of addresses that redirect elsewhere and still open; consider citing where they now lead:`, '', '```', ...moved, '```');
  return `${lines.join('\n')}\n`;
}
