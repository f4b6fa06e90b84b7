import type { Lang } from '../../i18n/locales.ts';
import type { LocalizedText } from '../../schemas/index.ts';
import { plainText } from './format.ts';

const collators: Record<Lang, Intl.Collator> = { ky: new Intl.Collator('ky'), ru: new Intl.Collator('ru') };

/** Records in alphabetical order of their name in the page's language; ties keep id order. */
export function byName<T extends { id: string }>(records: T[], lang: Lang, nameOf: (record: T) => LocalizedText | undefined): T[] {
  const keyed = records.map((record) => ({ record, key: plainText(nameOf(record), lang) }));
  keyed.sort((a, b) => collators[lang].compare(a.key, b.key) || (a.record.id < b.record.id ? -1 : 1));
  return keyed.map(({ record }) => record);
}
