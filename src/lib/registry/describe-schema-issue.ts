import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of fields',
  null: 'nothing',
  undefined: 'nothing',
};

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** The known field closest to a misspelt one, if any is close enough to be a likely typo. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export interface DescribedIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Turns one zod issue into a sentence a volunteer can act on: what is wrong and what was expected.
 * `knownKeys` lists the fields allowed where an unknown one was found, to suggest a fix for typos.
 */
export function describeSchemaIssue(issue: Issue, data: unknown, knownKeys: (path: PropertyKey[]) => string[]): DescribedIssue[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const value = valueAt(data, issue.path);
  const field = path.length > 0 ? String(path[path.length - 1]) : '';

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closestName(key, knownKeys(issue.path));
        return {
          path: [...path, key],
          message: `unknown field "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (allowed here: ${knownKeys(issue.path).join(', ') || 'none'})`,
        };
      });
    case 'invalid_type': {
      if (value === undefined) {
        const typeName = typeNames[issue.expected] ?? issue.expected;
        return [{ path, message: `required field "${field}" is missing: expected ${typeName}` }];
      }
      const custom = issue.message.startsWith('Invalid input') ? undefined : issue.message;
      const expected = typeNames[issue.expected] ?? issue.expected;
      return [{ path, message: `${custom ? `${custom}; ` : ''}expected ${expected}, found ${describeValue(value)}` }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      return [{ path, message: `${describeValue(value)} is not allowed here; expected one of: ${allowed}` }];
    }
    case 'invalid_union':
      return [{ path, message: `${describeValue(value)} does not match any allowed form of this field` }];
    case 'too_small':
      if (issue.origin === 'array') return [{ path, message: issue.message.startsWith('Too small') ? `needs at least ${String(issue.minimum)} item(s)` : issue.message }];
      return [{ path, message: `${issue.message}${value !== undefined && typeof value !== 'object' ? `; found ${describeValue(value)}` : ''}` }];
    default:
      return [{ path, message: `${issue.message}${value !== undefined && typeof value !== 'object' ? `; found ${describeValue(value)}` : ''}` }];
  }
}

type AnySchema = { _zod: { def: Record<string, unknown> & { type: string } } };

/** The field names a schema allows at a path in the data, for "did you mean" hints. */
export function schemaKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  const unwrap = () => {
    while (current && ['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(current._zod.def.type)) {
      current = current._zod.def.innerType as AnySchema;
    }
    while (current && current._zod.def.type === 'pipe') current = current._zod.def.in as AnySchema;
  };
  unwrap();
  for (const key of path) {
    if (!current) return [];
    const def: AnySchema['_zod']['def'] = current._zod.def;
    if (def.type === 'object') current = (def.shape as Record<string, AnySchema>)[String(key)];
    else if (def.type === 'array') current = def.element as AnySchema;
    else return [];
    unwrap();
  }
  if (current?._zod.def.type !== 'object') return [];
  return Object.keys(current._zod.def.shape as object);
}
