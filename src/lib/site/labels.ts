import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/translate.ts';
import type { Act, ChannelKind, PaymentKind, RegisterKind, StandardSectionKey } from '../../schemas/index.ts';
import { formatDate } from './format.ts';
import { perLanguage } from './per-language.ts';

// Each label's key is built from an enumeration's type, so a value added to a schema without its
// interface string fails the type check instead of showing "undefined" on a page.

// Labels are looked up tens of times on each service page: each is found once per language, since
// finding a key built anew ("section." + key) in the dictionary costs several times more.
const paymentLabels = perLanguage((lang, kind: PaymentKind) => t(lang, `payment.${kind}`));
const registerLabels = perLanguage((lang, kind: RegisterKind) => t(lang, `register.${kind}`));
const channelLabels = perLanguage((lang, kind: ChannelKind) => t(lang, `channel.${kind}`));
const sectionTitles = perLanguage((lang, key: StandardSectionKey) => t(lang, `section.${key}`));

/** "Бесплатно", "Платно", "Частично платно". */
export const paymentLabel = (kind: PaymentKind, lang: Lang) => paymentLabels(lang, kind);
/** The name of a register: "Единый реестр государственных услуг". */
export const registerLabel = (kind: RegisterKind, lang: Lang) => registerLabels(lang, kind);
/** How a channel reads: "Лично", "Онлайн". */
export const channelLabel = (kind: ChannelKind, lang: Lang) => channelLabels(lang, kind);
/** The title of a section of the standard as the law lists it: "Необходимые документы". */
export const sectionTitle = (key: StandardSectionKey, lang: Lang) => sectionTitles(lang, key);

/** How an act is cited: "Постановление Правительства № 85 от 10.02.2012". */
export function actCitation(act: Act, lang: Lang): string {
  const type = t(lang, `actType.${act.type}`);
  if (act.number && act.date) return `${type} ${t(lang, 'act.numberDate', { number: act.number, date: formatDate(act.date) })}`;
  if (act.number) return `${type} № ${act.number}`;
  if (act.date) return `${type}, ${formatDate(act.date)}`;
  return type;
}
