import type { LinearDesign } from './linear-model';
import type { ModelInputs } from './model-inputs';

/**
 * A factor model on any columns of the factor table (issue 14,
 * `model: { factors, excessReturns }`), the multi-factor regression of Fama & French (1993)
 * with the regressors the user names:
 * `R_t − Rf_t = α + b'f_t + ε_t` with excess returns, `R_t = α + b'f_t + ε_t` without,
 * by OLS on the estimation window; `AR_t` is the residual on the event day and k = 1 + factors.
 *
 * @param names - Factor columns, in order (they name `coefficients`).
 * @param excessReturns - Whether the listing's return is taken in excess of the table's `RF`.
 * @param inputs - Listing returns, excess returns (when `excessReturns`) and the factor columns.
 * @returns The linear design.
 * @example
 * ```ts
 * const design = customFactorModel(['Mkt', 'Foreign'], false, { returns, factors });
 * fitLinearModel(design, rows).summary.coefficients; // { alpha, Mkt, Foreign }
 * ```
 */
export function customFactorModel(
  names: readonly string[],
  excessReturns: boolean,
  inputs: ModelInputs,
): LinearDesign {
  const factors = inputs.factors!;
  const design: LinearDesign = {
    name: 'factors',
    y: excessReturns ? inputs.excessReturns! : inputs.returns,
    x: names.map((name) => factors[name]!),
    names,
    intercept: true,
  };
  if (excessReturns) design.offset = factors['RF']!;
  return design;
}
