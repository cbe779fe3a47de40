import type { ModelFit, VarianceDf } from '../types';
import { type OlsFit, ols } from './ols';
import { type SpanFit, tradeToTradeFit } from './trade-to-trade-fit';

/**
 * What a model regresses: a dependent variable and regressors, aligned on the event calendar
 * (`NaN` = unusable day). Every model of [methods §3](../../docs/methods.md#3-expected-return-models) is one of these:
 * market `R ~ 1 + Rm`; mean-adjusted `R ~ 1`; market-adjusted `R − Rm` with no fitted term;
 * CAPM `R − Rf ~ 1 + (Rm − Rf)`; Fama–French / Carhart `R − Rf ~ 1 + factors`.
 */
export interface LinearDesign {
  /** Model name reported in results. */
  name: string;
  /** Dependent variable: the listing's (excess) return. */
  y: Float64Array;
  /** Regressor columns. */
  x: readonly Float64Array[];
  /** Names of the regressor columns, for `coefficients`. */
  names: readonly string[];
  /**
   * Series that must have a value on a usable day without being regressors (the lagged and
   * leading market returns of the Scholes–Williams model).
   */
  auxiliary?: readonly Float64Array[];
  /** Whether an intercept is estimated (false only for market-adjusted, whose AR is y itself). */
  intercept: boolean;
  /** What must be added back to y to get a raw return (Rf for excess-return models). */
  offset?: Float64Array;
  /**
   * Trade-to-trade spans n_t (calendar days each return covers, 0 = no trade): the model is then
   * fitted by the weighted regression of Maynes & Rumsey (1993), see `tradeToTradeFit`.
   */
  span?: Float64Array;
}

/** A model fitted on an estimation window, ready to produce ARs and their variances. */
export interface FittedLinearModel {
  design: LinearDesign;
  ols: OlsFit;
  /** s², with `df` degrees of freedom. */
  variance: number;
  df: number;
  /** Public summary. */
  summary: ModelFit;
  /** The weighted trade-to-trade fit, where the design has spans. */
  spanFit?: SpanFit;
}

/**
 * Fits a linear expected-return model by OLS on the usable estimation days and returns s² with
 * the degrees of freedom of [methods §3](../../docs/methods.md#3-expected-return-models): d = M − k for regression models (k = p + 1
 * parameters), d = M − 1 for the mean- and market-adjusted models, or M − 1 for every model
 * under the estudy2 convention (`varianceDf: 'm-1'`).
 *
 * @param design - the model's y and regressors on the calendar
 * @param rows - calendar indices of the usable estimation days (M of them)
 * @param varianceDf - `'model'` (default) or `'m-1'`
 * @returns the fitted model, or a reason it cannot be fitted (constant returns or regressor)
 *
 * @example
 * ```ts
 * const design = { name: 'market', y: new Float64Array([0.01, 0.03, 0.02]),
 *   x: [new Float64Array([0, 0.01, 0.02])], names: ['market'], intercept: true };
 * const fit = fitLinearModel(design, [0, 1, 2]);
 * // fit.ols.slopes[0] = 0.5; fit.df = 1
 * ```
 */
export function fitLinearModel(
  design: LinearDesign,
  rows: ArrayLike<number>,
  varianceDf: VarianceDf = 'model',
): FittedLinearModel | { failure: string } {
  if (design.span && design.intercept) return fitTradeToTrade(design, design.span, rows, varianceDf);
  const fit = design.intercept ? ols(design.y, design.x, rows) : uncentredMean(design.y, rows);
  if (!fit)
    return {
      failure: 'a regressor is constant (or the regressors are collinear) over the estimation window',
    };
  const m = fit.m;
  const k = design.intercept ? design.x.length + 1 : 0;
  const df = varianceDf === 'm-1' || k <= 1 ? m - 1 : m - k;
  // Market-adjusted: s² is the sample variance of the ARs about their mean ([methods §3](../../docs/methods.md#3-expected-return-models)).
  const squares = design.intercept
    ? fit.ssr
    : design.span
      ? spreadPerDay(design.y, design.span, rows)
      : fit.sst;
  if (!(fit.sst > 0) || !(squares > fit.sst * 1e-20)) {
    return { failure: 'the listing’s returns are constant, or fitted exactly, over the estimation window' };
  }
  const variance = squares / df;
  return { design, ols: fit, variance, df, summary: summarise(design, fit, variance, df) };
}

/**
 * Trade-to-trade market-adjusted s²: the spread of AR_t / √n_t about its mean, so that
 * Var(AR_t) = n_t s² (Maynes & Rumsey 1993).
 */
function spreadPerDay(y: Float64Array, span: Float64Array, rows: ArrayLike<number>): number {
  let mean = 0;
  for (let r = 0; r < rows.length; r++) mean += y[rows[r]!]! / Math.sqrt(span[rows[r]!]!);
  mean /= rows.length;
  let total = 0;
  for (let r = 0; r < rows.length; r++) total += (y[rows[r]!]! / Math.sqrt(span[rows[r]!]!) - mean) ** 2;
  return total;
}

function fitTradeToTrade(
  design: LinearDesign,
  span: Float64Array,
  rows: ArrayLike<number>,
  varianceDf: VarianceDf,
): FittedLinearModel | { failure: string } {
  const spanFit = tradeToTradeFit(design.y, design.x, span, rows);
  if (!spanFit)
    return {
      failure: 'a regressor is constant (or the regressors are collinear) over the estimation window',
    };
  const k = design.x.length + 1;
  const df = varianceDf === 'm-1' || k <= 1 ? spanFit.m - 1 : spanFit.m - k;
  if (!(spanFit.sst > 0) || !(spanFit.ssr > spanFit.sst * 1e-20)) {
    return { failure: 'the listing’s returns are constant, or fitted exactly, over the estimation window' };
  }
  const variance = spanFit.ssr / df;
  // The centred OLS moments are kept for callers that only need M; the span fit drives ARs.
  const fit: OlsFit = {
    m: spanFit.m,
    p: design.x.length,
    intercept: spanFit.coefficients[0]!,
    slopes: spanFit.coefficients.subarray(1),
    means: new Float64Array(design.x.length),
    yMean: 0,
    inverse: new Float64Array(design.x.length ** 2),
    ssr: spanFit.ssr,
    sst: spanFit.sst,
  };
  return { design, ols: fit, variance, df, summary: summarise(design, fit, variance, df), spanFit };
}

/** Market-adjusted "fit": nothing is estimated; the AR mean and spread are still measured. */
function uncentredMean(y: Float64Array, rows: ArrayLike<number>): OlsFit | undefined {
  const fit = ols(y, [], rows);
  if (!fit) return undefined;
  // The AR is y itself (no intercept is subtracted), so the ARs' squared distance from the
  // fitted value 0 is not what s² uses; ssr is kept for r² only.
  return { ...fit, intercept: 0 };
}

function summarise(design: LinearDesign, fit: OlsFit, variance: number, df: number): ModelFit {
  const summary: ModelFit = { name: design.name, sigma: Math.sqrt(variance), n: fit.m, df };
  if (!design.intercept) return summary;
  const coefficients: Record<string, number> = { alpha: fit.intercept };
  design.names.forEach((name, j) => {
    coefficients[name] = fit.slopes[j]!;
  });
  summary.alpha = fit.intercept;
  if (design.x.length === 1) summary.beta = fit.slopes[0]!;
  summary.coefficients = coefficients;
  if (design.x.length > 0) summary.r2 = 1 - fit.ssr / fit.sst;
  return summary;
}

/**
 * Abnormal return on calendar day t: `y_t − α̂ − x_t'b̂` (market-adjusted: `y_t`).
 *
 * @param model - a fitted model
 * @param t - calendar index
 * @returns the AR, `NaN` where the day is unusable
 *
 * @example
 * ```ts
 * abnormalReturn(fit, 2); // R_t − α̂ − β̂ R_mt for the market model
 * ```
 */
export function abnormalReturn(model: FittedLinearModel, t: number): number {
  const { design, ols: fit } = model;
  // trade-to-trade: the intercept accrues per calendar day of the span (α n_t)
  let value = design.y[t]! - fit.intercept * (model.spanFit ? design.span![t]! : 1);
  for (let j = 0; j < fit.p; j++) value -= fit.slopes[j]! * design.x[j]![t]!;
  return value;
}

/**
 * The model-implied (normal) raw return on calendar day t, E[R_t] = R_t − AR_t, with Rf added
 * back for excess-return models. Used for BHAR.
 *
 * @param model - a fitted model
 * @param t - calendar index
 * @returns the expected raw return
 *
 * @example
 * ```ts
 * expectedReturn(fit, 2); // α̂ + β̂ R_mt for the market model
 * ```
 */
export function expectedReturn(model: FittedLinearModel, t: number): number {
  const offset = model.design.offset ? model.design.offset[t]! : 0;
  return model.design.y[t]! - abnormalReturn(model, t) + offset;
}

/**
 * {@link abnormalReturn} on many calendar days at once, written to `out` from `at`: the same
 * arithmetic, with the model's fields read once (the study computes 250 estimation ARs per event).
 *
 * @param model - a fitted model
 * @param days - calendar indices
 * @param out - receives the ARs
 * @param at - where the first goes in `out`
 *
 * @example
 * ```ts
 * abnormalReturns(fit, [3, 4, 5], out, 0); // out[0..2] = AR on days 3, 4 and 5
 * ```
 */
export function abnormalReturns(
  model: FittedLinearModel,
  days: ArrayLike<number>,
  out: Float64Array,
  at: number,
): void {
  if (model.spanFit) {
    for (let r = 0; r < days.length; r++) out[at + r] = abnormalReturn(model, days[r]!);
    return;
  }
  const { design, ols: fit } = model;
  const { y, x } = design;
  const { intercept, slopes, p } = fit;
  for (let r = 0; r < days.length; r++) {
    const t = days[r]!;
    let value = y[t]! - intercept;
    for (let j = 0; j < p; j++) value -= slopes[j]! * x[j]![t]!;
    out[at + r] = value;
  }
}
