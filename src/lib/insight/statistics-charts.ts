import { t, type UiKey } from '../../i18n/translate.ts';
import { defineTable } from '../export/table-contract.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { changesPerMonth } from './changes-per-month.ts';
import { type Count, registryStatistics } from './statistics.ts';

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

/** What each chart counts: in English for the Data Package, and its heading on the statistics page. */
const chartTitles: Record<StatisticsChartId, { en: string; key: UiKey }> = {
  'by-register': { en: 'Services by register', key: 'insight.statistics.byRegister' },
  'by-payment': { en: 'Free and paid services', key: 'insight.statistics.byPayment' },
  'by-agency': { en: 'Services by providing body', key: 'insight.statistics.byAgency' },
  'by-category': { en: 'Services by life situation', key: 'insight.statistics.byCategory' },
  'fee-amounts': { en: 'Fee amounts, som (each fee counted)', key: 'insight.statistics.feeAmounts' },
  deadlines: { en: 'Deadlines (the longest of each service), days', key: 'insight.statistics.deadlines' },
  completeness: { en: 'Completeness of services, % documented', key: 'insight.statistics.completeness' },
  'name-translation': { en: 'Service names in both languages', key: 'insight.statistics.nameTranslation' },
  'text-translation': { en: 'All texts of services in both languages', key: 'insight.statistics.textTranslation' },
  'changes-per-month': { en: 'Changes of records per month', key: 'insight.statistics.changes' },
};

/** A chart's numbers as a small CSV table: key (an id, a kind or a range) and count. */
export const chartCountsTable = (id: StatisticsChartId) =>
  defineTable<Count>({
    name: id,
    texts: {
      en: { title: chartTitles[id].en, description: `The numbers of the chart "${chartTitles[id].en}" of the statistics page.` },
      ky: { title: t('ky', chartTitles[id].key), description: `Статистика барагындагы «${t('ky', chartTitles[id].key)}» графигинин сандары.` },
      ru: { title: t('ru', chartTitles[id].key), description: `Числа графика «${t('ru', chartTitles[id].key)}» страницы статистики.` },
    },
    primaryKey: ['key'],
    foreignKeys: [],
    columns: [
      { name: 'key', type: 'string', description: 'What is counted: an id, a kind or a range.', value: (row) => row.key },
      { name: 'count', type: 'integer', description: 'How many.', value: (row) => row.count },
    ],
    rows: () => [],
  });
