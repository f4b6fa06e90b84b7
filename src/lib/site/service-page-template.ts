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

/** What goes in each slot of the template for a service, in order, escaped as the layout escapes it. */
function slotTexts(template: ServicePageTemplate, parts: ServicePageParts): string[] {
  if (parts.lang !== template.lang) throw new Error(`A ${parts.lang} service page cannot fill the ${template.lang} template.`);
  const text: Record<SlotName, string> = { id: parts.id, title: parts.title, description: parts.description, 'json-ld': parts.jsonLd, body: parts.body.value };
  return template.slots.map(({ name, inAttribute }) => {
    // The JSON-LD and the body are markup already.
    if (name === 'json-ld' || name === 'body') return text[name];
    return inAttribute ? escapeAttribute(text[name]) : escapeHtml(text[name]);
  });
}

/** A service page: the template with the service's parts in its slots, escaped as the layout escapes them. */
export function fillServicePageTemplate(template: ServicePageTemplate, parts: ServicePageParts): string {
  const slots = slotTexts(template, parts);
  let page = template.pieces[0]!;
  for (let index = 0; index < slots.length; index++) page += slots[index]! + template.pieces[index + 1]!;
  return page;
}

/**
 * The same pages as fillServicePageTemplate, as UTF-8 bytes to write. The layout's own text, a
 * quarter of a page, is encoded once instead of once per page, and the page is never put together
 * as one string: V8 would copy it into a new string of two bytes a character before encoding it.
 */
export class ServicePageEncoder {
  private readonly template: ServicePageTemplate;
  private readonly pieces: Buffer[];
  private readonly piecesLength: number;
  private buffer = Buffer.allocUnsafe(1 << 18);

  constructor(template: ServicePageTemplate) {
    this.template = template;
    this.pieces = template.pieces.map((piece) => Buffer.from(piece));
    this.piecesLength = this.pieces.reduce((total, piece) => total + piece.length, 0);
  }

  /** The page's bytes: valid until the next call, which reuses the memory. */
  encode(parts: ServicePageParts): Uint8Array {
    const slots = slotTexts(this.template, parts);
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    const most = this.piecesLength + 3 * slots.reduce((total, slot) => total + slot.length, 0);
    if (most > this.buffer.length) this.buffer = Buffer.allocUnsafe(most);
    const { buffer, pieces } = this;
    buffer.set(pieces[0]!, 0);
    let used = pieces[0]!.length;
    for (let index = 0; index < slots.length; index++) {
      used += buffer.write(slots[index]!, used);
      buffer.set(pieces[index + 1]!, used);
      used += pieces[index + 1]!.length;
    }
    return buffer.subarray(0, used);
  }
}
