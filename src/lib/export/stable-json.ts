/**
 * JSON text with object keys sorted at every level, so the same data always gives the same bytes.
 *
 * The published files were first written by JSON.stringify with a replacer that rebuilt every
 * object with sorted keys. A replacer is called for every value and turns off JSON.stringify's
 * fast path, so instead the value is copied once with sorted keys (sortedCopy) and the copy is
 * written by JSON.stringify without a replacer: the same bytes in about half the time. One copy can
 * also be written twice, on one line and indented (JSON.stringify(copy, null, 2)).
 */

/**
 * A copy of `value` with the keys of every object in sorted order, as the replacer made it:
 * - toJSON is called first, with the property name or list index (a Date becomes its ISO string);
 * - keys are sorted by UTF-16 code units; the copy is a plain object, which (like the
 *   Object.fromEntries of the replacer) keeps list-index keys ("0", "12") first in numeric order;
 * - everything else (undefined, functions, numbers that are not finite) is left for JSON.stringify,
 *   which writes it as it did with the replacer.
 */
export function sortedCopy(value: unknown, key = ''): unknown {
  if (hasToJson(value)) value = value.toJSON(key);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) items[index] = sortedCopy(value[index], String(index));
    return items;
  }
  const object = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(object).sort()) {
    const child = sortedCopy(object[name], name);
    // Assigning "__proto__" would set the copy's prototype instead of adding a key.
    if (name === '__proto__') Object.defineProperty(copy, name, { value: child, enumerable: true, writable: true, configurable: true });
    else copy[name] = child;
  }
  return copy;
}

/** Whether JSON.stringify would call the value's toJSON (it looks for one on objects and functions). */
const hasToJson = (value: unknown): value is { toJSON(key: string): unknown } =>
  ((typeof value === 'object' && value !== null) || typeof value === 'function') && typeof (value as { toJSON?: unknown }).toJSON === 'function';

/** JSON text of a value already copied with sorted keys (sortedCopy); `indent` 0 gives one line. */
export const sortedJson = (sorted: unknown, indent = 0): string => JSON.stringify(sorted, null, indent || undefined);

/** A JSON file's text from a value already copied with sorted keys: two-space indent, final newline. */
export const sortedJsonFile = (sorted: unknown): string => `${sortedJson(sorted, 2)}\n`;

/** JSON text with sorted keys; `indent` 0 gives one line. */
export const stableJson = (value: unknown, indent = 0): string => sortedJson(sortedCopy(value), indent);

/** A JSON file's text: sorted keys, two-space indent, final newline. */
export const stableJsonFile = (value: unknown): string => sortedJsonFile(sortedCopy(value));
