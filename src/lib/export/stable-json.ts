/** Object keys sorted at every level, so the same data always gives the same bytes. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, object[key]]),
  );
}

/** JSON text with sorted keys; `indent` 0 gives one line. */
export const stableJson = (value: unknown, indent = 0): string => JSON.stringify(value, sortedKeys, indent || undefined);

/** A JSON file's text: sorted keys, two-space indent, final newline. */
export const stableJsonFile = (value: unknown): string => `${stableJson(value, 2)}\n`;
