import { pluralKey, t } from '../../../i18n/translate.ts';
import type { Conflict, LocalizedText } from '../../../schemas/index.ts';
import { standardSectionKeys } from '../../../schemas/index.ts';
import { factDate } from '../../service-view/service-facts.ts';
import { deadlineLimitAmount, type ServiceView } from '../../service-view/service-view.ts';
import { formatDate } from '../format.ts';
import { type Html, type HtmlValue, html, joinHtml } from '../html.ts';
import { channelLabel, sectionTitle } from '../labels.ts';
import { uiHtml } from '../per-language.ts';
import { hostOf } from '../urls.ts';
import { localizedTextHtml, textsNoteHtml } from './localized-text.ts';

/*
 * The answer card: the five answers a reader came for, on the first screen of a phone: what to
 * bring, what it costs, how long it takes, where to go and what to do if refused. Each label links
 * to the full section below; an answer longer than two lines is cut there on screen (the rest is in
 * the section, and screen readers read it whole), while its marks (date, "may have changed",
 * sources disagree, translation) stay in sight after it.
 */

function answerHtml(key: string, label: HtmlValue, href: string, answer: HtmlValue, marks: HtmlValue[]): Html {
  const shown = marks.filter((mark) => mark !== undefined && mark !== false && mark !== '');
  return html`<div class="answer" data-answer="${key}"><dt><a href="${href}">${label}</a></dt><dd><span class="clamp">${answer}</span>${
    shown.length > 0 && html`<span class="marks">${joinHtml(shown, ' · ')}</span>`
  }</dd></div>`;
}

/** The five labelled answers of a service, each linking to its section. */
export function answerCardHtml(view: ServiceView): Html {
  const { service, lang } = view;
  const standard = service.standard ?? {};
  const inline = (value: LocalizedText | undefined) => localizedTextHtml(value, lang, false, false);
  const unknown = html`<span class="unknown">${uiHtml(lang, 'answer.unknown')}</span>`;
  const conflicts = (list: readonly Conflict[] | undefined, href: string) =>
    list !== undefined && list.length > 0 && html`<a class="conflict-mark" href="${href}">${uiHtml(lang, 'conflict.short')}</a>`;
  // A date in sight: "as of" while it is recent, "may have changed since" once it is old.
  const dated = (date: string | undefined, stale: boolean) =>
    date &&
    (stale
      ? html`<span class="stale">${t(lang, 'fact.mayHaveChanged', { date: formatDate(date) })}</span>`
      : html`<span class="as-of">${t(lang, 'summary.asOf', { date: formatDate(date) })}</span>`);

  const documents = standard.documents;
  const items = documents?.items ?? [];
  const bring = answerHtml(
    'documents',
    uiHtml(lang, 'answer.documents'),
    '#documents',
    items.length > 0
      ? html`<strong>${t(lang, `answer.documentCount.${pluralKey(lang, items.length)}`, { count: items.length })}:</strong> ${joinHtml(
          items.map((item) => inline(item.name)),
          '; ',
        )}`
      : documents?.text
        ? inline(documents.text)
        : unknown,
    [
      documents?.complete === false && uiHtml(lang, 'answer.incomplete'),
      textsNoteHtml(items.length > 0 ? items.map((item) => item.name) : [documents?.text], lang),
      conflicts(documents?.conflicts, '#documents'),
    ],
  );

  const payment = service.payment;
  const staleCharges = view.charges.filter((charge) => charge.stale);
  const cost = answerHtml('payment', uiHtml(lang, 'answer.cost'), '#payment', payment ? html`<strong>${view.cost}</strong>` : unknown, [
    payment?.fee_undocumented && uiHtml(lang, 'answer.feeUnknown'),
    staleCharges.length > 0 ? dated(staleCharges.map((charge) => charge.fee.as_of).sort()[0], true) : dated(factDate(payment), false),
    conflicts(payment?.conflicts, '#payment'),
  ]);

  const deadline = standard.deadline;
  const limits = view.deadlineLimits;
  const wait = answerHtml(
    'deadline',
    uiHtml(lang, 'answer.deadline'),
    '#deadline',
    limits.length > 0
      ? joinHtml(
          limits.map((limit) => html`${deadlineLimitAmount(limit, lang)}${limit.for && html` — ${inline(limit.for)}`}`),
          '; ',
        )
      : deadline?.text
        ? inline(deadline.text)
        : unknown,
    [
      textsNoteHtml(limits.length > 0 ? limits.map((limit) => limit.for) : [deadline?.text], lang),
      dated(view.deadlineDate, view.deadlineStale),
      conflicts(deadline?.conflicts, '#deadline'),
    ],
  );

  const offices = view.inPersonKinds.map((kind) => channelLabel(kind, lang)).join(', ');
  const providers =
    view.providers.length > 0 &&
    joinHtml(
      view.providers.map((agency) => inline(agency.name)),
      ', ',
    );
  // Each online address once, and each kind without an address once (two app channels are one answer).
  const onlineChannels = view.onlineChannels.filter(
    ({ channel }, index, all) => all.findIndex((other) => (other.channel.url ?? other.channel.kind) === (channel.url ?? channel.kind)) === index,
  );
  const online = onlineChannels.map(({ channel }) =>
    channel.url ? html`<a href="${channel.url}" rel="nofollow noopener noreferrer">${hostOf(channel.url)}</a>` : channelLabel(channel.kind, lang),
  );
  const where = answerHtml(
    'where',
    uiHtml(lang, 'answer.where'),
    standard.channels ? '#channels' : '#provider',
    offices && providers ? html`${offices} — ${providers}` : offices || providers || (standard.provider?.text ? inline(standard.provider.text) : online.length > 0 ? '' : unknown),
    [
      online.length > 0 && html`<span class="online">${uiHtml(lang, 'summary.online')}: ${joinHtml(online, ', ')}</span>`,
      textsNoteHtml(view.providers.length > 0 ? view.providers.map((agency) => agency.name) : [standard.provider?.text], lang),
      conflicts(standard.channels?.conflicts ?? standard.provider?.conflicts, standard.channels?.conflicts ? '#channels' : '#provider'),
    ],
  );

  const { refusal_grounds: grounds, complaints } = standard;
  const { refusal_grounds: groundsRule, complaints: complaintsRule } = view.sectionRules;
  const groundCount = grounds?.items?.length ?? 0;
  const groundsAnswer =
    groundCount > 0
      ? t(lang, `answer.groundCount.${pluralKey(lang, groundCount)}`, { count: groundCount })
      : grounds?.text
        ? inline(grounds.text)
        : groundsRule && inline(groundsRule.points?.[0] ?? groundsRule.text);
  const complaintText = complaints?.text ?? (complaints ? undefined : (complaintsRule?.points?.[0] ?? complaintsRule?.text));
  const complaintAnswer = complaintText
    ? inline(complaintText)
    : view.complaintBodies.length > 0 &&
      joinHtml(
        view.complaintBodies.map((agency) => inline(agency.name)),
        ', ',
      );
  const usesRule = (!grounds && groundsRule !== undefined) || (!complaints && complaintsRule !== undefined);
  const refused = answerHtml(
    'refused',
    uiHtml(lang, 'answer.refused'),
    grounds || !(complaints || complaintsRule) ? '#refusal_grounds' : '#complaints',
    groundsAnswer || complaintAnswer ? html`${groundsAnswer}${groundsAnswer && complaintAnswer && '. '}${complaintAnswer}` : unknown,
    [
      usesRule && html`<a href="#complaints">${uiHtml(lang, 'answer.generalRule')}</a>`,
      !usesRule && grounds && (complaints || complaintsRule) && html`<a href="#complaints">${uiHtml(lang, 'answer.howToComplain')}</a>`,
      textsNoteHtml([grounds?.text, complaintText, ...view.complaintBodies.map((agency) => agency.name)], lang),
      conflicts(grounds?.conflicts ?? complaints?.conflicts, grounds?.conflicts ? '#refusal_grounds' : '#complaints'),
    ],
  );

  return html`<section class="answers" aria-labelledby="answers-title"><h2 id="answers-title" class="visually-hidden">${uiHtml(lang, 'summary.title')}</h2><dl>${bring}${cost}${wait}${where}${refused}</dl></section>`;
}

/** The one line that names the sections of the standard the record does not document yet, with one way to help. */
export function gapsHtml(view: ServiceView): Html | undefined {
  const { lang, missingSections } = view;
  if (missingSections.length === 0) return undefined;
  return html`<p class="gaps" id="gaps"><strong>${uiHtml(lang, 'doc.notDocumented')}</strong> ${t(lang, 'gaps.count', {
    count: missingSections.length,
    total: standardSectionKeys.length - 1,
  })}: ${joinHtml(
    missingSections.map((key) => html`<a href="#${key}">${sectionTitle(key, lang)}</a>`),
    ', ',
  )}. <a href="#report">${uiHtml(lang, 'edit.propose')}</a></p>`;
}
