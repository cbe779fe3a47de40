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
  const prices = pricesOnCalendar(series, calendar);
  const out = new Float64Array(calendar.length).fill(Number.NaN);
  const previous = series.prevClose ? pricesOnCalendar(series, calendar, series.prevClose) : undefined;
  for (let t = 1; t < calendar.length; t++) {
    const price = prices[t]!;
    const before = prices[t - 1]!;
    if (!(price > 0) || !(before > 0)) continue;
    const base = previous ? previous[t]! : before;
    if (!(base > 0)) continue;
    out[t] = kind === 'log' ? Math.log(price / base) : price / base - 1;
  }
  return out;
}

/** The series' values placed on the calendar; `NaN` where the listing has no row that day. */
function pricesOnCalendar(
  series: PriceSeries,
  calendar: readonly string[],
  values = series.close ?? new Float64Array(series.dates.length).fill(Number.NaN),
): Float64Array {
  const out = new Float64Array(calendar.length).fill(Number.NaN);
  let j = 0;
  for (let t = 0; t < calendar.length; t++) {
    const date = calendar[t]!;
    while (j < series.dates.length && series.dates[j]! < date) j++;
    if (j < series.dates.length && series.dates[j] === date) out[t] = values[j]!;
  }
  return out;
}
