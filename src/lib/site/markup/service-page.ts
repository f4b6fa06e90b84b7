import { type Lang, otherLang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { Agency, ChannelKind, Conflict, GeneralRule, LocalizedText, Source, StandardSectionKey } from '../../../schemas/index.ts';
import { standardSectionKeys } from '../../../schemas/index.ts';
import type { Registry } from '../../registry/index.ts';
import { factDate } from '../../service-view/service-facts.ts';
import { deadlineLimitAmount, type ServiceView } from '../../service-view/service-view.ts';
import { formatDate, formatMoney, formatTimeLimit } from '../format.ts';
import { type Html, type HtmlValue, html, joinHtml } from '../html.ts';
import { actCitation, channelLabel, paymentLabel, registerLabel, sectionTitle } from '../labels.ts';
import { perLanguage, uiHtml } from '../per-language.ts';
import { paths } from '../urls.ts';
import { answerCardHtml, gapsHtml } from './answer-card.ts';
import { conflictsHtml } from './conflicts.ts';
import { editLinkHtml } from './edit-link.ts';
import { generalRuleBodyHtml, generalRuleFallbackHtml } from './general-rule.ts';
import { localizedTextHtml } from './localized-text.ts';
import { sourcesHtml } from './sources.ts';

/*
 * The body of a service page. Service pages are nearly all of the site (40,000 of 41,000 pages at
 * the country's scale), so their markup is built as strings rather than from Astro components,
 * which cost more per instance than the markup they make; every value is escaped by html``.
 * The page itself (src/pages/[lang]/services/[id].astro) places these parts in the layout.
 * First the answer card and the one line of gaps, then the standard's sections in the law's order,
 * each with the id of its key, then the cost, the procedure, the rights and the register entry.
 */

/** Names longer than this many characters get the smaller heading (a few per hundred services). */
const longNameLength = 100;

type SectionData = { as_of?: string; note?: LocalizedText; sources?: Source[]; conflicts?: Conflict[] } | undefined;

function sectionHeadingHtml(lang: Lang, id: string, title: HtmlValue, empty: boolean): Html {
  return html`<h2 id="${id}-title">${title}${empty && html` <span class="no-data">${uiHtml(lang, 'section.noData')}</span>`}</h2>`;
}

// The heading of a section of the standard (numbered as in the law) is the same on every page but
// for its "no data" mark: both forms are made once per language.
const standardSectionHeadings = perLanguage((lang, section: StandardSectionKey) => {
  const title = html`<span class="number">${standardSectionKeys.indexOf(section) + 1}.</span> ${sectionTitle(section, lang)}`;
  return { filled: sectionHeadingHtml(lang, section, title, false), empty: sectionHeadingHtml(lang, section, title, true) };
});

/**
 * One titled section: a section of the standard (numbered as in the law) or another part of the
 * page. A section the record does not document shows the general rule standing in for it, or only
 * its title marked "no data": the page says what is missing once, in the line under the card.
 */
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
  const empty = !data && !fallback;
  const titleHtml = 'section' in heading ? standardSectionHeadings(lang, heading.section)[empty ? 'empty' : 'filled'] : sectionHeadingHtml(lang, id, heading.title, empty);
  const body = data
    ? html`${content}${conflictsHtml(data.conflicts, lang, registry)}${data.note && html`<div class="note">${localizedTextHtml(data.note, lang, true)}</div>`}${sourcesHtml(data.sources, lang, registry, factDate(data))}`
    : fallback && generalRuleFallbackHtml(fallback, lang, registry);
  return html`<section id="${id}" aria-labelledby="${id}-title"${empty && html` class="undocumented"`}>${titleHtml}${body}</section>`;
}

/** Everything from the name to the register entry: what a reader came for, then the standard for the reader who checks it. */
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
  // Where to find a body that provides the service: its address and opening hours, where the registry has them.
  const whereToFind = (agency: Agency) =>
    (agency.contacts ?? [])
      .filter((contact) => contact.kind === 'address' || contact.kind === 'hours')
      .map((contact) => html`<div><span class="muted">${t(lang, `contactKind.${contact.kind}`)}:</span> ${contact.value}</div>`);

  const deadlineLimits = view.deadlineLimits;
  const register = service.register;
  const retired = service.status === 'retired' ? service.retired : undefined;
  const replacement = view.replacement;
  const limitFor = (limit: (typeof deadlineLimits)[number]) => limit.for && html` — ${text(limit.for)}`;
  // An old amount or time limit says so wherever it appears, in the reader's language.
  const staleMark = (stale: boolean, date: string | undefined) =>
    stale && date && html` <span class="stale">(${t(lang, 'fact.mayHaveChanged', { date: formatDate(date) })})</span>`;

  // A long official name gets a smaller heading on a phone, so the answers still fit on the first screen.
  const longName = view.name.length > longNameLength;
  // A retired service says so before anything else, in a few lines; why, and the sources, one tap away.
  const header = html`<h1${longName && html` class="long"`}>${text(service.name)}</h1>${
    retired &&
    html`<div class="retired" role="note"><p><strong>${uiHtml(lang, 'service.retired')}.</strong> ${t(lang, 'service.retiredOn', { date: formatDate(retired.date) })}.${withAct(
      retired.act,
      (link) => html` ${link}.`,
    )}</p>${replacement && html`<p>${uiHtml(lang, 'service.replacedBy')}: <a href="${paths.service(lang, replacement.id)}">${text(replacement.name)}</a></p>`}${html`<details class="retired-details"><summary>${uiHtml(lang, 'service.retiredDetails')}</summary>${retired.reason && text(retired.reason, true)}${sources(retired.sources)}</details>`}</div>`
  }`;
  const kind = html`<p class="meta"><span class="tag">${t(lang, service.level === 'state' ? 'service.state' : 'service.municipal')}</span>${
    register && html` <span class="tag">${registerLabel(register.kind, lang)}</span>`
  }</p><p class="muted no-print">${uiHtml(lang, 'print.hint')}</p>`;

  const documents = standard.documents;
  const procedure = service.procedure;
  const content: Partial<Record<StandardSectionKey, HtmlValue>> = {
    provider: standard.provider?.agencies && html`<ul>${view.providers.map((agency) => html`<li>${agencyLink(agency)}${whereToFind(agency)}</li>`)}</ul>`,
    documents: [
      documents?.items &&
        html`<ul class="checklist">${documents.items.map(
          (item) =>
            html`<li>${text(item.name)}${item.condition && html` — <em>${text(item.condition)}</em>`}${item.detail && html`<div class="muted">${text(item.detail)}</div>`}${item.sources && sources(item.sources)}</li>`,
        )}</ul>`,
      documents?.complete === false && html`<p class="note">${uiHtml(lang, 'documents.incomplete')}</p>`,
    ],
    deadline:
      deadlineLimits.length > 0 &&
      html`<ul>${deadlineLimits.map((limit) => html`<li><strong>${deadlineLimitAmount(limit, lang)}</strong>${limitFor(limit)}</li>`)}</ul>${staleMark(view.deadlineStale, view.deadlineDate)}`,
    channels:
      standard.channels?.items &&
      html`<ul>${standard.channels.items.map((channel) => html`<li><strong>${channelLink(channel)}</strong>${channel.text && html`: ${text(channel.text)}`}${channel.sources && sources(channel.sources)}</li>`)}</ul>`,
    refusal_grounds: standard.refusal_grounds?.items && html`<ul>${standard.refusal_grounds.items.map((ground) => html`<li>${text(ground)}</li>`)}</ul>`,
    complaints: standard.complaints?.agencies && html`<ul>${view.complaintBodies.map((agency) => html`<li>${agencyLink(agency)}</li>`)}</ul>`,
  };
  const standardSections = standardSectionKeys
    .filter((key) => key !== 'name')
    .map((key) => {
      const data = standard[key];
      return sectionHtml(lang, registry, { section: key }, data, [data?.text && text(data.text, true), content[key]], view.sectionRules[key]);
    });

  // Payment and procedure are not sections of the standard: they carry their own id and title.
  const ownSection = (id: 'payment' | 'procedure', data: SectionData, parts: HtmlValue) => sectionHtml(lang, registry, { id, title: t(lang, `service.${id}`) }, data, parts);
  const paymentSection = ownSection(
    'payment',
    payment,
    payment && [
      html`<p><strong>${paymentLabel(payment.kind, lang)}</strong></p>`,
      payment.text && text(payment.text, true),
      payment.fees &&
        payment.fees.length > 0 &&
        html`<table class="fees"><tbody>${view.fees.map(
          ({ fee, stale }) =>
            html`<tr><td><strong>${formatMoney(fee, lang)}</strong></td><td>${text(fee.for)}${fee.within && html` (${t(lang, 'payment.within', { limit: formatTimeLimit(fee.within, lang) })})`}${withAct(
              fee.act,
              (link) => html`<div class="meta">${uiHtml(lang, 'payment.feeAct')}: ${link}</div>`,
            )}${fee.as_of && html`<div class="as-of">${t(lang, 'source.asOf', { date: formatDate(fee.as_of) })}${staleMark(stale, fee.as_of)}</div>`}${fee.note && text(fee.note, true)}${fee.sources && sources(fee.sources)}</td></tr>`,
        )}</tbody></table>`,
      payment.fee_undocumented && html`<p>${uiHtml(lang, 'answer.feeUnknown')}</p>`,
    ],
  );

  const procedureSection = ownSection(
    'procedure',
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

  // Rights the law gives with every service (e.g. information in Kyrgyz or Russian), after the standard.
  const rights =
    view.rights.length > 0 &&
    html`<section id="rights" aria-labelledby="rights-title"><h2 id="rights-title">${uiHtml(lang, 'rule.rights')}</h2>${view.rights.map(
      (rule) => html`<h3><a href="${paths.generalRule(lang, rule.id)}">${text(rule.title)}</a></h3>${generalRuleBodyHtml(rule, lang, registry)}`,
    )}</section>`;

  const registerSection = html`<section id="register" aria-labelledby="register-title"><h2 id="register-title">${uiHtml(lang, 'service.register')}${
    !register && html` <span class="no-data">${uiHtml(lang, 'section.noData')}</span>`
  }</h2>${
    register &&
    html`<p>${registerLabel(register.kind, lang)}${
      register.municipality && html` — <a href="${paths.municipality(lang, register.municipality)}">${text(registry.municipality.get(register.municipality)!.name)}</a>`
    }${register.chapter && html`, ${t(lang, 'service.registerChapter', { chapter: register.chapter })}`}${register.item && html`, ${t(lang, 'service.registerItem', { item: register.item })}`}</p>${
      register.text && text(register.text, true)
    }${register.name_in_register && text(register.name_in_register, true)}${withAct(register.act, (link) => html`<p>${uiHtml(lang, 'service.registerAct')}: ${link}</p>`)}${
      view.standardBody && html`<p>${uiHtml(lang, 'service.standardBody')}: ${agencyLink(view.standardBody)}</p>`
    }${register.payment_in_register && html`<p>${uiHtml(lang, 'service.payment')}: ${paymentLabel(register.payment_in_register, lang)}</p>`}${
      register.note && html`<div class="note">${text(register.note, true)}</div>`
    }${sources(register.sources, factDate(register))}`
  }${withAct(standard.approved_by, (link) => html`<p>${uiHtml(lang, 'service.standardApprovedBy')}: ${link}</p>`)}</section>`;

  return html`${header}${answerCardHtml(view)}${gapsHtml(view)}${kind}${standardSections}${paymentSection}${procedureSection}${rights}${registerSection}`;
}

/** Where the record comes from: its categories, assessments, everyday names, note and sources, then the ways to correct it. */
export function serviceAboutHtml(view: ServiceView, registry: Registry): Html {
  const { service, lang } = view;
  const text = (value: LocalizedText | undefined, block = false) => localizedTextHtml(value, lang, block);
  const categories = joinHtml(
    view.categories.map((category) => html`<a href="${paths.category(lang, category.id)}">${text(category.name)}</a>`),
    ', ',
  );
  // Everyday names in the other language keep their own lang, so a screen reader pronounces them right.
  const other = otherLang(lang);
  const names = [
    ...(service.everyday_names?.[lang] ?? []).map((name) => html`${name}`),
    ...(service.everyday_names?.[other] ?? []).map((name) => html`<span lang="${other}">${name}</span>`),
  ];
  return html`<section id="about" aria-labelledby="about-title"><h2 id="about-title">${uiHtml(lang, 'service.sourcesTitle')}</h2><p>${uiHtml(lang, 'service.categories')}: ${categories}</p>${
    view.assessments.length > 0 &&
    html`<p>${uiHtml(lang, 'service.assessments')}: ${joinHtml(
      view.assessments.map((assessment) => html`<a href="${paths.assessment(lang, assessment.id)}">${text(assessment.title)}</a>`),
      ', ',
    )}</p>`
  }${names.length > 0 && html`<p>${uiHtml(lang, 'service.everydayNames')}: ${joinHtml(names, ', ')}</p>`}${service.note && html`<div class="note">${text(service.note, true)}</div>`}${sourcesHtml(
    service.sources,
    lang,
    registry,
  )}</section>${editLinkHtml(lang, registry, 'services', service.id, paths.service(lang, service.id))}`;
}
