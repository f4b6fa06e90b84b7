import type { z } from 'zod';

type AnySchema = z.ZodType & { description?: string; def: { type: string; innerType?: AnySchema; element?: AnySchema; shape?: Record<string, AnySchema> } };

/** Wrappers (optional, default, array...) around the schema of a field, outermost first. */
function* layers(schema: AnySchema): Generator<AnySchema> {
  let current: AnySchema | undefined = schema;
  while (current) {
    yield current;
    current = current.def.innerType ?? current.def.element;
  }
}

/**
 * The description written on a zod schema for the field at a dotted path (e.g. "payment.kind"),
 * looking through optional and array wrappers. The same text feeds the JSON Schema, the Table
 * Schema of the open data and the field dictionary on the open-data page.
 */
export function describeField(schema: z.ZodType, path: string): string {
  let current = schema as AnySchema;
  for (const key of path.split('.')) {
    const object = [...layers(current)].find((layer) => layer.def.type === 'object');
    const next = object?.def.shape?.[key];
    if (!next) throw new Error(`no field "${path}" in the schema`);
    current = next;
  }
  const description = [...layers(current)].find((layer) => layer.description)?.description;
  if (!description) throw new Error(`the schema has no description for "${path}"`);
  return description;
}
