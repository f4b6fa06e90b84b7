import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { type OutputFile, outputBudget, outputBudgetProblems } from '../../src/lib/site/output-budget.ts';
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
});
