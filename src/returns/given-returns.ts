import type { ReturnKind } from '../types';

/**
 * Calendar returns of a series that carries returns rather than prices ([methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)): entry t
 * is usable only when the series has a row on calendar date t **and** one on the calendar date
 * before it, exactly as two consecutive prices would be needed. Rows on dates outside the
 * calendar (the listing traded, the benchmark did not) are compounded into the next calendar
 * day's return, which is what ignoring that day's price does for a price series:
 * (1 + r_mid)(1 + r_t) = P_t / P_{t−1}. Where nothing is compounded the vendor's value is used
 * as given (bit for bit), and the log return is `log1p(r)`.
 *
 * A return of −1 (a total loss) has no log return: that day is unusable (`NaN`), never `−∞`.
 *
 * @param dates - the series' dates, sorted
 * @param returns - the series' simple returns (`NaN` = a row without a return)
 * @param calendar - the event calendar's trading dates, sorted
 * @param kind - simple or log returns
 * @returns a `Float64Array` as long as the calendar; `NaN` marks an unusable day
 *
 * @example
 * ```ts
 * givenReturnsOnCalendar(['2021-03-25', '2021-03-26'], Float64Array.of(NaN, 0.06), ['2021-03-25', '2021-03-26'], 'simple');
 * // Float64Array [NaN, 0.06]
 * ```
 *
 * @category Study
 */
export function givenReturnsOnCalendar(
  dates: readonly string[],
  returns: Float64Array,
  calendar: readonly string[],
  kind: ReturnKind,
): Float64Array {
  const out = new Float64Array(calendar.length).fill(Number.NaN);
  let j = 0;
  let previousOnCalendar = false;
  for (let t = 0; t < calendar.length; t++) {
    const date = calendar[t]!;
    let growth = 1;
    let compounded = false;
    while (j < dates.length && dates[j]! < date) {
      growth *= 1 + returns[j]!;
      compounded = true;
      j++;
    }
    const onCalendar = j < dates.length && dates[j] === date;
    if (onCalendar && previousOnCalendar) {
      const r = compounded ? growth * (1 + returns[j]!) - 1 : returns[j]!;
      out[t] = toKind(r, kind);
    }
    previousOnCalendar = onCalendar;
    if (onCalendar) j++;
  }
  return out;
}

/**
 * Trade-to-trade returns of a returns series (Maynes & Rumsey 1993): a row's return is attributed
 * to its calendar day, compounded with the rows since the previous calendar day on which the
 * series has a row (rows off the calendar included), and spans the calendar days in between. The
 * series' first row on the calendar has no return, as the first trade of a price series.
 *
 * @param dates - the series' dates, sorted
 * @param returns - the series' simple returns (`NaN` = a row without a return)
 * @param calendar - the event calendar's trading dates
 * @param kind - simple or log returns
 * @returns returns and spans n_t, as long as the calendar (span 0 where there is no row)
 *
 * @example
 * ```ts
 * givenTradeToTrade(['2021-03-24', '2021-03-26'], Float64Array.of(NaN, 0.1), ['2021-03-24', '2021-03-25', '2021-03-26'], 'simple');
 * // returns [NaN, NaN, 0.1], span [0, 0, 2]
 * ```
 *
 * @category Study
 */
export function givenTradeToTrade(
  dates: readonly string[],
  returns: Float64Array,
  calendar: readonly string[],
  kind: ReturnKind,
): { returns: Float64Array; span: Float64Array } {
  const out = new Float64Array(calendar.length).fill(Number.NaN);
  const span = new Float64Array(calendar.length);
  let j = 0;
  let lastTrade = -1;
  let growth = 1;
  let compounded = false;
  for (let t = 0; t < calendar.length; t++) {
    const date = calendar[t]!;
    while (j < dates.length && dates[j]! < date) {
      if (lastTrade >= 0) {
        growth *= 1 + returns[j]!;
        compounded = true;
      }
      j++;
    }
    if (j >= dates.length || dates[j] !== date) continue;
    if (lastTrade >= 0) {
      const r = compounded ? growth * (1 + returns[j]!) - 1 : returns[j]!;
      out[t] = toKind(r, kind);
      span[t] = t - lastTrade;
    }
    lastTrade = t;
    growth = 1;
    compounded = false;
    j++;
  }
  return { returns: out, span };
}

/** A simple return in the study's kind; a total loss has no log return (`NaN`, not `−∞`). */
function toKind(r: number, kind: ReturnKind): number {
  if (kind === 'simple') return r;
  return r > -1 ? Math.log1p(r) : Number.NaN;
}
