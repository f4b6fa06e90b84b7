import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFlags, type FlagRule, flagRules } from '../../src/lib/insight/flags.ts';
import { copyFixture, fixturePath, writeIn } from '../helpers/fixtures.ts';
import { siteModelOf } from '../helpers/site-model.ts';

const flagsOf = (dir: string) => {
  const { registry, facts } = siteModelOf(dir);
  return computeFlags(registry, facts).map((flag) => ({ rule: flag.rule, id: flag.id, act: flag.act, changeDate: flag.changeDate }));
};
const flagsOfFixture = (name: string) => flagsOf(fixturePath(name));

/** A copy of the clean fixture with one file's text replaced. */
function cleanWith(file: string, from: string, to: string): string {
  const dir = copyFixture('flags-clean');
  const text = readFileSync(join(dir, file), 'utf8');
  expect(text).toContain(from);
  writeIn(dir, file, text.replace(from, to));
  return dir;
}

describe('rule flags', () => {
  it('raises no flag on a registry that follows every rule', () => {
    expect(flagsOfFixture('flags-clean')).toEqual([]);
  });

  const cases: [FlagRule, { rule: FlagRule; id: string; act?: string; changeDate?: string }[]][] = [
    ['fee-without-act', [{ rule: 'fee-without-act', id: 'duplicate-certificate' }]],
    ['fee-act-repealed', [{ rule: 'fee-act-repealed', id: 'duplicate-certificate', act: 'fee-decree-1-2020', changeDate: '2024-02-01' }]],
    ['no-charging-ground', [{ rule: 'no-charging-ground', id: 'duplicate-certificate' }]],
    ['no-standard', [{ rule: 'no-standard', id: 'village-certificate' }]],
    ['law-changed-since', [{ rule: 'law-changed-since', id: 'duplicate-certificate', act: 'standard-order-2-2021', changeDate: '2024-01-15' }]],
    [
      'local-register-unapproved',
      [
        { rule: 'local-register-unapproved', id: 'test-village' },
        { rule: 'local-register-unapproved', id: 'village-pasture-ticket' },
      ],
    ],
  ];
  it('has a fixture for every rule', () => {
    expect(cases.map(([rule]) => rule)).toEqual([...flagRules]);
  });
  for (const [rule, expected] of cases) {
    it(`flags ${rule} on its fixture and nothing else`, () => {
      expect(flagsOfFixture(`flag-${rule}`)).toEqual(expected.map((flag) => ({ act: undefined, changeDate: undefined, ...flag })));
    });
  }

  it('accepts a fee whose act is cited only by the payment section', () => {
    const dir = cleanWith('services/duplicate-certificate.yaml', '      act: fee-decree-1-2020\n', '');
    expect(flagsOf(dir)).toEqual([]);
  });

  it("flags a stated ground that matches none of the law's, but not a lawful one next to it", () => {
    const other = cleanWith('services/duplicate-certificate.yaml', 'charging_grounds: [repeat-issue]', 'charging_grounds: [other]');
    expect(flagsOf(other).map((flag) => flag.rule)).toEqual(['no-charging-ground']);
    const both = cleanWith('services/duplicate-certificate.yaml', 'charging_grounds: [repeat-issue]', 'charging_grounds: [other, repeat-issue]');
    expect(flagsOf(both)).toEqual([]);
  });

  it('does not ask for a charging ground or a fee act on a free service', () => {
    const dir = cleanWith(
      'services/village-certificate.yaml',
      '  kind: free\n',
      '  kind: free\n  fees:\n    - amount: 0\n      for:\n        ky: акысыз\n      as_of: 2025-01-10\n',
    );
    expect(flagsOf(dir)).toEqual([]);
  });

  it("ignores an amendment made before the section's as-of date, or one without a date", () => {
    const before = cleanWith('acts/standard-order-2-2021.yaml', 'status: in-force\n', 'status: amended\nchanges:\n  - kind: amended\n    date: 2022-01-15\n');
    expect(flagsOf(before)).toEqual([]);
    const undated = cleanWith('acts/standard-order-2-2021.yaml', 'status: in-force\n', 'status: amended\nchanges:\n  - kind: amended\n    by_text:\n      ru: приказ без даты\n');
    expect(flagsOf(undated)).toEqual([]);
  });

  it('does not flag a retired service', () => {
    const dir = cleanWith('services/village-certificate.yaml', '  approved_by: standard-order-2-2021\n', '');
    const text = readFileSync(join(dir, 'services/village-certificate.yaml'), 'utf8');
    writeIn(
      dir,
      'services/village-certificate.yaml',
      text.replace('status: active\n', 'status: retired\nretired:\n  date: 2024-01-01\n  sources:\n    - url: https://example.org/retired\n'),
    );
    expect(flagsOf(dir)).toEqual([]);
  });
});
