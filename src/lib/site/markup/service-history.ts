import type { Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/translate.ts';
import type { Service } from '../../../schemas/index.ts';
import { type RegistryHistory, recordHistory } from '../../history/index.ts';
import { formatDate } from '../format.ts';
import { type Html, html } from '../html.ts';
import { uiHtml } from '../per-language.ts';
import { commitUrl } from '../repository-links.ts';
import { otherLanguageAttribute } from '../text-language.ts';
import { paths } from '../urls.ts';

// The page shows the newest changes; the rest are counted and a reader follows the commits.
const shownChanges = 10;

/** The service's changes from the registry's git history, newest first, and the changes feed. */
export function serviceHistoryHtml(service: Service, history: RegistryHistory, lang: Lang): Html {
  const changes = recordHistory(history, 'services', service);
  const day = (date: string) => formatDate(date.slice(0, 10));
  // Commit messages are usually English: labelled, so that a screen reader does not read them as Kyrgyz or Russian.
  const list = !history.available
    ? html`<p class="muted">${uiHtml(lang, 'history.unavailable')}</p>`
    : changes.length === 0
      ? html`<p class="muted">${uiHtml(lang, 'history.none')}</p>`
      : html`<p>${t(lang, 'history.lastChanged', { date: day(changes[0]!.date) })}</p><ol class="history">${changes
          .slice(0, shownChanges)
          .map(
            (change) =>
              html`<li><time datetime="${change.date}">${day(change.date)}</time> — <span${otherLanguageAttribute(change.subject, lang)}>${change.subject}</span> (<a href="${commitUrl(change.commit)}" rel="nofollow noopener"><code>${change.commit.slice(0, 7)}</code></a>)</li>`,
          )}</ol>${changes.length > shownChanges && html`<p class="muted">${t(lang, 'history.earlier', { count: changes.length - shownChanges })}</p>`}`;
  return html`<section id="history" aria-labelledby="history-title" data-history="${history.available ? 'available' : 'unavailable'}"><h2 id="history-title">${uiHtml(lang, 'history.title')}</h2>${list}<p><a href="${paths.changesFeed(lang)}">${uiHtml(lang, 'history.feed')}</a></p></section>`;
}
