import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/translate.ts';
import type { Act, ChannelKind, PaymentKind, RegisterKind, StandardSectionKey } from '../../schemas/index.ts';
import { formatDate } from './format.ts';

// Each label's key is built from an enumeration's type, so a value added to a schema without its
// interface string fails the type check instead of showing "undefined" on a page.

/** "Бесплатно", "Платно", "Частично платно". */
export const paymentLabel = (kind: PaymentKind, lang: Lang) => t(lang, `payment.${kind}`);
/** The name of a register: "Единый реестр государственных услуг". */
export const registerLabel = (kind: RegisterKind, lang: Lang) => t(lang, `register.${kind}`);
/** How a channel reads: "Лично", "Онлайн". */
export const channelLabel = (kind: ChannelKind, lang: Lang) => t(lang, `channel.${kind}`);
/** The title of a section of the standard as the law lists it: "Необходимые документы". */
export const sectionTitle = (key: StandardSectionKey, lang: Lang) => t(lang, `section.${key}`);

/** How an act is cited: "Постановление Правительства № 85 от 10.02.2012". */
export function actCitation(act: Act, lang: Lang): string {
  const type = t(lang, `actType.${act.type}`);
  if (act.number && act.date) return `${type} ${t(lang, 'act.numberDate', { number: act.number, date: formatDate(act.date) })}`;
  if (act.number) return `${type} № ${act.number}`;
  if (act.date) return `${type}, ${formatDate(act.date)}`;
  return type;
}
