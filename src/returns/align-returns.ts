import type { PriceSeries, ReturnKind } from '../types';
import { givenReturnsOnCalendar } from './given-returns';

/**
 * A listing's returns on an event calendar ([methods §1–2](../../docs/methods.md#1-calendar-day-0-and-windows)): entry t is the return from the
 * previous calendar date to calendar date t, or `NaN` when it is not usable because the listing
 * has no price on t or on the previous calendar date (a return spanning a hole is never used).
 * Listing rows on dates outside the calendar are ignored. Where the series carries the vendor's
 * previous close, `R_t = P_t / prevClose_t − 1` (or its log), usable under the same rule, so
 * that unadjusted Chinese prices give correct returns across dividends and splits.
 *
 * A series that carries returns instead of prices (CRSP `RET`) is placed on the calendar by
 * {@link givenReturnsOnCalendar}, under the same rule ([methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)).
 *
 * One pass over the calendar and the series (both sorted); no per-event work.
 *
 * @param series - the listing's prices
 * @param calendar - the event calendar's trading dates, sorted
 * @param kind - `'simple'` (default) or `'log'`
 * @returns a `Float64Array` as long as the calendar; `NaN` marks an unusable day
 *
 * @example
 * ```ts
 * const r = alignedReturns(
 *   { ticker: 'X', dates: ['2021-03-25', '2021-03-26'], close: new Float64Array([100, 106]) },
 *   ['2021-03-25', '2021-03-26'],
 * );
 * // r = Float64Array [NaN, 0.06]
 * ```
 *
 * @category Study
 */
export function alignedReturns(
  series: PriceSeries,
  calendar: readonly string[],
  kind: ReturnKind = 'simple',
): Float64Array {
  if (series.returns) return givenReturnsOnCalendar(series.dates, series.returns, calendar, kind);
  const out = new Float64Array(calendar.length).fill(Number.NaN);
  const { dates, close, prevClose } = series;
  const rows = dates.length;
  if (close === undefined || rows === 0) return out;
  const log = kind === 'log';
  // One walk of the calendar and the series together, from the series' first date (found by
  // bisection: a benchmark's calendar often spans years more than a listing) to its last row.
  // Usually the series' next row is the calendar's date: the parsers keep one string per date,
  // shared by every series, so that test is a pointer comparison; the ordering comparison of
  // two strings is made only to step over rows off the calendar.
  let j = 0;
  let placedAt = -2; // calendar index of the last row placed, and its price
  let before = Number.NaN;
  for (let t = firstOnOrAfter(calendar, dates[0]!); t < calendar.length && j < rows; t++) {
    const date = calendar[t]!;
    if (dates[j] !== date) {
      while (j < rows && dates[j]! < date) j++;
      if (j === rows || dates[j] !== date) continue;
    }
    const price = close[j]!;
    if (placedAt === t - 1 && price > 0 && before > 0) {
      const base = prevClose ? prevClose[j]! : before;
      if (base > 0) out[t] = log ? Math.log(price / base) : price / base - 1;
    }
    placedAt = t;
    before = price;
    j++;
  }
  return out;
}

/** The first index of the sorted `dates` whose date is not before `date` (`dates.length` if none). */
function firstOnOrAfter(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
