import type { ModelFit, VarianceDf } from '../types';
import { abnormalReturn, type FittedLinearModel, fitLinearModel, type LinearDesign } from './linear-model';
import { ols } from './ols';

/** The three market series the Scholes–Williams beta needs, aligned on day t. */
export interface LaggedMarket {
  lagged: Float64Array;
  leading: Float64Array;
}

/**
 * The Scholes & Williams (1977, "Estimating betas from nonsynchronous data", Journal of
 * Financial Economics 5(3)) market model for nonsynchronously traded stocks:
 * `β_SW = (β₋₁ + β₀ + β₊₁) / (1 + 2ρ_m)`, each β from a simple regression of R_t on the lagged,
 * contemporaneous and leading market return over the estimation window, ρ_m the first-order
 * autocorrelation of the market return there, `α_SW = R̄ − β_SW R̄_m`, and
 * `AR_t = R_t − α_SW − β_SW R_mt`. s² = Σ_E AR² / (M − 2). The prediction-error factor and
 * CAR variance are those of the market model with the same R̄_m and S_mm (an approximation:
 * β_SW is not the OLS slope; stated in the README).
 *
 * @param design - the market-model design (y = R, x = [R_m])
 * @param market - the lagged and leading market returns on the calendar
 * @param rows - usable estimation days (every series present)
 * @param varianceDf - `'model'` (M − 2) or `'m-1'`
 * @returns the fitted model with the Scholes–Williams coefficients
 *
 * @example
 * ```ts
 * const fit = fitScholesWilliams(marketModel({ returns, market }), { lagged, leading }, rows);
 * fit.summary.beta; // β_SW
 * ```
 */
export function fitScholesWilliams(
  design: LinearDesign,
  market: LaggedMarket,
  rows: ArrayLike<number>,
  varianceDf: VarianceDf = 'model',
): FittedLinearModel | { failure: string } {
  const base = fitLinearModel(design, rows, varianceDf);
  if ('failure' in base) return base;
  const y = design.y;
  const current = design.x[0]!;
  const lag = ols(y, [market.lagged], rows);
  const lead = ols(y, [market.leading], rows);
  if (!lag || !lead)
    return { failure: 'the lagged or leading market return is constant over the estimation window' };
  const rho = autocorrelation(current, market.lagged, rows);
  const beta = (lag.slopes[0]! + base.ols.slopes[0]! + lead.slopes[0]!) / (1 + 2 * rho);
  const alpha = base.ols.yMean - beta * base.ols.means[0]!;
  const fit = { ...base.ols, intercept: alpha, slopes: Float64Array.of(beta) };
  const model: FittedLinearModel = { ...base, ols: fit };
  let ssr = 0;
  for (let r = 0; r < rows.length; r++) ssr += abnormalReturn(model, rows[r]!) ** 2;
  const variance = ssr / base.df;
  const summary: ModelFit = {
    name: 'scholes-williams',
    alpha,
    beta,
    coefficients: {
      alpha,
      market: beta,
      'beta-1': lag.slopes[0]!,
      beta0: base.ols.slopes[0]!,
      'beta+1': lead.slopes[0]!,
      rho,
    },
    sigma: Math.sqrt(variance),
    n: fit.m,
    df: base.df,
  };
  return { ...model, ols: { ...fit, ssr }, variance, summary };
}

/** Pearson correlation of R_m,t and R_m,t−1 over the estimation rows. */
function autocorrelation(current: Float64Array, lagged: Float64Array, rows: ArrayLike<number>): number {
  const fit = ols(current, [lagged], rows);
  if (!fit) return 0;
  return Math.sign(fit.slopes[0]!) * Math.sqrt(Math.max(0, 1 - fit.ssr / fit.sst));
}
