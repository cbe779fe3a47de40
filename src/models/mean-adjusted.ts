import type { LinearDesign } from './linear-model';
import type { ModelInputs } from './model-inputs';

/**
 * The constant-mean-return (mean-adjusted) model (Brown & Warner 1980, "Measuring security
 * price performance", Journal of Financial Economics 8(3); MacKinlay 1997):
 * `AR_t = R_t − R̄_E`, k = 1, `s² = Σ_E (R − R̄)² / (M − 1)`, `C_t = 1 + 1/M`.
 *
 * @param inputs - listing returns on the event calendar
 * @returns the linear design regressing R on a constant
 *
 * @example
 * ```ts
 * const fit = fitLinearModel(meanAdjustedModel({ returns }), estimationRows);
 * ```
 */
export function meanAdjustedModel(inputs: ModelInputs): LinearDesign {
  return { name: 'mean-adjusted', y: inputs.returns, x: [], names: [], intercept: true };
}
