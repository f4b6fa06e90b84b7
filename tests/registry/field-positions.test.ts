import { describe, expect, it } from 'vitest';
import { readRecordFile } from '../../src/lib/registry/read-record-file.ts';

const read = (text: string) => {
  const result = readRecordFile('x.yaml', new TextEncoder().encode(text), { locateKeys: true });
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return result.record;
};

// Warnings about old fees name their lines from the parse itself; the CST parser is the reference.
describe('the lines of fields found as a file is read', () => {
  const text = [
    'id: x',
    'payment:',
    '  # a comment',
    '  fees:',
    '  - amount: 1',
    '    note: |',
    '      as_of: not a key',
    '    "as_of": 2020-01-01',
    '  - {amount: 2, as_of: 2021-02-02}',
    'standard:',
    '  deadline:',
    '    limits: [ {days: 1}, {days: 2} ]',
    '    as_of: 2022-03-03',
    '? explicit',
    ': key',
    '',
  ].join('\n');
  const record = read(text);

  it('agree with the CST parser, in block and flow style, with quoted keys and block text', () => {
    const blockStyle = [['payment', 'fees', 0, 'as_of'], ['payment', 'fees', 0, 'note'], ['standard', 'deadline', 'as_of'], ['id']];
    for (const path of blockStyle) expect(record.locateKey!(path), path.join('.')).toBeDefined();
    for (const path of [
      ['payment', 'fees', 0, 'as_of'],
      ['payment', 'fees', 1, 'as_of'],
      ['payment', 'fees', 0, 'note'],
      ['standard', 'deadline', 'as_of'],
      ['standard', 'deadline', 'limits', 1, 'days'],
      ['id'],
    ]) {
      expect(record.locateKey!(path) ?? record.locate(path), path.join('.')).toEqual(record.locate(path));
    }
    expect(record.locateKey!(['payment', 'fees', 0, 'as_of'])).toEqual({ line: 8, column: 5 });
  });

  it('are left to the CST parser for an explicit key or a field that is not there', () => {
    expect(record.locateKey!(['explicit'])).toBeUndefined();
    expect(record.locateKey!(['payment', 'fees', 2, 'as_of'])).toBeUndefined();
    expect(record.locateKey!(['payment', 'missing'])).toBeUndefined();
  });
});
