import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/translate.ts';
import { findRecord, type RecordKind, type Registry, recordKindNames, recordKinds } from '../registry/index.ts';
import { plainText } from '../site/format.ts';
import { recordPath } from '../site/record-paths.ts';
import { commitUrl } from '../site/repository-links.ts';
import { paths } from '../site/urls.ts';
import type { RegistryHistory } from './read-registry-history.ts';

/** How many of the newest changes the feed carries; readers poll it, they do not archive it. */
const feedSize = 100;
/** Records listed per entry; a bulk import lists the first ones and counts the rest. */
const recordsPerEntry = 50;

/** The record a registry file holds, e.g. "services/id-card.yaml" -> services "id-card". */
export function recordOfFile(file: string): { kind: RecordKind; id: string } | undefined {
  for (const kind of recordKindNames) {
    const { folder, extension } = recordKinds[kind];
    const prefix = `${folder}/`;
    if (file.startsWith(prefix) && file.endsWith(extension) && !file.slice(prefix.length).includes('/')) {
      const id = file.slice(prefix.length, -extension.length);
      if (!id.startsWith('_')) return { kind, id };
    }
  }
  return undefined;
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

// Before any commit exists there is no date from git; a fixed date keeps the feed reproducible.
const noHistoryDate = '1970-01-01T00:00:00.000Z';

/** The Atom feed of registry changes in one language: one entry per commit that changed records. */
export function buildChangesFeed(options: { lang: Lang; history: RegistryHistory; registry: Registry; siteUrl: string }): string {
  const { lang, history, registry, siteUrl } = options;
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const commits = history.available ? history.commits.filter((commit) => commit.files.some((file) => recordOfFile(file.path))).slice(0, feedSize) : [];
  const entries = commits.map((commit) => {
    const items = commit.files.flatMap((file) => {
      const record = recordOfFile(file.path);
      if (!record) return [];
      const current = findRecord(registry, record.kind, record.id);
      const name = current ? plainText(current.name ?? current.title, lang) || record.id : record.id;
      if (!current || file.status === 'D') return [`<li>${escapeXml(name)} (${escapeXml(t(lang, 'feed.deleted'))})</li>`];
      return [`<li><a href="${escapeXml(absolute(recordPath[record.kind](lang, record.id)))}">${escapeXml(name)}</a></li>`];
    });
    const more = items.length > recordsPerEntry ? `<p>… +${items.length - recordsPerEntry}</p>` : '';
    const content = `<p>${escapeXml(t(lang, 'feed.records'))}:</p><ul>${items.slice(0, recordsPerEntry).join('')}</ul>${more}`;
    return [
      '  <entry>',
      `    <id>${escapeXml(commitUrl(commit.commit))}</id>`,
      `    <title>${escapeXml(commit.subject)}</title>`,
      `    <updated>${commit.date}</updated>`,
      `    <link rel="alternate" href="${escapeXml(commitUrl(commit.commit))}"/>`,
      `    <content type="html">${escapeXml(content)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  const self = absolute(paths.changesFeed(lang));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${escapeXml(self)}</id>`,
    `  <title>${escapeXml(t(lang, 'feed.title'))}</title>`,
    `  <subtitle>${escapeXml(t(lang, 'feed.subtitle'))}</subtitle>`,
    `  <updated>${commits[0]?.date ?? noHistoryDate}</updated>`,
    `  <author><name>kyzmat</name></author>`,
    `  <link rel="self" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" href="${escapeXml(absolute(paths.home(lang)))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
