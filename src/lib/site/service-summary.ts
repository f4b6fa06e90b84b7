import type { Fee, Service, Source } from '../../schemas/index.ts';
import { otherLang, type Lang } from '../../i18n/locales.ts';
import { t, type UiKey } from '../../i18n/translate.ts';
import { formatMoney, formatNumber, formatTimeLimit, plainText } from './format.ts';

type DeadlineLimit = NonNullable<NonNullable<NonNullable<Service['standard']>['deadline']>['limits']>[number];

/** A limit's amount with its qualifier: "не более 12 рабочих дней". */
export function deadlineLimitAmount(limit: DeadlineLimit, lang: Lang): string {
  const prefix = limit.at_most === true ? `${t(lang, 'deadline.atMost')} ` : limit.at_most === false ? `${t(lang, 'deadline.from')} ` : '';
  return `${prefix}${formatTimeLimit(limit, lang)}`;
}

/** One deadline limit as a phrase: "не более 12 рабочих дней — изготовление карты". */
export function deadlineLimitText(limit: DeadlineLimit, lang: Lang): string {
  return limit.for ? `${deadlineLimitAmount(limit, lang)} — ${plainText(limit.for, lang)}` : deadlineLimitAmount(limit, lang);
}

/** The amounts of a service's fees in one phrase: "510–4 140 сом", or each amount when currencies differ. */
export function amountsLine(fees: Fee[], lang: Lang): string | undefined {
  const amounts = fees.filter((fee) => fee.amount > 0);
  if (amounts.length === 0) return undefined;
  const currencies = new Set(amounts.map((fee) => fee.currency ?? 'KGS'));
  if (currencies.size > 1) return amounts.map((fee) => formatMoney(fee, lang)).join(', ');
  const values = amounts.map((fee) => fee.amount);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const currency = amounts[0]!.currency ?? 'KGS';
  return min === max ? formatMoney({ amount: min, currency }, lang) : `${formatNumber(min, lang)}–${formatMoney({ amount: max, currency }, lang)}`;
}

/** The cost in one line, for search results: "Платно: 510–1 200 сом". */
export function costLine(service: Service, lang: Lang): string {
  const payment = service.payment;
  if (!payment) return t(lang, 'doc.notDocumented');
  const kind = t(lang, `payment.${payment.kind}` as UiKey);
  const amounts = amountsLine(payment.fees ?? [], lang);
  return amounts ? `${kind}: ${amounts}` : kind;
}

/** The deadline in one line: every limit with what it is for, or the section's text. */
export function deadlineLine(service: Service, lang: Lang): string {
  const deadline = service.standard?.deadline;
  if (deadline?.limits?.length) return deadline.limits.map((limit) => deadlineLimitText(limit, lang)).join('; ');
  if (deadline?.text) return plainText(deadline.text, lang);
  return t(lang, 'doc.notDocumented');
}

/** The names people use for a service ("прописка"), the reader's language first, then the other's. */
export const everydayNames = (service: Service, lang: Lang): string[] => [...(service.everyday_names?.[lang] ?? []), ...(service.everyday_names?.[otherLang(lang)] ?? [])];

/** How old a group of facts is: the section's "as of" date, else its newest source date. */
export function factDate(data: { as_of?: string; sources?: Source[] } | undefined): string | undefined {
  if (!data) return undefined;
  if (data.as_of) return data.as_of;
  const dates = (data.sources ?? []).flatMap((source) => [source.checked, source.date]).filter((date): date is string => date !== undefined);
  return dates.sort().at(-1);
}
