import { defineTable } from '../export/table-contract.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { changesPerMonth } from './changes-per-month.ts';
import { registryStatistics, type Count } from './statistics.ts';

export const statisticsChartIds = [
  'by-register',
  'by-payment',
  'by-agency',
  'by-category',
  'fee-amounts',
  'deadlines',
  'completeness',
  'name-translation',
  'text-translation',
  'changes-per-month',
] as const;
export type StatisticsChartId = (typeof statisticsChartIds)[number];

/** The numbers of each chart of the statistics page; a chart whose data is unavailable (no history) has no counts. */
export function statisticsCharts(site: SiteModel): { id: StatisticsChartId; counts: Count[] | undefined }[] {
  const stats = registryStatistics(site.registry, site.facts, site.scorecards);
  const counts: Record<StatisticsChartId, Count[] | undefined> = {
    'by-register': stats.byRegister,
    'by-payment': stats.byPayment,
    'by-agency': stats.byAgency,
    'by-category': stats.byCategory,
    'fee-amounts': stats.feeAmounts,
    deadlines: stats.deadlines,
    completeness: stats.completeness,
    'name-translation': stats.nameTranslation,
    'text-translation': stats.textTranslation,
    'changes-per-month': changesPerMonth(site.history),
  };
  return statisticsChartIds.map((id) => ({ id, counts: counts[id] }));
}

/** A chart's numbers as a small CSV table: key (an id, a kind or a range) and count. */
export const chartCountsTable = (id: StatisticsChartId) =>
  defineTable<Count>({
    name: id,
    description: 'The numbers of one chart of the statistics page.',
    primaryKey: ['key'],
    foreignKeys: [],
    columns: [
      { name: 'key', type: 'string', description: 'What is counted: an id, a kind or a range.', value: (row) => row.key },
      { name: 'count', type: 'integer', description: 'How many.', value: (row) => row.count },
    ],
    rows: () => [],
  });
