/**
 * Markup for the few fragments that appear dozens of times on every page (a localized name, a
 * list of sources). Rendering them as Astro components costs a component instance each, which at
 * 40,000 pages was a third of the build; these functions return the same markup as a string.
 * Every interpolated value is escaped unless it is itself `Html`, so registry text can never become
 * markup: the same guarantee Astro's templates give.
 */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escapable = /[&<>"']/;

/** Text made safe for an element's content or a quoted attribute value. */
export const escapeHtml = (text: string): string =>
  // Most text has nothing to escape; testing first skips building a new string for it.
  escapable.test(text) ? text.replace(/[&<>"']/g, (character) => entities[character]!) : text;

function toMarkup(value: HtmlValue): string {
  // Text is the most common value, then markup; lists are put together without an array of their markup.
  if (typeof value === 'string') return escapeHtml(value);
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) {
    let markup = '';
    for (const item of value) markup += toMarkup(item);
    return markup;
  }
  // false, null and undefined render nothing, as in Astro templates: `{cond && html`…`}`.
  if (value === false || value === null || value === undefined || value === true) return '';
  return escapeHtml(String(value));
}

/** A template whose literal parts are markup and whose interpolations are escaped text. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let markup = strings[0]!;
  for (let index = 0; index < values.length; index++) markup += toMarkup(values[index]!) + strings[index + 1]!;
  return new Html(markup);
}

/**
 * Several fragments as one, put together piece by piece as toMarkup puts a list: Array's join
 * copies every part into a new string, and a list of 20,000 services on one page was copied
 * again for each list it sits in (a page of 20,000 rows: 65-80 ms instead of 100-120 ms).
 */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ''): Html {
  const between = toMarkup(separator);
  let markup = '';
  for (let index = 0; index < parts.length; index++) markup += index === 0 ? toMarkup(parts[index]!) : between + toMarkup(parts[index]!);
  return new Html(markup);
}
