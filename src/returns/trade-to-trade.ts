import type { PriceSeries, ReturnKind } from '../types';
import { givenTradeToTrade } from './given-returns';

/**
 * Trade-to-trade returns of a listing on an event calendar.
 *
 * @category Study
 */
export interface TradeToTradeReturns {
  /** Return from the previous trade to the trade on day t; `NaN` on days without a trade. */
  returns: Float64Array;
  /** Calendar days n_t the return spans (1 for consecutive trades); 0 where there is none. */
  span: Float64Array;
}

/**
 * Trade-to-trade returns (Maynes & Rumsey 1993, "Conducting event studies with thinly traded
 * stocks", Journal of Banking & Finance 17(1), 145–157): where a listing has no price on some
 * calendar days, the return from its last trade to its next one is attributed to the day of the
 * next trade, with n_t the number of calendar days it spans. Days without a trade carry no
 * return. The vendor's previous close is used where the series has it (it already spans the
 * gap). The first traded day of the calendar has no return. A returns series (CRSP `RET`) is
 * handled by {@link givenTradeToTrade}.
 *
 * @param series - the listing's prices
 * @param calendar - the event calendar's trading dates
 * @param kind - simple or log returns
 * @returns returns and spans, as long as the calendar
 *
 * @example
 * ```ts
 * const { returns, span } = tradeToTradeReturns(
 *   { ticker: 'X', dates: ['2021-03-24', '2021-03-26'], close: Float64Array.of(100, 110) },
 *   ['2021-03-24', '2021-03-25', '2021-03-26'],
 * );
 * // returns = [NaN, NaN, 0.1], span = [0, 0, 2]
 * ```
 *
 * @category Study
 */
export function tradeToTradeReturns(
  series: PriceSeries,
  calendar: readonly string[],
  kind: ReturnKind,
): TradeToTradeReturns {
  if (series.returns) return givenTradeToTrade(series.dates, series.returns, calendar, kind);
  const close = series.close ?? new Float64Array(series.dates.length).fill(Number.NaN);
  const returns = new Float64Array(calendar.length).fill(Number.NaN);
  const span = new Float64Array(calendar.length);
  let j = 0;
  let lastTrade = -1;
  let lastPrice = Number.NaN;
  for (let t = 0; t < calendar.length; t++) {
    const date = calendar[t]!;
    while (j < series.dates.length && series.dates[j]! < date) j++;
    if (j >= series.dates.length || series.dates[j] !== date) continue;
    const price = close[j]!;
    if (lastTrade >= 0) {
      const base = series.prevClose ? series.prevClose[j]! : lastPrice;
      returns[t] = kind === 'log' ? Math.log(price / base) : price / base - 1;
      span[t] = t - lastTrade;
    }
    lastTrade = t;
    lastPrice = price;
  }
  return { returns, span };
}

/**
 * A benchmark's return compounded over the same spans as a trade-to-trade listing (Maynes &
 * Rumsey 1993): `Π_{u = t − n_t + 1 … t} (1 + R_mu) − 1`, or the sum for log returns; `NaN`
 * where the listing did not trade or a benchmark return in the span is missing.
 *
 * @param market - the benchmark's daily returns on the calendar
 * @param span - the listing's spans n_t
 * @param kind - simple or log returns
 * @returns compounded benchmark returns, as long as the calendar
 *
 * @example
 * ```ts
 * compoundOverSpans(Float64Array.of(NaN, 0.01, 0.02), Float64Array.of(0, 0, 2), 'simple');
 * // [NaN, NaN, 1.01 × 1.02 − 1]
 * ```
 *
 * @category Study
 */
export function compoundOverSpans(market: Float64Array, span: Float64Array, kind: ReturnKind): Float64Array {
  const out = new Float64Array(market.length).fill(Number.NaN);
  for (let t = 0; t < market.length; t++) {
    const days = span[t]!;
    if (days === 0) continue;
    let total = kind === 'log' ? 0 : 1;
    for (let u = t - days + 1; u <= t; u++)
      total = kind === 'log' ? total + market[u]! : total * (1 + market[u]!);
    out[t] = kind === 'log' ? total : total - 1;
  }
  return out;
}
