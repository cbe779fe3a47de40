import type { LinearDesign } from './linear-model';
import type { ModelInputs } from './model-inputs';

/**
 * Factor columns of each multi-factor model, named as in Ken French's daily files:
 * Fama & French (1993, "Common risk factors in the returns on stocks and bonds", Journal of
 * Financial Economics 33(1)) three factors; Carhart (1997, "On persistence in mutual fund
 * performance", Journal of Finance 52(1)) adds momentum; Fama & French (2015, "A five-factor
 * asset pricing model", Journal of Financial Economics 116(1)) five factors.
 *
 * @example
 * ```ts
 * FACTOR_MODELS.ff3 // ['Mkt-RF', 'SMB', 'HML']
 * FACTOR_MODELS.carhart.length // 4
 * ```
 */
export const FACTOR_MODELS = {
  ff3: ['Mkt-RF', 'SMB', 'HML'],
  carhart: ['Mkt-RF', 'SMB', 'HML', 'Mom'],
  ff5: ['Mkt-RF', 'SMB', 'HML', 'RMW', 'CMA'],
} as const;

/**
 * A multi-factor model: `R_t − Rf_t = α + b'f_t + ε_t` by OLS, `AR_t = R_t − Rf_t − α̂ − b̂'f_t`,
 * k = 4 (FF3), 5 (Carhart), 6 (FF5), `s² = SSR / (M − k)` ([methods §3](../../docs/methods.md#3-expected-return-models)).
 *
 * @param model - `'ff3'`, `'carhart'` or `'ff5'`
 * @param inputs - excess listing returns and factor columns on the event calendar
 * @returns the linear design
 *
 * @example
 * ```ts
 * const fit = fitLinearModel(factorModel('ff3', { returns, excessReturns, factors }), rows);
 * fit.summary.coefficients; // { alpha, 'Mkt-RF', SMB, HML }
 * ```
 */
export function factorModel(model: keyof typeof FACTOR_MODELS, inputs: ModelInputs): LinearDesign {
  const names = FACTOR_MODELS[model];
  const factors = inputs.factors!;
  return {
    name: model,
    y: inputs.excessReturns!,
    x: names.map((name) => factors[name]!),
    names,
    intercept: true,
    offset: factors['RF'],
  };
}

/**
 * The CAPM in excess returns (Sharpe 1964; Lintner 1965; MacKinlay 1997):
 * `R_t − Rf_t = α + β (R_mt − Rf_t) + ε_t`, k = 2.
 *
 * @param inputs - excess listing and benchmark returns, and the factor table's `RF`
 * @returns the linear design
 *
 * @example
 * ```ts
 * const fit = fitLinearModel(capmModel({ returns, excessReturns, excessMarket, factors }), rows);
 * ```
 */
export function capmModel(inputs: ModelInputs): LinearDesign {
  return {
    name: 'capm',
    y: inputs.excessReturns!,
    x: [inputs.excessMarket!],
    names: ['market'],
    intercept: true,
    offset: inputs.factors!['RF'],
  };
}
