import type { Act } from '../../schemas/index.ts';
import type { Lang } from '../../i18n/locales.ts';
import { t, type UiKey } from '../../i18n/translate.ts';
import { formatDate } from './format.ts';

/** How an act is cited: "Постановление Правительства № 85 от 10.02.2012". */
export function actCitation(act: Act, lang: Lang): string {
  const type = t(lang, `actType.${act.type}` as UiKey);
  if (act.number && act.date) return `${type} ${t(lang, 'act.numberDate', { number: act.number, date: formatDate(act.date) })}`;
  if (act.number) return `${type} № ${act.number}`;
  if (act.date) return `${type}, ${formatDate(act.date)}`;
  return type;
}
