import type { Lang } from '../../i18n/locales.ts';
import { escapeHtml, Html } from './html.ts';
import type { ServicePageParts } from './markup/service-page-document.ts';

/*
 * Service pages are nearly all of the site (40,000 of 41,000 pages at the country's scale). Astro
 * renders a page in one thread with about a millisecond of work per page besides the markup, so
 * the build renders the service page's layout once per language, with a marker in place of each
 * part of ServicePageParts, and worker threads write every service page by putting each service's
 * parts where the markers were. Registry text only ever fills a slot; it is never searched for markers.
 */

const slotNames = ['id', 'title', 'description', 'json-ld', 'body'] as const;
type SlotName = (typeof slotNames)[number];
const markerPrefix = 'kyzmat-service-page-slot-';
const marker = (slot: SlotName) => `${markerPrefix}${slot}`;
const markerPattern = new RegExp(slotNames.map(marker).join('|'), 'g');

/** The parts to render the layout with to obtain the template: markers that escaping leaves as they are. */
export const servicePageMarkers = (lang: Lang): ServicePageParts => ({
  lang,
  id: marker('id'),
  title: marker('title'),
  description: marker('description'),
  jsonLd: marker('json-ld'),
  body: new Html(marker('body')),
});

// Astro renders the page and the build's integration in separate module graphs: globalThis is the one place both see.
const holder = globalThis as typeof globalThis & { __kyzmatServicePageTemplate?: boolean };

/** True while the build renders the service page's layout as the template; the page then renders servicePageMarkers. */
export const renderingServicePageTemplate = (): boolean => holder.__kyzmatServicePageTemplate === true;

/** Runs one rendering of the service page as the template (nothing else may render meanwhile). */
export async function asServicePageTemplate<T>(render: () => Promise<T>): Promise<T> {
  holder.__kyzmatServicePageTemplate = true;
  try {
    return await render();
  } finally {
    delete holder.__kyzmatServicePageTemplate;
  }
}

/** Where a slot is: in an attribute's value or in text. Astro escapes the two differently. */
interface Slot {
  name: SlotName;
  inAttribute: boolean;
}

/** A rendered service page cut at its slots: the page is pieces[0], slot 0, pieces[1], slot 1, ... */
export interface ServicePageTemplate {
  lang: Lang;
  pieces: string[];
  slots: Slot[];
}

// Astro escapes only & and " in an attribute's value, and &, <, >, " and ' in text.
const escapeAttribute = (value: string) => (value.includes('&') || value.includes('"') ? value.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : value);

/** The template from the layout rendered with servicePageMarkers(lang). */
export function servicePageTemplate(lang: Lang, rendered: string): ServicePageTemplate {
  const pieces: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const match of rendered.matchAll(markerPattern)) {
    pieces.push(rendered.slice(last, match.index));
    // Inside a tag when the last "<" before the marker is not closed yet.
    slots.push({ name: match[0].slice(markerPrefix.length) as SlotName, inAttribute: rendered.lastIndexOf('<', match.index) > rendered.lastIndexOf('>', match.index) });
    last = match.index + match[0].length;
  }
  pieces.push(rendered.slice(last));
  for (const slot of ['id', 'body'] as const) {
    if (!slots.some(({ name }) => name === slot)) throw new Error(`The service page's layout did not place its ${slot}: the template cannot be used.`);
  }
  return { lang, pieces, slots };
}

/** A service page: the template with the service's parts in its slots, escaped as the layout escapes them. */
export function fillServicePageTemplate(template: ServicePageTemplate, parts: ServicePageParts): string {
  if (parts.lang !== template.lang) throw new Error(`A ${parts.lang} service page cannot fill the ${template.lang} template.`);
  const text: Record<SlotName, string> = { id: parts.id, title: parts.title, description: parts.description, 'json-ld': parts.jsonLd, body: parts.body.value };
  const value = ({ name, inAttribute }: Slot) => {
    // The JSON-LD and the body are markup already.
    if (name === 'json-ld' || name === 'body') return text[name];
    return inAttribute ? escapeAttribute(text[name]) : escapeHtml(text[name]);
  };
  let page = template.pieces[0]!;
  for (let index = 0; index < template.slots.length; index++) page += value(template.slots[index]!) + template.pieces[index + 1]!;
  return page;
}
