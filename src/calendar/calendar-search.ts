/**
 * Binary search over sorted values: above all a trading calendar, the sorted `YYYY-MM-DD`
 * strings of the dates on which the event's calendar series has a price ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows)), and
 * the day numbers and running totals of the study's other sorted columns. The one search of
 * the code base.
 *
 * Why strings compared as strings: `YYYY-MM-DD` sorts lexicographically in date order, so a
 * search needs neither a `Date` nor a day number per entry, and the caller's array is used in
 * place (day 0 is resolved once per event, up to 100,000 times per study).
 */

/**
 * Index of the first value in `sorted[from..to)` that is `>= value` (`to` when there is none).
 *
 * @param sorted - Ascending values: `YYYY-MM-DD` dates (which sort as strings) or numbers.
 * @param value - The value searched for.
 * @param from - First index searched (default 0).
 * @param to - End of the search, exclusive (default `sorted.length`).
 * @returns An index in `from..to`.
 * @example
 * ```ts
 * lowerBound(['2021-04-01', '2021-04-07'], '2021-04-02') // 1
 * lowerBound(['2021-04-01', '2021-04-07'], '2021-04-08') // 2
 * lowerBound(Int32Array.of(3, 5, 5, 9), 5) // 1
 * ```
 */
export function lowerBound<T extends string | number>(
  sorted: ArrayLike<T>,
  value: T,
  from = 0,
  to = sorted.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first value of `sorted` that is `> value` (`sorted.length` when there is none).
 *
 * @param sorted - Ascending values: `YYYY-MM-DD` dates or numbers.
 * @param value - The value searched for.
 * @returns An index in `0..sorted.length`.
 * @example
 * ```ts
 * upperBound(['2021-04-01', '2021-04-07'], '2021-04-01') // 1
 * upperBound([0.25, 0.5, 1], 0.5) // 2
 * ```
 */
export function upperBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as T) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
