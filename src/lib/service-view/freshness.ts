/** How old a fact may be before the site says it may have changed: a date to count from and an age in years. */
export interface Freshness {
  /** YYYY-MM-DD: the date of the registry's last change (so a build of the same registry says the same), or today outside git. */
  referenceDate: string;
  staleAfterYears: number;
}

/** The freshness of facts as of a registry version's date (ISO 8601, or "unknown"): that day, or today when unknown. */
export function freshnessAsOf(versionDate: string, staleAfterYears: number, today = new Date()): Freshness {
  const referenceDate = /^\d{4}-\d{2}-\d{2}/.test(versionDate) ? versionDate.slice(0, 10) : today.toISOString().slice(0, 10);
  return { referenceDate, staleAfterYears };
}

/** The last day on which a fact still counts as current: the reference date, the given years earlier. */
export function staleBefore(freshness: Freshness): string {
  const [year, month, day] = freshness.referenceDate.split('-').map(Number) as [number, number, number];
  // 29 February of a leap year becomes 28 February, so the result is always a real date.
  const safeDay = month === 2 && day === 29 ? 28 : day;
  return `${String(year - freshness.staleAfterYears).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(safeDay).padStart(2, '0')}`;
}

/** True when a fact's date is older than the freshness allows; an undated fact is not called stale (it is shown undated). */
export const isStale = (date: string | undefined, freshness: Freshness): boolean => date !== undefined && date < staleBefore(freshness);
