import type { LinearDesign } from './linear-model';

/**
 * The Dimson (1979, "Risk measurement when shares are subject to infrequent trading", Journal
 * of Financial Economics 7(2)) aggregated-coefficients model for thinly traded stocks: OLS of
 * `R_t` on the lagged, contemporaneous and leading market returns,
 * `R_t = α + β₋₁R_m,t−1 + β₀R_mt + β₊₁R_m,t+1 + ε_t`, k = 4; the Dimson beta is
 * `β₋₁ + β₀ + β₊₁` (reported as `beta`). The abnormal return subtracts the whole fitted
 * regression, so C_t and the CAR variance are the exact regression forms of [methods §3](../../docs/methods.md#3-expected-return-models).
 * A day needs the market return of the day before and after (the last calendar day has none).
 *
 * @param returns - listing returns on the event calendar
 * @param lagged - market return of the previous calendar day, aligned on day t
 * @param market - market return on day t
 * @param leading - market return of the next calendar day, aligned on day t
 * @returns the linear design
 *
 * @example
 * ```ts
 * const fit = fitLinearModel(dimsonModel(returns, lagged, market, leading), rows);
 * fit.summary.coefficients; // { alpha, 'market-1', market, 'market+1' }
 * ```
 */
export function dimsonModel(
  returns: Float64Array,
  lagged: Float64Array,
  market: Float64Array,
  leading: Float64Array,
): LinearDesign {
  return {
    name: 'dimson',
    y: returns,
    x: [lagged, market, leading],
    names: ['market-1', 'market', 'market+1'],
    intercept: true,
  };
}
