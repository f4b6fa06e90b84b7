import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { Finding, StandardSectionKey } from '../../../schemas/index.ts';
import type { ServiceFacts } from '../../service-view/service-facts.ts';
import { formatNumber } from '../format.ts';
import { type Html, html } from '../html.ts';
import { sectionTitle } from '../labels.ts';
import { uiHtml } from '../per-language.ts';
import { paths } from '../urls.ts';
import { localizedTextHtml } from './localized-text.ts';

type Figure = NonNullable<Finding['figures']>[number];
const figureText = ({ value, unit }: Figure, lang: Lang) =>
  unit === 'percent' ? `${formatNumber(value, lang)} %` : `${formatNumber(value, lang)} ${t(lang, `figureUnit.${unit}`)}`;

/** What assessments found about sections of this service's standard, beside what the standard says; nothing when none did. */
export function serviceFindingsHtml(facts: ServiceFacts, lang: Lang): Html | undefined {
  const { service } = facts;
  // Findings that name this service and a section of its standard, grouped by section in the law's order.
  const findings = facts.assessments.flatMap((assessment) =>
    (assessment.findings ?? []).filter((finding) => finding.service === service.id && finding.section).map((finding) => ({ assessment, finding })),
  );
  if (findings.length === 0) return undefined;
  const standardText = (section: StandardSectionKey) => (section === 'name' ? service.name : service.standard?.[section]?.text);
  const rows = findings.map(({ assessment, finding }) => {
    const text = standardText(finding.section!);
    const year = assessment.published?.slice(0, 4) ?? assessment.year;
    return html`<tr><th scope="row">${sectionTitle(finding.section!, lang)}</th><td data-label="${uiHtml(lang, 'insight.findings.standard')}">${
      text ? localizedTextHtml(text, lang, true) : html`<span class="no-data">${uiHtml(lang, 'section.noData')}</span>`
    }</td><td data-label="${uiHtml(lang, 'insight.findings.found')}">${localizedTextHtml(finding.text, lang, true)}${
      finding.figures && html`<ul>${finding.figures.map((figure) => html`<li><strong>${figureText(figure, lang)}</strong> — ${localizedTextHtml(figure.label, lang)}</li>`)}</ul>`
    }<p class="meta"><a href="${paths.assessment(lang, assessment.id)}">${localizedTextHtml(assessment.title, lang)}</a>${(assessment.published ?? assessment.year) && html`, ${year}`}${
      finding.page && html`, ${finding.page}`
    }</p></td></tr>`;
  });
  return html`<section id="findings" aria-labelledby="findings-title"><h2 id="findings-title">${uiHtml(lang, 'insight.findings.title')}</h2><table class="findings stack"><caption>${uiHtml(lang, 'insight.findings.title')}</caption><thead><tr><th scope="col">${uiHtml(lang, 'insight.findings.section')}</th><th scope="col">${uiHtml(lang, 'insight.findings.standard')}</th><th scope="col">${uiHtml(lang, 'insight.findings.found')}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
