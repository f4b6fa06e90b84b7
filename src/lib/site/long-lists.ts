/**
 * How many rows a page lists before it stops and points to the open data. The real registry is far
 * below this; at the country's scale (20,000 services) a full table is tens of megabytes, useless on
 * a phone, while the CSV beside it holds every row.
 */
export const pageListLimit = 500;

/** The rows a page shows and how many it leaves to the open data. */
export function firstRows<T>(rows: readonly T[], limit = pageListLimit): { shown: readonly T[]; total: number } {
  return { shown: rows.length > limit ? rows.slice(0, limit) : rows, total: rows.length };
}
