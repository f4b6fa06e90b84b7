import { repository } from '../../site-config.ts';
import type { RecordKind } from '../registry/index.ts';

/** GitHub's web editor on a record's file: "Propose a correction" opens a fork and a pull request from there. */
export const editFileUrl = (file: string) => `${repository.url}/edit/${repository.branch}/${file}`;

/** A commit of the repository, for the history of a record. */
export const commitUrl = (commit: string) => `${repository.url}/commit/${commit}`;

/**
 * A value of a query as URLSearchParams writes it (application/x-www-form-urlencoded): letters,
 * digits and *-._ as they are, a space as "+", everything else percent-encoded as UTF-8. Every
 * service page has a link with three such values; building a URLSearchParams for each cost more.
 */
const formValue = (value: string) =>
  encodeURIComponent(value.toWellFormed())
    .replace(/%20/g, '+')
    .replace(/[!'()~]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

/** The issue form for an error in a record, with the record and page filled in (GitHub fills form fields from the query). */
export function reportErrorUrl(kind: RecordKind, id: string, file: string, pageUrl: string): string {
  return `${repository.url}/issues/new?template=record-error.yml&title=${formValue(`[${kind}/${id}] `)}&record=${formValue(file)}&page=${formValue(pageUrl)}`;
}
