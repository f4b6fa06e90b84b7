import { t, type UiKey } from '../../i18n/translate.ts';

/** A field's name in both languages, as a reviewer reads it. */
export interface FieldLabel {
  ky: string;
  ru: string;
}

const fromUi = (key: UiKey): FieldLabel => ({ ky: t('ky', key), ru: t('ru', key) });

// Field names that the interface already translates reuse its words, so a reviewer sees the
// same name in the pull request as on the page.
const sectionLabels = Object.fromEntries(
  (['result', 'recipients', 'provider', 'documents', 'deadline', 'channels', 'premises', 'quality', 'price_justification', 'provider_cost', 'refusal_grounds', 'staff_duties', 'complaints', 'liability'] as const).map(
    (key) => [key, fromUi(`section.${key}`)],
  ),
) as Record<string, FieldLabel>;

/** Labels of whole field paths (indices written as "*"); checked before the per-key labels. */
const pathLabels: Record<string, FieldLabel> = {
  name: fromUi('section.name'),
  'payment.fees.*.amount': fromUi('service.payment'),
  'payment.fees.*.within.amount': { ky: `${t('ky', 'service.payment')} › ${t('ky', 'section.deadline')}`, ru: `${t('ru', 'service.payment')} › ${t('ru', 'section.deadline')}` },
  'payment.kind': { ky: 'Акысыз же акы төлөнүүчү', ru: 'Бесплатно или платно' },
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
  fees: { ky: 'Төлөмдөр', ru: 'Платежи' },
  fee_undocumented: { ky: 'Төлөмдүн өлчөмү белгисиз', ru: 'Размер платы не задокументирован' },
  amount: { ky: 'Өлчөмү', ru: 'Размер' },
  currency: { ky: 'Валюта', ru: 'Валюта' },
  unit: { ky: 'Бирдиги', ru: 'Единица' },
  within: { ky: 'Мөөнөтү', ru: 'Срок' },
  for: { ky: 'Эмне үчүн', ru: 'За что' },
  items: { ky: 'Тизме', ru: 'Список' },
  limits: { ky: 'Мөөнөттөр', ru: 'Сроки' },
  steps: { ky: 'Кадамдар', ru: 'Шаги' },
  title: { ky: 'Аталышы', ru: 'Заголовок' },
  text: { ky: 'Текст', ru: 'Текст' },
  detail: { ky: 'Кененирээк', ru: 'Подробности' },
  condition: { ky: 'Шарты', ru: 'Условие' },
  complete: { ky: 'Тизменин толуктугу', ru: 'Полнота списка' },
  actor: { ky: 'Ким аткарат', ru: 'Исполнитель' },
  time_limit: { ky: 'Мөөнөтү', ru: 'Срок' },
  as_of: { ky: 'Маалымат күнү', ru: 'Данные на дату' },
  approved_by: { ky: 'Бекиткен акт', ru: 'Утверждено актом' },
  act: { ky: 'Акт', ru: 'Акт' },
  agencies: fromUi('nav.agencies'),
  level: { ky: 'Деңгээли', ru: 'Уровень' },
  retired: { ky: 'Токтотулушу', ru: 'Прекращение' },
  date: { ky: 'Күнү', ru: 'Дата' },
  reason: { ky: 'Себеби', ru: 'Причина' },
  replaced_by: fromUi('service.replacedBy'),
  former_ids: { ky: 'Мурунку идентификаторлор', ru: 'Прежние идентификаторы' },
  kind: { ky: 'Түрү', ru: 'Вид' },
  url: { ky: 'Шилтеме', ru: 'Ссылка' },
  name: { ky: 'Аталышы', ru: 'Название' },
  short_name: fromUi('agency.shortName'),
  parent: fromUi('agency.parent'),
  website: fromUi('agency.website'),
  contacts: fromUi('agency.contacts'),
  value: { ky: 'Мааниси', ru: 'Значение' },
  number: { ky: 'Номери', ru: 'Номер' },
  type: { ky: 'Түрү', ru: 'Вид' },
  issuer: fromUi('act.issuer'),
  changes: fromUi('act.changes'),
  method: fromUi('assessment.method'),
  findings: fromUi('assessment.findings'),
  assessors: fromUi('assessment.assessors'),
  published: fromUi('assessment.published'),
  local_register: fromUi('municipality.localRegister'),
  services: fromUi('nav.services'),
  body: fromUi('assessment.summary'),
  ky: { ky: 'кыргызча', ru: 'на кыргызском' },
  ru: { ky: 'орусча', ru: 'на русском' },
  en: { ky: 'англисче', ru: 'на английском' },
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
  title: { ky: 'Реестрдеги өзгөрүүлөр', ru: 'Изменения в реестре' },
  noChanges: { ky: 'Реестрде өзгөрүү жок.', ru: 'Изменений в реестре нет.' },
  added: { ky: 'Кошулду', ru: 'Добавлено' },
  removed: { ky: 'Өчүрүлдү', ru: 'Удалено' },
  retired: { ky: 'Токтотулду', ru: 'Прекращено' },
  renamed: { ky: 'Идентификатору өзгөрдү', ru: 'Идентификатор изменён' },
  changed: { ky: 'Өзгөрдү', ru: 'Изменено' },
  sourcesAdded: { ky: 'Булак кошулду', ru: 'Добавлен источник' },
  sourcesRemoved: { ky: 'Булак алынды', ru: 'Удалён источник' },
  empty: { ky: 'жок', ru: 'нет' },
  invalid: { ky: 'Сунушталган версияда каталар бар', ru: 'В предложенной версии есть ошибки' },
  invalidHint: {
    ky: 'Булар оңдолмоюнча сайт жаңыланбайт. Ар бир сапта: файл:сап:мамыча, талаа жана эмне туура эмес.',
    ru: 'Пока они не исправлены, сайт не обновится. В каждой строке: файл:строка:столбец, поле и что не так.',
  },
  baseInvalid: {
    ky: 'Негизги версиянын реестринде каталар бар; салыштыруу бош реестрге карата жасалды.',
    ru: 'Реестр в базовой версии содержит ошибки; сравнение сделано с пустым реестром.',
  },
} satisfies Record<string, FieldLabel>;

/** Record kinds as section headings. */
export const kindLabels: Record<string, FieldLabel> = {
  services: fromUi('nav.services'),
  agencies: fromUi('nav.agencies'),
  acts: fromUi('nav.acts'),
  municipalities: fromUi('nav.municipalities'),
  assessments: fromUi('nav.assessments'),
  categories: fromUi('nav.categories'),
  registers: { ky: 'Реестрлер', ru: 'Реестры' },
};
