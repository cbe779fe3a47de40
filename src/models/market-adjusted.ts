import type { LinearDesign } from './linear-model';
import type { ModelInputs } from './model-inputs';

/**
 * The market-adjusted model (Brown & Warner 1980, "Measuring security price performance",
 * Journal of Financial Economics 8(3)): `AR_t = R_t − R_mt`, nothing estimated (k = 0),
 * `s² = Σ_E (AR − mean AR)² / (M − 1)`, `C_t = 1`, `Var(CAR) = L s²`.
 *
 * The design's y is `R − R_m`, built once per listing and calendar by the study.
 *
 * @param inputs - `excessReturns` holding R − R_m on the event calendar
 * @returns the design whose AR is y itself
 *
 * @example
 * ```ts
 * const fit = fitLinearModel(marketAdjustedModel({ returns, excessReturns: rMinusRm }), rows);
 * ```
 */
export function marketAdjustedModel(inputs: ModelInputs): LinearDesign {
  if (!inputs.excessReturns) throw new Error('marketAdjustedModel: needs R − R_m on the calendar');
  return {
    name: 'market-adjusted',
    y: inputs.excessReturns,
    x: [],
    names: [],
    intercept: false,
    offset: inputs.market,
  };
}
