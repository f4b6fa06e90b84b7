import { readMarkdown } from '../markdown/read-markdown.ts';
import type { RecordFile } from './read-record-file.ts';
import type { ValidationError } from './validation-error.ts';

/** Problems of a Markdown record's body (below its front matter), located in the file. */
export function bodyErrors(record: RecordFile): ValidationError[] {
  if (record.body === undefined) return [];
  const firstLine = record.bodyLine ?? 1;
  return readMarkdown(record.body).problems.map(({ line, column, message }) => ({ file: record.file, line: firstLine + line - 1, column, field: 'body', message }));
}
