import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { ChannelKind, Conflict, GeneralRule, LocalizedText, Source, StandardSectionKey } from '../../../schemas/index.ts';
import { standardSectionKeys } from '../../../schemas/index.ts';
import type { Registry } from '../../registry/index.ts';
import { factDate } from '../../service-view/service-facts.ts';
import { deadlineLimitAmount, type ServiceView } from '../../service-view/service-view.ts';
import { formatDate, formatMoney, formatTimeLimit } from '../format.ts';
import { html, joinHtml, type Html, type HtmlValue } from '../html.ts';
import { actCitation, channelLabel, paymentLabel, registerLabel, sectionTitle } from '../labels.ts';
import { paths } from '../urls.ts';
import { conflictsHtml } from './conflicts.ts';
import { editLinkHtml } from './edit-link.ts';
import { generalRuleBodyHtml, generalRuleFallbackHtml } from './general-rule.ts';
import { factLinkHtml } from './fact-link.ts';
import { localizedTextHtml } from './localized-text.ts';
import { sourcesHtml } from './sources.ts';

/*
 * The body of a service page. Service pages are nearly all of the site (40,000 of 41,000 pages at
 * the country's scale), so their markup is built as strings rather than from Astro components,
 * which cost more per instance than the markup they make; every value is escaped by html``.
 * The page itself (src/pages/[lang]/services/[id].astro) places these parts in the layout.
 */

type SectionData = { as_of?: string; note?: LocalizedText; sources?: Source[]; conflicts?: Conflict[] } | undefined;

/** One titled section: a section of the standard (numbered as in the law) or another part of the page. */
export function sectionHtml(
  lang: Lang,
  registry: Registry,
  heading: { section: StandardSectionKey } | { id: string; title: string },
  data: SectionData,
  content: HtmlValue,
  /** The general rule that stands in when the service does not document this section. */
  fallback?: GeneralRule,
): Html {
  const id = 'section' in heading ? heading.section : heading.id;
  const title = 'section' in heading ? sectionTitle(heading.section, lang) : heading.title;
  const number = 'section' in heading ? standardSectionKeys.indexOf(heading.section) + 1 : undefined;
  const body = data
    ? html`${content}${conflictsHtml(data.conflicts, lang, registry)}${data.note && html`<div class="note">${localizedTextHtml(data.note, lang, true)}</div>`}${sourcesHtml(data.sources, lang, registry, data.as_of)}`
    : fallback
      ? generalRuleFallbackHtml(fallback, lang, registry)
      : html`<p class="gap">${t(lang, 'doc.notDocumented')}. ${t(lang, 'doc.inviteCorrection')}</p>`;
  return html`<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${title}</h2>${number && html`<p class="meta">${t(lang, 'section.number', { number })}</p>`}${body}</section>`;
}

const gap = (lang: Lang) => html`<span class="gap">${t(lang, 'doc.notDocumented')}</span>`;

/** Everything from the name to the list of undocumented sections: what a reader came for. */
export function serviceStandardHtml(view: ServiceView, registry: Registry): Html {
  const { service, lang } = view;
  const standard = service.standard ?? {};
  const payment = service.payment;
  const text = (value: LocalizedText | undefined, block = false) => localizedTextHtml(value, lang, block);
  const sources = (list: Source[] | undefined, asOf?: string) => sourcesHtml(list, lang, registry, asOf);
  // A line citing an act, or nothing when the act id is absent or unknown.
  const withAct = (id: string | undefined, line: (link: Html) => Html) => {
    const act = id ? registry.act.get(id) : undefined;
    return act && line(html`<a href="${paths.act(lang, act.id)}">${actCitation(act, lang)}</a>`);
  };
  const agencyLink = (agency: { id: string; name: LocalizedText }) => html`<a href="${paths.agency(lang, agency.id)}">${text(agency.name)}</a>`;
  const channelLink = (channel: { kind: ChannelKind; url?: string }) =>
    channel.url ? html`<a href="${channel.url}" rel="nofollow noopener noreferrer">${channelLabel(channel.kind, lang)}</a>` : channelLabel(channel.kind, lang);

  const deadlineLimits = view.deadlineLimits;
  const fees = view.charges.map((charge) => charge.fee);
  const names = view.everydayNames;
  const register = service.register;
  const retired = service.status === 'retired' ? service.retired : undefined;
  const replacement = view.replacement;
  const limitFor = (limit: (typeof deadlineLimits)[number]) => limit.for && html` — ${text(limit.for)}`;
  // An old amount or time limit says so wherever it appears, in the reader's language.
  const staleMark = (stale: boolean, date: string | undefined) =>
    stale && date && html` <span class="stale">(${t(lang, 'fact.mayHaveChanged', { date: formatDate(date) })})</span>`;
  const deadlineStale = staleMark(view.deadlineStale, view.deadlineDate);

  const header = html`<p class="meta no-print"><span class="tag">${t(lang, service.level === 'state' ? 'service.state' : 'service.municipal')}</span>${
    register && html`<span class="tag">${registerLabel(register.kind, lang)}</span>`
  }</p><h1>${text(service.name)}</h1>${
    retired &&
    html`<div class="retired" role="note"><p><strong>${t(lang, 'service.retired')}.</strong> ${t(lang, 'service.retiredOn', { date: formatDate(retired.date) })}.${
      withAct(retired.act, (link) => html` ${link}.`)
    }</p>${replacement && html`<p>${t(lang, 'service.replacedBy')}: <a href="${paths.service(lang, replacement.id)}">${text(replacement.name)}</a></p>`}${
      retired.reason && text(retired.reason, true)
    }${sources(retired.sources)}</div>`
  }${names.length > 0 && html`<p class="muted no-print">${t(lang, 'service.everydayNames')}: ${names.join(', ')}</p>`}`;

  const summaryPayment = payment
    ? html`<strong>${paymentLabel(payment.kind, lang)}</strong>${
        view.charges.length > 0 &&
        view.charges.length <= 3 &&
        html`<ul class="plain">${view.charges.map(({ fee, stale }) => html`<li>${formatMoney(fee, lang)} — ${text(fee.for)}${staleMark(stale, fee.as_of)}</li>`)}</ul>`
      }${fees.length > 3 && html`: ${view.amounts}${staleMark(view.charges.some((charge) => charge.stale), view.charges.map((charge) => charge.fee.as_of).sort()[0])}`}${
        payment.conflicts?.length && html` <span class="conflict-mark">(${t(lang, 'conflict.short')})</span>`
      }${payment.fee_undocumented && html` <span class="gap">${t(lang, 'payment.feeUndocumented')}</span>`}${factLinkHtml(lang, '#payment', factDate(payment))}`
    : gap(lang);
  const summaryDeadline =
    deadlineLimits.length > 0
      ? html`<ul class="plain">${deadlineLimits.map((limit) => html`<li>${deadlineLimitAmount(limit, lang)}${limitFor(limit)}</li>`)}</ul>${deadlineStale}${factLinkHtml(lang, '#deadline', view.deadlineDate)}`
      : standard.deadline?.text
        ? html`${text(standard.deadline.text)}${deadlineStale}${factLinkHtml(lang, '#deadline', view.deadlineDate)}`
        : gap(lang);
  const summaryWhere =
    view.providers.length > 0 || standard.provider?.text || view.inPersonKinds.length > 0
      ? html`${joinHtml(view.providers.map(agencyLink), '; ')}${view.providers.length === 0 && standard.provider?.text && text(standard.provider.text)}${
          view.inPersonKinds.length > 0 && html` (${view.inPersonKinds.map((kind) => channelLabel(kind, lang)).join('; ')})`
        }${factLinkHtml(lang, '#provider', factDate(standard.provider) ?? factDate(standard.channels))}`
      : gap(lang);
  const summaryOnline =
    view.onlineChannels.length > 0
      ? html`${joinHtml(
          view.onlineChannels.map(({ channel }) => channelLink(channel)),
          '; ',
        )}${factLinkHtml(lang, '#channels', factDate(standard.channels))}`
      : standard.channels
        ? t(lang, 'summary.notOnline')
        : gap(lang);
  const summary = html`<section class="summary" aria-labelledby="summary-title"><h2 id="summary-title" class="visually-hidden">${t(lang, 'summary.title')}</h2><dl><dt>${t(lang, 'section.result')}</dt><dd>${
    standard.result ? html`${text(standard.result.text)}${factLinkHtml(lang, '#result', factDate(standard.result))}` : gap(lang)
  }</dd><dt>${t(lang, 'service.payment')}</dt><dd>${summaryPayment}</dd><dt>${t(lang, 'section.deadline')}</dt><dd>${summaryDeadline}</dd><dt>${t(lang, 'summary.where')}</dt><dd>${summaryWhere}</dd><dt>${t(lang, 'summary.online')}</dt><dd>${summaryOnline}</dd></dl></section><p class="muted no-print">${t(lang, 'print.hint')}</p>`;

  const documents = standard.documents;
  const documentsSection = sectionHtml(lang, registry, { section: 'documents' }, documents, [
    documents?.text && text(documents.text, true),
    documents?.items &&
      html`<ul class="checklist">${documents.items.map(
        (item) =>
          html`<li>${text(item.name)}${item.condition && html` — <em>${text(item.condition)}</em>`}${item.detail && html`<div class="muted">${text(item.detail)}</div>`}${item.sources && sources(item.sources)}</li>`,
      )}</ul>`,
    documents?.complete === false && html`<p class="note">${t(lang, 'documents.incomplete')}</p>`,
  ]);

  const procedure = service.procedure;
  const procedureSection = sectionHtml(
    lang,
    registry,
    { id: 'procedure', title: t(lang, 'service.procedure') },
    procedure,
    procedure && [
      procedure.text && text(procedure.text, true),
      html`<ol class="steps">${procedure.steps.map(
        (step) =>
          html`<li>${text(step.title)}${step.time_limit && html` — <strong>${formatTimeLimit(step.time_limit, lang)}</strong>`}${step.actor && html`<span class="muted"> (${text(step.actor)})</span>`}${
            step.detail && text(step.detail, true)
          }${step.sources && sources(step.sources)}</li>`,
      )}</ol>`,
      withAct(procedure.approved_by, (link) => html`<p class="meta">${link}</p>`),
    ],
  );

  const complaints = standard.complaints;
  const complaintsSection = sectionHtml(
    lang,
    registry,
    { section: 'complaints' },
    complaints,
    [complaints?.text && text(complaints.text, true), complaints?.agencies && html`<ul>${view.complaintBodies.map((agency) => html`<li>${agencyLink(agency)}</li>`)}</ul>`],
    view.sectionRules.complaints,
  );

  const paymentSection = sectionHtml(
    lang,
    registry,
    { id: 'payment', title: t(lang, 'service.payment') },
    payment,
    payment && [
      html`<p><strong>${paymentLabel(payment.kind, lang)}</strong></p>`,
      payment.text && text(payment.text, true),
      payment.fees &&
        payment.fees.length > 0 &&
        html`<table><tbody>${view.fees.map(
          ({ fee, stale }) =>
            html`<tr><td><strong>${formatMoney(fee, lang)}</strong></td><td>${text(fee.for)}${fee.within && html` (${t(lang, 'payment.within', { limit: formatTimeLimit(fee.within, lang) })})`}${
              withAct(fee.act, (link) => html`<div class="meta">${t(lang, 'payment.feeAct')}: ${link}</div>`)
            }${fee.as_of && html`<div class="meta">${t(lang, 'source.asOf', { date: formatDate(fee.as_of) })}${staleMark(stale, fee.as_of)}</div>`}${fee.note && text(fee.note, true)}${fee.sources && sources(fee.sources)}</td></tr>`,
        )}</tbody></table>`,
      payment.fee_undocumented && html`<p class="gap">${t(lang, 'payment.feeUndocumented')}</p>`,
    ],
  );

  // Documents and complaints come first, above; the other sections follow in the law's order.
  const laterSections = standardSectionKeys.filter((key) => key !== 'name' && key !== 'documents' && key !== 'complaints');
  const otherSections = laterSections.map((key) => {
    const data = standard[key];
    return sectionHtml(
      lang,
      registry,
      { section: key },
      data,
      [
      data?.text && text(data.text, true),
      key === 'provider' && standard.provider?.agencies && html`<ul>${view.providers.map((agency) => html`<li>${agencyLink(agency)}</li>`)}</ul>`,
      key === 'deadline' && deadlineLimits.length > 0 && html`<ul>${deadlineLimits.map((limit) => html`<li><strong>${deadlineLimitAmount(limit, lang)}</strong>${limitFor(limit)}</li>`)}</ul>${deadlineStale}`,
      key === 'channels' &&
        standard.channels?.items &&
        html`<ul>${standard.channels.items.map((channel) => html`<li><strong>${channelLink(channel)}</strong>${channel.text && html`: ${text(channel.text)}`}${channel.sources && sources(channel.sources)}</li>`)}</ul>`,
      key === 'refusal_grounds' && standard.refusal_grounds?.items && html`<ul>${standard.refusal_grounds.items.map((ground) => html`<li>${text(ground)}</li>`)}</ul>`,
      ],
      view.sectionRules[key],
    );
  });

  // Rights the law gives with every service (e.g. information in Kyrgyz or Russian), after the standard.
  const rights =
    view.rights.length > 0 &&
    html`<section id="rights" aria-labelledby="rights-title"><h2 id="rights-title">${t(lang, 'rule.rights')}</h2>${view.rights.map(
      (rule) => html`<h3><a href="${paths.generalRule(lang, rule.id)}">${text(rule.title)}</a></h3>${generalRuleBodyHtml(rule, lang, registry)}`,
    )}</section>`;

  const registerSection = html`<section id="register" aria-labelledby="register-title"><h2 id="register-title">${t(lang, 'service.register')}</h2>${
    register
      ? html`<p>${registerLabel(register.kind, lang)}${
          register.municipality && html` — <a href="${paths.municipality(lang, register.municipality)}">${text(registry.municipality.get(register.municipality)!.name)}</a>`
        }${register.chapter && html`, ${t(lang, 'service.registerChapter', { chapter: register.chapter })}`}${register.item && html`, ${t(lang, 'service.registerItem', { item: register.item })}`}</p>${
          register.name_in_register && text(register.name_in_register, true)
        }${register.text && text(register.text, true)}${withAct(register.act, (link) => html`<p>${t(lang, 'service.registerAct')}: ${link}</p>`)}${
          view.standardBody && html`<p>${t(lang, 'service.standardBody')}: ${agencyLink(view.standardBody)}</p>`
        }${register.payment_in_register && html`<p>${t(lang, 'service.payment')}: ${paymentLabel(register.payment_in_register, lang)}</p>`}${
          register.note && html`<div class="note">${text(register.note, true)}</div>`
        }${sources(register.sources, register.as_of)}`
      : html`<p class="gap">${t(lang, 'doc.notDocumented')}</p>`
  }${withAct(standard.approved_by, (link) => html`<p>${t(lang, 'service.standardApprovedBy')}: ${link}</p>`)}</section>`;

  const missing =
    view.missingSections.length > 0 &&
    html`<section id="missing" aria-labelledby="missing-title"><h2 id="missing-title">${t(lang, 'doc.sectionsMissing')}</h2><ul>${view.missingSections.map(
      (key) => html`<li><a href="#${key}">${standardSectionKeys.indexOf(key) + 1}. ${sectionTitle(key, lang)}</a></li>`,
    )}</ul><p>${t(lang, 'doc.inviteCorrection')}</p></section>`;

  return html`${header}${summary}${documentsSection}${procedureSection}${complaintsSection}${paymentSection}${otherSections}${rights}${registerSection}${missing}`;
}

/** Where the record comes from: its categories, assessments, note, sources and the edit links. */
export function serviceAboutHtml(view: ServiceView, registry: Registry): Html {
  const { service, lang } = view;
  const text = (value: LocalizedText | undefined, block = false) => localizedTextHtml(value, lang, block);
  const categories = joinHtml(
    view.categories.map((category) => html`<a href="${paths.category(lang, category.id)}">${text(category.name)}</a>`),
    ', ',
  );
  return html`<section id="about" aria-labelledby="about-title"><h2 id="about-title">${t(lang, 'service.sourcesTitle')}</h2><p>${t(lang, 'service.categories')}: ${categories}</p>${
    view.assessments.length > 0 &&
    html`<p>${t(lang, 'service.assessments')}: ${joinHtml(
      view.assessments.map((assessment) => html`<a href="${paths.assessment(lang, assessment.id)}">${text(assessment.title)}</a>`),
      ', ',
    )}</p>`
  }${service.note && html`<div class="note">${text(service.note, true)}</div>`}${sourcesHtml(service.sources, lang, registry)}${editLinkHtml(lang, registry, 'services', service.id, paths.service(lang, service.id))}</section>`;
}
