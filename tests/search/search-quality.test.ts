import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queriesForBuiltServices, readQualitySet, runQualitySet, scoreByCategory } from '../../src/lib/bench/search-quality.ts';
import { buildSite } from '../helpers/build-site.ts';
import { repoRoot } from '../helpers/fixtures.ts';

// The quality set runs through the real registry's built index, in a browser, as citizens search.
describe('search quality', () => {
  it('finds the expected service in the first three results for at least 90% of the queries citizens type', async () => {
    const dist = buildSite(join(repoRoot, 'registry'));
    const rows = queriesForBuiltServices(dist, readQualitySet(join(repoRoot, 'tests/search/queries.tsv')));
    expect(rows.length).toBeGreaterThanOrEqual(150);
    const outcomes = await runQualitySet(dist, rows);
    const all = scoreByCategory(outcomes).find((score) => score.category === 'all')!;
    const misses = outcomes.filter((outcome) => outcome.rank === 0 || outcome.rank > 3).map((outcome) => `${outcome.lang} "${outcome.query}" -> ${outcome.service}`);
    expect(all.top3 / all.queries, `not in the first three:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
    // Three hundred searches in a browser: a few minutes on a busy two-core machine.
  }, 600_000);

  it('skips a query whose service the registry does not have yet', () => {
    const dist = buildSite(join(repoRoot, 'registry'));
    const rows = readQualitySet(join(repoRoot, 'tests/search/queries.tsv'));
    const kept = queriesForBuiltServices(dist, rows);
    expect(kept.every((row) => rows.includes(row))).toBe(true);
    expect(queriesForBuiltServices(dist, [{ lang: 'ru', category: 'typo', query: 'x', service: 'no-such-service', line: 1 }])).toEqual([]);
  });
});
