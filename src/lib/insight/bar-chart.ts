/** One bar of a horizontal bar chart drawn at build time: its label, its value as shown, and its length. */
export interface BarChartRow {
  label: string;
  value: number;
  /** The value as shown (e.g. "62%", "12"). */
  text: string;
  /** Length of the bar in percent of the longest bar. */
  percent: number;
}

/** Bars scaled so that the longest fills its line; each label stays text, so it wraps and stays readable on a phone. */
export function layoutBarChart(rows: { label: string; value: number; text?: string }[]): BarChartRow[] {
  const max = Math.max(0, ...rows.map((row) => row.value));
  return rows.map((row) => ({
    label: row.label,
    value: row.value,
    text: row.text ?? String(row.value),
    percent: max === 0 ? 0 : Math.round((row.value / max) * 1000) / 10,
  }));
}
