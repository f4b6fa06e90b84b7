import type { APIRoute } from 'astro';
import { tableCsvChunks } from '../../lib/export/to-csv.ts';
import type { Count } from '../../lib/insight/statistics.ts';
import { chartCountsTable, type StatisticsChartId, statisticsCharts } from '../../lib/insight/statistics-charts.ts';
import { currentSiteModel } from '../../lib/site-model/current-site-model.ts';

/** The numbers of each statistics chart as CSV, the same for both languages. */
export function getStaticPaths() {
  return statisticsCharts(currentSiteModel())
    .filter((chart) => chart.counts !== undefined)
    .map((chart) => ({ params: { chart: chart.id }, props: { counts: chart.counts! } }));
}

export const GET: APIRoute = ({ params, props }) => {
  const table = chartCountsTable(params.chart as StatisticsChartId);
  return new Response([...tableCsvChunks(table, props.counts as Count[])].join(''), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
