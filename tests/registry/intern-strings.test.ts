import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { stringInterner } from '../../src/lib/registry/intern-strings.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const liveHeap = (): number => {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
};
/** Interns one piece of data with an interner of its own. */
const internStrings = <T>(data: T): T => stringInterner()(data);
/** A string of its own in the heap, equal to `text` (JSON.parse makes a new one). */
const ownCopy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

// The build holds the site model once in each of two threads: repeated texts are kept once
// (stringInterner), and the data must read exactly as before.
describe('interning the strings of records', () => {
  it('changes nothing the data says: values, map and set order, shared objects', () => {
    const shared = { name: { ky: 'Паспорт', ru: 'Паспорт' } };
    const data = {
      services: [shared, { name: { ky: 'Туулгандыгы жөнүндө күбөлүк', ru: 'Свидетельство о рождении' }, fees: [1, null, true, 'сом'] }],
      byId: new Map<unknown, unknown>([
        ['passport', shared],
        ['birth', 'birth-certificate'],
        [7, ['a', 'b']],
      ]),
      categories: new Set(['civil-status', 'documents', 'civil-status-2']),
      again: shared,
    };
    const before = structuredClone(data);
    expect(internStrings(data)).toBe(data);
    expect(data).toEqual(before);
    expect([...data.byId.keys()]).toEqual(['passport', 'birth', 7]);
    expect([...data.categories]).toEqual(['civil-status', 'documents', 'civil-status-2']);
    expect(data.byId.get('passport')).toBe(data.services[0]);
    expect(data.again).toBe(data.services[0]);
  });

  it('does not loop on data that refers to itself', () => {
    const record: { id: string; self?: unknown } = { id: 'passport' };
    record.self = record;
    expect(internStrings(record).self).toBe(record);
  });

  it('keeps one copy of a text that many records repeat', () => {
    const text = 'Паспорт гражданина Кыргызской Республики. '.repeat(400);
    let records: { text: string }[] | undefined = Array.from({ length: 1000 }, () => ({ text: ownCopy(text) }));
    const withCopies = liveHeap();
    const intern = stringInterner();
    for (const record of records) intern(record);
    const interned = liveHeap();
    // 1,000 copies of 16,800 two-byte characters: about 34 MB, of which one copy is left.
    expect(withCopies - interned).toBeGreaterThan(25_000_000);
    expect(records.every((record) => record.text === text)).toBe(true);
    records = undefined;
  });

  it('lets go of the file a text was sliced from', () => {
    // A YAML reader's value is a slice of the file's text, which keeps the whole text in memory.
    let values: { id: string }[] | undefined = Array.from({ length: 500 }, (_, i) => {
      const file = `${'#'.repeat(100_000)}\nid: passport-${i}-of-the-synthetic-registry`;
      return { id: file.slice(file.indexOf('id: ') + 4) };
    });
    const withFiles = liveHeap();
    internStrings(values);
    const interned = liveHeap();
    // 500 files of 100 KB each are held by their slices until the values are interned.
    expect(withFiles - interned).toBeGreaterThan(40_000_000);
    expect(values[42]!.id).toBe('passport-42-of-the-synthetic-registry');
    values = undefined;
  });
});
