/**
 * Makes equal strings in plain data one string, in place: every string (in objects, arrays, maps and
 * sets) is replaced by the first equal string met. Records repeat texts a great deal (the same legal
 * quote, document or standard in many services; at the country's scale the same municipal standard
 * in each municipality), but each file read holds its texts anew.
 * With one copy of each text, the site model of 20,000 synthetic services holds 139 MB of heap
 * instead of 459 MB. Equal strings cannot be told apart, so nothing a page or export shows changes.
 *
 * The string kept is a copy: a text the YAML readers give is a slice that holds the whole file's text
 * in memory. Maps are filled again in their order, so that their string keys are interned too.
 */
export type StringInterner = <T>(data: T) => T;

/** An interner whose table lasts across calls: records interned one by one share their texts. */
export function stringInterner(): StringInterner {
  const strings = new Map<string, string>();
  const one = (text: string): string => {
    const first = strings.get(text);
    if (first !== undefined) return first;
    // V8 makes a slice of 13 characters or more a view on the whole text; parsing JSON gives a string of its own.
    const copy = text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
    strings.set(copy, copy);
    return copy;
  };
  const item = (value: unknown, seen: Set<object>): unknown => {
    if (typeof value === 'string') return one(value);
    if (value !== null && typeof value === 'object') visit(value, seen);
    return value;
  };
  const visit = (value: object, seen: Set<object>): void => {
    if (seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = item(value[i], seen);
    } else if (value instanceof Map) {
      const entries = [...value];
      value.clear();
      for (const [key, entry] of entries) value.set(item(key, seen), item(entry, seen));
    } else if (value instanceof Set) {
      const entries = [...value];
      value.clear();
      for (const entry of entries) value.add(item(entry, seen));
    } else {
      const record = value as Record<string, unknown>;
      for (const key in record) record[key] = item(record[key], seen);
    }
  };
  return <T>(data: T): T => item(data, new Set()) as T;
}
