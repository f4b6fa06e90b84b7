import { langs, localeOf } from '../../i18n/locales.ts';
import type { LocalizedText } from '../../schemas/index.ts';
import type { Registry } from '../registry/index.ts';
import { contentSecurityPolicy } from '../site/content-security-policy.ts';
import { plainText } from '../site/format.ts';
import { html } from '../site/html.ts';
import { recordPath } from '../site/record-paths.ts';
import { type IdentifiedKind, idBase, recordIri } from './identifiers.ts';
import { apiServicePath } from './static-api.ts';

/** A record that has an /id/ address: its kind, id, name, and the registry kind its pages belong to. */
export interface IdentifiedRecord {
  kind: IdentifiedKind;
  id: string;
  name: LocalizedText | undefined;
}

/** Every record with an /id/ address, in the order of services.jsonld. */
export function* identifiedRecords(registry: Registry): Iterable<IdentifiedRecord> {
  for (const service of registry.services) yield { kind: 'service', id: service.id, name: service.name };
  for (const agency of registry.agencies) yield { kind: 'agency', id: agency.id, name: agency.name };
  for (const act of registry.acts) yield { kind: 'act', id: act.id, name: act.title };
  for (const municipality of registry.municipalities) yield { kind: 'municipality', id: municipality.id, name: municipality.name };
}

const registryKind = { service: 'services', agency: 'agencies', act: 'acts', municipality: 'municipalities' } as const;

/**
 * The page at a record's IRI (/id/<kind>/<id>/): a static host has no redirects, so the IRI
 * resolves to this small page, which names the record and links its page in each language and its
 * data. Parts of a record (a fee, a channel) are fragments of it ("#cost-1a2b3c4d").
 */
export function idPage(record: IdentifiedRecord): string {
  const pages = langs.map((lang) => ({ lang, href: recordPath[registryKind[record.kind]](lang, record.id), name: plainText(record.name, lang) || record.id }));
  const title = [...new Set(pages.map((page) => page.name))].join(' / ');
  return html`<!doctype html>
<html lang="${localeOf('ky').htmlLang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} — kyzmat</title>
${pages.map(
  (page) => html`<link rel="alternate" hreflang="${localeOf(page.lang).htmlLang}" href="${page.href}">
`,
)}</head>
<body>
<main>
<h1>${title}</h1>
<p lang="en"><code>${idBase}${recordIri(record.kind, record.id)}</code></p>
<ul>
${pages.map(
  (page) => html`<li lang="${localeOf(page.lang).htmlLang}"><a href="${page.href}" hreflang="${localeOf(page.lang).htmlLang}">${page.name}</a> (${localeOf(page.lang).name})</li>
`,
)}${
  record.kind === 'service'
    ? html`<li lang="en">The full record as data: <a href="${apiServicePath(record.id)}">JSON</a> (kyzmat read API)</li>
`
    : ''
}</ul>
</main>
</body>
</html>
`.value;
}

/** Where an /id/ page is written, relative to the /id/ folder: "service/id-card/index.html". */
export const idPageFile = (record: IdentifiedRecord) => `${recordIri(record.kind, record.id)}/index.html`;
