import { describe, expect, it } from 'vitest';
import { sortedCopy, stableJson, stableJsonFile } from '../../src/lib/export/stable-json.ts';

/** The first definition of the published JSON: JSON.stringify with a replacer that rebuilds every object with sorted keys. */
function replacerJson(value: unknown, indent = 0): string {
  const sortedKeys = (_key: string, item: unknown): unknown => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const object = item as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(object)
        .sort()
        .map((key) => [key, object[key]]),
    );
  };
  return JSON.stringify(value, sortedKeys, indent || undefined);
}

const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
const values: Record<string, unknown> = {
  primitives: [null, 0, -0, 1.5e-7, 1e21, Number.NaN, Number.POSITIVE_INFINITY, true, false, 'text', ''],
  'text that needs escapes': 'a "quote", a \\ backslash, a\nline feed, \u2028, \u0001 and a lone \ud800 surrogate',
  'nested, unsorted keys': { b: 1, a: { d: [1, { z: 1, y: [] }], c: {} }, é: 1, Z: 2, $: 3, '': 4, '😀': 5, ｚ: 6 },
  'list-index keys first, in numeric order': { b: 1, 10: 'ten', 2: 'two', '01': 'not an index', 4294967294: 'last index', 4294967295: 'not an index', '-1': 'nor this' },
  'undefined, functions and symbols': { a: undefined, b: () => 1, c: Symbol('c'), list: [undefined, () => 1, Symbol('d')] },
  'toJSON, called with the key': { date, part: { toJSON: (key: string) => ({ key, b: 1, a: 2 }) }, gone: { toJSON: () => undefined }, list: [date] },
  'a function with toJSON': { f: Object.assign(() => 1, { toJSON: () => ({ b: 1, a: [{ d: 1, c: 2 }] }) }) },
  'a __proto__ key': JSON.parse('{"z": 1, "__proto__": {"b": 1, "a": 2}}'),
  'maps, sets and boxed values': { map: new Map([[1, 2]]), set: new Set([1]), string: new String('ab'), number: new Number(3), boolean: new Boolean(false) },
  'inherited keys are left out': Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
  'empty objects and lists at every depth': [[[]], [{}], { a: [{}, [], { b: {} }] }],
};

describe('stableJson', () => {
  for (const [name, value] of Object.entries(values)) {
    it(`writes the bytes of the replacer definition: ${name}`, () => {
      for (const indent of [0, 2, 4]) expect(stableJson(value, indent)).toBe(replacerJson(value, indent));
      expect(stableJsonFile(value)).toBe(`${replacerJson(value, 2)}\n`);
    });
  }

  it('leaves out what JSON leaves out at the top level', () => {
    expect(stableJson(undefined)).toBe(replacerJson(undefined));
    expect(stableJson(date)).toBe(replacerJson(date));
  });

  it('does not change the value it copies', () => {
    const value = { b: [{ d: 1, c: 2 }], a: date };
    const copy = sortedCopy(value);
    expect(Object.keys(value)).toEqual(['b', 'a']);
    expect(copy).toEqual({ a: date.toJSON(), b: [{ c: 2, d: 1 }] });
  });
});
