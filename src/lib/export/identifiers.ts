import { createHash } from 'node:crypto';
import { publishedSiteUrl } from '../../site-config.ts';
import { stableJson } from './stable-json.ts';

/**
 * The linked-data identifiers of the open data. They rest on the published address, never on
 * KYZMAT_SITE_URL, so a fork or a preview build writes the same IRIs as the published site.
 */
export const idBase = `${publishedSiteUrl}/id/`;
/** The namespace of kyzmat's own terms and code lists, documented on the /ns/ page. */
export const vocabularyNamespace = `${publishedSiteUrl}/ns#`;

/** The record kinds that have an IRI, a page under /id/ and a node in services.jsonld. */
export const identifiedKinds = ['service', 'agency', 'act', 'municipality'] as const;
export type IdentifiedKind = (typeof identifiedKinds)[number];

/** A record's IRI relative to idBase, e.g. "service/id-card": the record's own id, never a position. */
export const recordIri = (kind: IdentifiedKind, id: string): string => `${kind}/${id}`;

/** The site path of a record's /id/ page, e.g. "/id/service/id-card/". */
export const idPagePath = (kind: IdentifiedKind, id: string): string => `/id/${recordIri(kind, id)}/`;

/**
 * Keys for the parts of a record that have no id of their own (a fee, a channel, a document):
 * "<prefix>-<8 hex digits>" from the part's content, so that reordering a list changes no IRI.
 * Two parts with the same content in one record get "-2", "-3"... after the first.
 */
export function contentKeys(prefix: string, parts: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return parts.map((part) => {
    const hash = createHash('sha256').update(stableJson(part)).digest('hex').slice(0, 8);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return count === 1 ? `${prefix}-${hash}` : `${prefix}-${hash}-${count}`;
  });
}
