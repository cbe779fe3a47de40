/**
 * Binary search over a trading calendar: the sorted `YYYY-MM-DD` strings of the dates on which
 * the event's calendar series has a price ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows)).
 *
 * Why strings compared as strings: `YYYY-MM-DD` sorts lexicographically in date order, so a
 * search needs neither a `Date` nor a day number per entry, and the caller's array is used in
 * place (day 0 is resolved once per event, up to 100,000 times per study).
 */

/**
 * Index of the first calendar date that is `>= date` (`calendar.length` when there is none).
 *
 * @param calendar - Strictly increasing `YYYY-MM-DD` trading dates.
 * @param date - The date searched for, `YYYY-MM-DD`.
 * @returns An index in `0..calendar.length`.
 * @example
 * ```ts
 * lowerBound(['2021-04-01', '2021-04-07'], '2021-04-02') // 1
 * lowerBound(['2021-04-01', '2021-04-07'], '2021-04-08') // 2
 * ```
 */
export function lowerBound(calendar: readonly string[], date: string): number {
  let lo = 0;
  let hi = calendar.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((calendar[mid] as string) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of `date` on the calendar, or -1 when it is not a trading date.
 *
 * @param calendar - Strictly increasing `YYYY-MM-DD` trading dates.
 * @param date - `YYYY-MM-DD`.
 * @returns The index, or -1.
 * @example
 * ```ts
 * indexOfDate(['2021-04-01', '2021-04-07'], '2021-04-07') // 1
 * indexOfDate(['2021-04-01', '2021-04-07'], '2021-04-02') // -1
 * ```
 */
export function indexOfDate(calendar: readonly string[], date: string): number {
  const i = lowerBound(calendar, date);
  return i < calendar.length && calendar[i] === date ? i : -1;
}
