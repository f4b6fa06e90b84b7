import { repository } from '../../site-config.ts';
import type { RecordKind } from '../registry/index.ts';

/** GitHub's web editor on a record's file: "Propose a correction" opens a fork and a pull request from there. */
export const editFileUrl = (file: string) => `${repository.url}/edit/${repository.branch}/${file}`;

/** A commit of the repository, for the history of a record. */
export const commitUrl = (commit: string) => `${repository.url}/commit/${commit}`;

/** The issue form for an error in a record, with the record and page filled in (GitHub fills form fields from the query). */
export function reportErrorUrl(kind: RecordKind, id: string, file: string, pageUrl: string): string {
  const query = new URLSearchParams({
    template: 'record-error.yml',
    title: `[${kind}/${id}] `,
    record: file,
    page: pageUrl,
  });
  return `${repository.url}/issues/new?${query.toString()}`;
}
