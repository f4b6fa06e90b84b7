import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { RecordKind, Registry } from '../../registry/index.ts';
import { html, type Html } from '../html.ts';
import { editFileUrl, reportErrorUrl } from '../repository-links.ts';
import { absoluteUrl } from '../urls.ts';

/** "Propose a correction" (GitHub's editor on the record's file) and "Report an error" (an issue naming the record and page). */
export function editLinkHtml(lang: Lang, registry: Registry, kind: RecordKind, id: string, pagePath: string): Html {
  const file = registry.fileOf[kind].get(id)!;
  return html`<p class="edit"><a href="${editFileUrl(file)}" rel="nofollow noopener" data-edit-file="${file}">${t(lang, 'edit.propose')}</a> · <a href="${reportErrorUrl(kind, id, file, absoluteUrl(pagePath))}" rel="nofollow noopener">${t(lang, 'edit.report')}</a> <span class="muted">(${t(lang, 'edit.file', { file })})</span></p>`;
}
