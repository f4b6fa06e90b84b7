/** Geometry of a horizontal bar chart drawn as static SVG at build time: one row per bar, label left, value right. */
export interface BarChartRow {
  label: string;
  value: number;
  /** The value as shown (e.g. "62%", "12"). */
  text: string;
  y: number;
  width: number;
}

export interface BarChart {
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  rows: BarChartRow[];
}

const rowHeight = 28;

/** Lays out bars on a fixed 600-unit-wide canvas; the longest bar fills the space left after labels and values. */
export function layoutBarChart(rows: { label: string; value: number; text?: string }[], labelWidth = 260): BarChart {
  const width = 600;
  // Room on the right for the value, e.g. "болжол менен 62 %".
  const barSpace = width - labelWidth - 140;
  const max = Math.max(0, ...rows.map((row) => row.value));
  return {
    width,
    height: Math.max(rowHeight, rows.length * rowHeight),
    labelWidth,
    barHeight: rowHeight - 10,
    rows: rows.map((row, index) => ({
      label: row.label,
      value: row.value,
      text: row.text ?? String(row.value),
      y: index * rowHeight,
      width: max === 0 ? 0 : Math.round((row.value / max) * barSpace * 10) / 10,
    })),
  };
}
