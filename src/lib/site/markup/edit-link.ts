import type { Lang } from '../../../i18n/locales.ts';
import type { RecordKind, Registry } from '../../registry/index.ts';
import { correctionEmailUrl } from '../correction-email.ts';
import { type Html, html } from '../html.ts';
import { uiHtml } from '../per-language.ts';
import { editFileUrl, reportErrorUrl } from '../repository-links.ts';
import { absoluteUrl } from '../urls.ts';

/**
 * The ways to correct a record, with the id "report" that the page's other "propose a correction"
 * links lead to: GitHub's editor on the record's file, an issue naming the record and page, and an
 * e-mail to the maintainers for readers without a GitHub account, then what happens next.
 */
export function editLinkHtml(lang: Lang, registry: Registry, kind: RecordKind, id: string, pagePath: string): Html {
  const file = registry.fileOf[kind].get(id)!;
  const pageUrl = absoluteUrl(pagePath);
  return html`<div class="report" id="report"><h2 id="report-title">${uiHtml(lang, 'report.title')}</h2><ul class="plain report-ways"><li><a href="${correctionEmailUrl(lang, { record: `${kind}/${id}`, file, pageUrl })}">${uiHtml(lang, 'mail.link')}</a> <span class="muted">${uiHtml(lang, 'mail.noAccount')}</span></li><li><a href="${editFileUrl(file)}" rel="nofollow noopener" data-edit-file="${file}">${uiHtml(lang, 'edit.propose')}</a> · <a href="${reportErrorUrl(kind, id, file, pageUrl)}" rel="nofollow noopener">${uiHtml(lang, 'edit.report')}</a> <span class="muted">(GitHub)</span></li></ul><p class="muted">${uiHtml(lang, 'mail.next')}</p></div>`;
}
