import { describe, expect, it } from 'vitest';
import { referenceCycles } from '../../src/lib/registry/reference-cycles.ts';

describe('cycles in a chain of references', () => {
  it('finds each cycle once, from its smallest id, and leaves out the records that only lead into it', () => {
    const next = new Map([
      ['lead-in', 'c'],
      ['c', 'b'],
      ['b', 'd'],
      ['d', 'c'],
      ['self', 'self'],
      ['root-child', 'root'],
    ]);
    expect(referenceCycles(next)).toEqual([['b', 'd', 'c'], ['self']]);
  });

  it('finds none in a tree', () => {
    expect(
      referenceCycles(
        new Map([
          ['district', 'region'],
          ['village', 'district'],
        ]),
      ),
    ).toEqual([]);
  });
});
