import { type Lang, otherLang } from '../../i18n/locales.ts';
import { t } from '../../i18n/translate.ts';
import type { Fee } from '../../schemas/index.ts';
import { formatMoney, formatNumber, formatTimeLimit, plainText } from '../site/format.ts';
import { channelLabel, paymentLabel } from '../site/labels.ts';
import type { DeadlineLimit, ServiceFacts } from './service-facts.ts';

/**
 * A service's facts put in words in one language: what the page's summary, the search result and
 * the JSON-LD say. Registry texts stay localized (the page marks a text that is not in the reader's
 * language); the phrases the project composes (a cost, a deadline) are made here and nowhere else.
 */
export interface ServiceView extends ServiceFacts {
  lang: Lang;
  /** The name as plain text, for titles and attributes. */
  name: string;
  /** The names people search for, the reader's language first. */
  everydayNames: string[];
  /** The cost in one line: "Платно: 510–1 200 сом", "Бесплатно", or "not yet documented". */
  cost: string;
  /** The amounts of the charges in one phrase, when there are any: "510–4 140 сом". */
  amounts?: string;
  /** Each charge as "510 сом — за 12 рабочих дней". */
  chargeLines: string[];
  /** The deadline in one line: every limit with what it is for, or the section's text. */
  deadline: string;
  providerNames: string[];
  /** Labels of the channel kinds, each once. */
  channelLabels: string[];
}

/** A limit's amount with its qualifier: "не более 12 рабочих дней". */
export function deadlineLimitAmount(limit: DeadlineLimit, lang: Lang): string {
  const prefix = limit.at_most === true ? `${t(lang, 'deadline.atMost')} ` : limit.at_most === false ? `${t(lang, 'deadline.from')} ` : '';
  return `${prefix}${formatTimeLimit(limit, lang)}`;
}

/** One limit as a phrase: "не более 12 рабочих дней — изготовление карты". */
const deadlineLimitText = (limit: DeadlineLimit, lang: Lang) =>
  limit.for ? `${deadlineLimitAmount(limit, lang)} — ${plainText(limit.for, lang)}` : deadlineLimitAmount(limit, lang);

/** The amounts of fees in one phrase: "510–4 140 сом", or each amount when currencies differ. */
export function amountsLine(fees: readonly Fee[], lang: Lang): string | undefined {
  if (fees.length === 0) return undefined;
  const currencies = new Set(fees.map((fee) => fee.currency));
  if (currencies.size > 1) return fees.map((fee) => formatMoney(fee, lang)).join(', ');
  const values = fees.map((fee) => fee.amount);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const currency = fees[0]!.currency;
  return min === max ? formatMoney({ amount: min, currency }, lang) : `${formatNumber(min, lang)}–${formatMoney({ amount: max, currency }, lang)}`;
}

/** The facts of a service in one language. */
export function serviceView(facts: ServiceFacts, lang: Lang): ServiceView {
  const service = facts.service;
  const payment = service.payment;
  const deadline = service.standard?.deadline;
  const amounts = amountsLine(
    facts.charges.map((charge) => charge.fee),
    lang,
  );
  const cost = payment ? (amounts ? `${paymentLabel(payment.kind, lang)}: ${amounts}` : paymentLabel(payment.kind, lang)) : t(lang, 'doc.notDocumented');
  return {
    ...facts,
    lang,
    name: plainText(service.name, lang),
    everydayNames: [...(service.everyday_names?.[lang] ?? []), ...(service.everyday_names?.[otherLang(lang)] ?? [])],
    cost,
    amounts,
    chargeLines: facts.charges.map(({ fee }) => `${formatMoney(fee, lang)} — ${plainText(fee.for, lang)}`),
    deadline: facts.deadlineLimits.length
      ? facts.deadlineLimits.map((limit) => deadlineLimitText(limit, lang)).join('; ')
      : deadline?.text
        ? plainText(deadline.text, lang)
        : t(lang, 'doc.notDocumented'),
    providerNames: facts.providers.map((agency) => plainText(agency.name, lang)),
    channelLabels: [...new Set(facts.channels.map(({ channel }) => channelLabel(channel.kind, lang)))],
  };
}
