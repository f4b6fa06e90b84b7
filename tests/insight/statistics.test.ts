import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '../../src/lib/insight/bar-chart.ts';
import { changesPerMonth } from '../../src/lib/insight/changes-per-month.ts';
import { registryStatistics } from '../../src/lib/insight/statistics.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { siteModelOf } from '../helpers/site-model.ts';

/** A commit of the registry's history that changed these files (path and git status). */
const commitOf = (commit: string, date: string, files: [string, 'A' | 'M'][]) => ({ commit, date, subject: commit, files: files.map(([path, status]) => ({ path, status })) });

describe('statistics', () => {
  const { registry, facts, scorecards } = siteModelOf(fixturePath('flags-clean'));
  const stats = registryStatistics(registry, facts, scorecards);

  it('puts each fee in its range and each service under its longest deadline', () => {
    expect(stats.feeAmounts.filter((bucket) => bucket.count > 0)).toEqual([
      { key: '1-100', count: 1 },
      { key: '101-500', count: 1 },
    ]);
    expect(stats.deadlines.filter((bucket) => bucket.count > 0)).toEqual([{ key: '2-5', count: 1 }]);
  });

  it('counts names in both languages, in one only, or in neither', () => {
    expect(stats.nameTranslation).toEqual([
      { key: 'both', count: 3 },
      { key: 'ky-only', count: 0 },
      { key: 'ru-only', count: 0 },
      { key: 'neither', count: 0 },
    ]);
  });

  it('counts record-file changes per month and ignores files that are not records', () => {
    const history = {
      available: true as const,
      byFile: new Map(),
      commits: [
        commitOf('b', '2026-02-03T10:00:00.000Z', [
          ['services/a.yaml', 'M'],
          ['_schemas/service.schema.json', 'M'],
        ]),
        commitOf('a', '2026-01-30T10:00:00.000Z', [
          ['services/a.yaml', 'A'],
          ['assessments/x.md', 'A'],
        ]),
      ],
    };
    expect(changesPerMonth(history)).toEqual([
      { key: '2026-01', count: 2 },
      { key: '2026-02', count: 1 },
    ]);
    expect(changesPerMonth({ available: false, reason: 'no-git' })).toBeUndefined();
  });

  it('draws the longest bar full width and the others in proportion', () => {
    const bars = layoutBarChart([
      { label: 'a', value: 10 },
      { label: 'b', value: 5 },
      { label: 'c', value: 0 },
    ]);
    expect(bars.map((bar) => bar.percent)).toEqual([100, 50, 0]);
    expect(layoutBarChart([{ label: 'none', value: 0 }]).map((bar) => bar.percent)).toEqual([0]);
  });
});
