import type { Source, TimeLimit } from '../../schemas/index.ts';
import { formatError, type ValidationError } from '../registry/index.ts';
import { formatMoney, formatTimeLimit } from '../site/format.ts';
import type { ComparedKind, FieldChange, RecordChange, RecordChangeKind } from './compare-registries.ts';
import { bilingual, type FieldLabel, fieldLabel, kindLabels, summaryLabels } from './field-labels.ts';

const maxValueLength = 400;

// Registry text lands in a pull request comment: keep it from becoming markup, mentions or links.
function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const short = oneLine.length > maxValueLength ? `${oneLine.slice(0, maxValueLength)}…` : oneLine;
  return short.replace(/[\\`*_[\]<>|#~]/g, (char) => `\\${char}`).replace(/@/g, '@\u200b');
}

/** A value as a reviewer reads it: amounts with their currency or unit, lists joined. */
function formatValue(value: unknown, key: string | number | undefined, parent: Record<string, unknown> | undefined): FieldLabel | string {
  if (value === undefined) return summaryLabels.empty;
  if (typeof value === 'number' && key === 'amount' && parent?.unit) {
    const limit = { amount: value, unit: parent.unit } as TimeLimit;
    return { ky: formatTimeLimit(limit, 'ky'), ru: formatTimeLimit(limit, 'ru') };
  }
  if (typeof value === 'number' && key === 'amount' && parent && 'for' in parent) {
    const fee = { amount: value, currency: (parent.currency ?? 'KGS') as 'KGS' | 'USD' };
    return { ky: formatMoney(fee, 'ky'), ru: formatMoney(fee, 'ru') };
  }
  if (Array.isArray(value)) return escapeMarkdown(value.join(', '));
  return escapeMarkdown(String(value));
}

const asText = (value: FieldLabel | string) => (typeof value === 'string' ? value : bilingual(value));

/** "Баасы / Стоимость: 833 → 900 сом"; the unit is written once when both sides share it. */
export function formatFieldChange(change: FieldChange): string {
  const key = change.path[change.path.length - 1];
  const before = formatValue(change.before, key, change.beforeParent);
  const after = formatValue(change.after, key, change.afterParent);
  let beforeText = asText(before);
  const afterText = asText(after);
  if (typeof before !== 'string' && typeof after !== 'string' && typeof change.before === 'number') {
    const unitOf = (text: string) => text.replace(/^[\d\s\u00a0,.]+/, '');
    const shared = unitOf(before.ky) === unitOf(after.ky) && unitOf(before.ru) === unitOf(after.ru);
    if (shared) beforeText = before.ru.slice(0, before.ru.length - unitOf(before.ru).length).trim();
  }
  return `${bilingual(fieldLabel(change.path))}: ${beforeText} → ${afterText}`;
}

function formatSource(source: Source): string {
  const parts = [source.title, source.url, source.act && `act: ${source.act}`, source.article, source.date].filter(Boolean) as string[];
  return escapeMarkdown(parts.join(', '));
}

function recordHeading(change: RecordChange): string {
  const name = change.name ? [change.name.ky, change.name.ru].filter(Boolean).join(' / ') : '';
  const id = change.formerId ? `\`${change.formerId}\` → \`${change.id}\`` : `\`${change.id}\``;
  return name ? `${id} — ${escapeMarkdown(name)}` : id;
}

function formatRecord(change: RecordChange): string[] {
  const lines = [`- ${recordHeading(change)}`];
  for (const field of change.fields) lines.push(`  - ${formatFieldChange(field)}`);
  for (const source of change.sourcesAdded) lines.push(`  - ${bilingual(summaryLabels.sourcesAdded)}: ${formatSource(source)}`);
  for (const source of change.sourcesRemoved) lines.push(`  - ${bilingual(summaryLabels.sourcesRemoved)}: ${formatSource(source)}`);
  return lines;
}

export interface DiffSummary {
  base: string;
  head: string;
  changes: RecordChange[];
  /** Errors of the head version; the changes are then left out, since the head has no model. */
  headErrors: ValidationError[];
  baseInvalid?: boolean;
}

/** The Markdown summary of a proposed change, for the terminal and the pull request comment. */
export function formatDiffMarkdown(summary: DiffSummary): string {
  const lines = [`## ${bilingual(summaryLabels.title)}`, '', `\`${summary.base}\` → \`${summary.head}\``, ''];
  if (summary.baseInvalid) lines.push(`> ${bilingual(summaryLabels.baseInvalid)}`, '');
  if (summary.headErrors.length > 0) {
    lines.push(`### ${bilingual(summaryLabels.invalid)} (${summary.headErrors.length})`, '', bilingual(summaryLabels.invalidHint), '', '```');
    for (const error of summary.headErrors) lines.push(formatError(error));
    lines.push('```', '');
    return lines.join('\n');
  }
  if (summary.changes.length === 0) {
    lines.push(bilingual(summaryLabels.noChanges), '');
    return lines.join('\n');
  }
  const groups: RecordChangeKind[] = ['added', 'removed', 'renamed', 'retired', 'changed'];
  for (const group of groups) {
    const inGroup = summary.changes.filter((change) => change.kind === group);
    if (inGroup.length === 0) continue;
    lines.push(`### ${bilingual(summaryLabels[group])} (${inGroup.length})`, '');
    let kind: ComparedKind | undefined;
    for (const change of inGroup) {
      if (change.recordKind !== kind) {
        if (kind) lines.push('');
        kind = change.recordKind;
        lines.push(`**${bilingual(kindLabels[kind])}**`, '');
      }
      lines.push(...formatRecord(change));
    }
    lines.push('');
  }
  return lines.join('\n');
}
