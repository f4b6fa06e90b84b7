import { t, type UiKey } from '../../i18n/translate.ts';
import { standardSectionKeys } from '../../schemas/index.ts';
import { type ComparedKind, comparedKinds } from './compare-registries.ts';

/** A field's name in both languages, as a reviewer reads it. */
export interface FieldLabel {
  ky: string;
  ru: string;
}

const fromUi = (key: UiKey): FieldLabel => ({ ky: t('ky', key), ru: t('ru', key) });

// Field names that the interface already translates reuse its words, so a reviewer sees the
// same name in the pull request as on the page.
const sectionLabels = Object.fromEntries(standardSectionKeys.filter((key) => key !== 'name').map((key) => [key, fromUi(`section.${key}`)])) as Record<string, FieldLabel>;

/** Labels of whole field paths (indices written as "*"); checked before the per-key labels. */
const pathLabels: Record<string, FieldLabel> = {
  name: fromUi('section.name'),
  'payment.fees.*.amount': fromUi('service.payment'),
  'payment.fees.*.within.amount': fromUi('field.payment.fees.within'),
  'payment.kind': fromUi('field.payment.kind'),
  'standard.deadline.limits.*.amount': fromUi('section.deadline'),
  'standard.documents.items.*.name': fromUi('section.documents'),
  'procedure.steps.*.title': fromUi('service.procedure'),
  'register.item': fromUi('service.register'),
  'register.chapter': fromUi('service.register'),
};

/** Labels of single keys, joined with " › " for paths that have no label of their own. */
const keyLabels: Record<string, FieldLabel> = {
  ...sectionLabels,
  payment: fromUi('service.payment'),
  procedure: fromUi('service.procedure'),
  register: fromUi('service.register'),
  categories: fromUi('service.categories'),
  everyday_names: fromUi('service.everydayNames'),
  note: fromUi('service.note'),
  status: fromUi('act.status'),
  fees: fromUi('field.fees'),
  fee_undocumented: fromUi('field.fee_undocumented'),
  amount: fromUi('field.amount'),
  currency: fromUi('field.currency'),
  unit: fromUi('field.unit'),
  within: fromUi('field.within'),
  for: fromUi('field.for'),
  items: fromUi('field.items'),
  limits: fromUi('field.limits'),
  steps: fromUi('field.steps'),
  title: fromUi('field.title'),
  text: fromUi('field.text'),
  detail: fromUi('field.detail'),
  condition: fromUi('field.condition'),
  complete: fromUi('field.complete'),
  actor: fromUi('field.actor'),
  time_limit: fromUi('field.time_limit'),
  as_of: fromUi('field.as_of'),
  approved_by: fromUi('field.approved_by'),
  act: fromUi('field.act'),
  agencies: fromUi('nav.agencies'),
  level: fromUi('field.level'),
  retired: fromUi('field.retired'),
  date: fromUi('field.date'),
  reason: fromUi('field.reason'),
  replaced_by: fromUi('service.replacedBy'),
  former_ids: fromUi('field.former_ids'),
  kind: fromUi('field.kind'),
  url: fromUi('field.url'),
  name: fromUi('field.name'),
  short_name: fromUi('agency.shortName'),
  parent: fromUi('agency.parent'),
  website: fromUi('agency.website'),
  contacts: fromUi('agency.contacts'),
  value: fromUi('field.value'),
  number: fromUi('field.number'),
  type: fromUi('field.type'),
  issuer: fromUi('act.issuer'),
  changes: fromUi('act.changes'),
  method: fromUi('assessment.method'),
  findings: fromUi('assessment.findings'),
  assessors: fromUi('assessment.assessors'),
  published: fromUi('assessment.published'),
  local_register: fromUi('municipality.localRegister'),
  services: fromUi('nav.services'),
  body: fromUi('assessment.summary'),
  ky: fromUi('field.ky'),
  ru: fromUi('field.ru'),
  en: fromUi('field.en'),
};

// Keys that only group other fields; naming them would add words without meaning.
const silentKeys = new Set(['standard']);

/** The bilingual name of a field path such as ["payment", "fees", 0, "amount"]. */
export function fieldLabel(path: (string | number)[]): FieldLabel {
  const last = path[path.length - 1];
  // Text in one language of a localized field: the field's name, then the language.
  if (path.length > 1 && (last === 'ky' || last === 'ru' || last === 'en')) {
    const field = fieldLabel(path.slice(0, -1));
    const language = keyLabels[last]!;
    return { ky: `${field.ky} (${language.ky})`, ru: `${field.ru} (${language.ru})` };
  }
  const pattern = path.map((part) => (typeof part === 'number' ? '*' : part)).join('.');
  if (pathLabels[pattern]) return pathLabels[pattern];
  const parts = { ky: [] as string[], ru: [] as string[] };
  for (const part of path) {
    if (typeof part === 'number') {
      parts.ky.push(`${part + 1}`);
      parts.ru.push(`${part + 1}`);
    } else if (!silentKeys.has(part)) {
      const label = keyLabels[part] ?? { ky: part, ru: part };
      parts.ky.push(label.ky);
      parts.ru.push(label.ru);
    }
  }
  return { ky: parts.ky.join(' › '), ru: parts.ru.join(' › ') };
}

/** "Kyrgyz / Russian", or one word when both languages write it the same way. */
export const bilingual = (label: FieldLabel) => (label.ky === label.ru ? label.ky : `${label.ky} / ${label.ru}`);

/** Headings and phrases of the change summary. */
export const summaryLabels = {
  title: fromUi('diff.title'),
  noChanges: fromUi('diff.noChanges'),
  added: fromUi('diff.added'),
  removed: fromUi('diff.removed'),
  retired: fromUi('diff.retired'),
  renamed: fromUi('diff.renamed'),
  changed: fromUi('diff.changed'),
  sourcesAdded: fromUi('diff.sourcesAdded'),
  sourcesRemoved: fromUi('diff.sourcesRemoved'),
  empty: fromUi('diff.empty'),
  invalid: fromUi('diff.invalid'),
  invalidHint: fromUi('diff.invalidHint'),
  baseInvalid: fromUi('diff.baseInvalid'),
} satisfies Record<string, FieldLabel>;

/** Record kinds as section headings, with the words of the site's navigation. */
export const kindLabels = Object.fromEntries(comparedKinds.map((kind) => [kind, fromUi(`nav.${kind}`)])) as Record<ComparedKind, FieldLabel>;
