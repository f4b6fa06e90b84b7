import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { filesWithSizes, type OutputFile, outputBudget, outputBudgetProblems } from '../../src/lib/site/output-budget.ts';
import { fixturePath } from '../helpers/fixtures.ts';

// The size budget of the built site, on made-up lists of output files for the minimal fixture.

const registry = loadRegistry(fixturePath('minimal'), { displayRoot: 'registry' }).registry!;
const small = { bytes: 30_000, records: 7 };
const pages = (bytes: number): OutputFile[] => [
  { path: 'ru/services/birth-registration/index.html', bytes },
  { path: 'ky/services/birth-registration/index.html', bytes },
  { path: 'api/v1/services/birth-registration.json', bytes: 1_000 },
  { path: 'ru/index.html', bytes: 20_000 },
];

describe('the output budget', () => {
  it('passes a site within it', () => {
    expect(outputBudgetProblems(pages(40_000), registry, small)).toEqual([]);
  });

  it('names the record whose service page is over the page limit', () => {
    expect(outputBudgetProblems(pages(3_600_000), registry, small)).toEqual([
      'ru/services/birth-registration/index.html is 3.6 MB, more than the 1.0 MB such a page may be; its record is registry/services/birth-registration.yaml: shorten its texts or lists',
      'ky/services/birth-registration/index.html is 3.6 MB, more than the 1.0 MB such a page may be; its record is registry/services/birth-registration.yaml: shorten its texts or lists',
    ]);
  });

  it('sends a list page over the limit to the code that stops long lists', () => {
    const [problem] = outputBudgetProblems([{ path: 'ru/services/index.html', bytes: 12_000_000 }], registry, small);
    expect(problem).toBe(
      'ru/services/index.html is 12.0 MB, more than the 10.0 MB such a page may be; it lists many records: the page needs to stop at a limit and point to the open data (src/lib/site/long-lists.ts)',
    );
  });

  it('names the records that take the most when the whole site outgrows the registry', () => {
    const allowed = outputBudget.fixedBytes + outputBudget.bytesPerRecord * small.records + outputBudget.bytesPerRegistryByte * small.bytes;
    const site = [...pages(900_000), { path: 'ru/agencies/test-ministry/index.html', bytes: 400_000 }, { path: 'data/services.json', bytes: allowed }];
    expect(outputBudgetProblems(site, registry, small)).toEqual([
      `the site is ${((allowed + 2_201_000) / 1e6).toFixed(1)} MB, more than the ${(allowed / 1e6).toFixed(1)} MB allowed for 7 record files of 0.0 MB; the records whose own pages take the most: registry/services/birth-registration.yaml (1.8 MB), registry/agencies/test-ministry.yaml (0.4 MB)`,
    ]);
  });

  it('counts the service pages as their writers recorded them, and reads every other file', () => {
    const site = mkdtempSync(join(tmpdir(), 'kyzmat-budget-'));
    try {
      for (const [path, bytes] of [
        ['ru/index.html', 20],
        ['ru/services/index.html', 30],
        ['ru/services/birth-registration/index.html', 40],
      ] as const) {
        mkdirSync(join(site, path, '..'), { recursive: true });
        writeFileSync(join(site, path), 'x'.repeat(bytes));
      }
      const recorded = { path: 'ru/services/birth-registration/index.html', bytes: 3_600_000 };
      const files = filesWithSizes(site, undefined, [recorded]);
      expect(files.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
        { path: 'ru/index.html', bytes: 20 },
        { path: 'ru/services/birth-registration/index.html', bytes: 3_600_000 },
        { path: 'ru/services/index.html', bytes: 30 },
      ]);
      expect(filesWithSizes(site).find((file) => file.path === recorded.path)?.bytes).toBe(40);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
