import type { FittedLinearModel } from './linear-model';
import { quadraticForm } from './ols';
import { spanRow } from './trade-to-trade-fit';

/**
 * The regressor moments a variance formula uses: M, x̄ and S⁻¹ of the estimation window. By
 * default the model's own; the estudy2 convention takes them from every benchmark day instead.
 */
export interface RegressorMoments {
  m: number;
  p: number;
  means: Float64Array;
  inverse: Float64Array;
}

/**
 * Prediction-error factor C_t of an out-of-sample AR, so that `Var(AR_t) = s² C_t`
 * (Patell 1976, "Corporate forecasts of earnings per share and stock price behavior",
 * Journal of Accounting Research 14(2); Campbell, Lo & MacKinlay 1997, The Econometrics of
 * Financial Markets, §4.4): `C_t = 1 + x_t'(X'X)⁻¹x_t = 1 + 1/M + (x_t − x̄)'S⁻¹(x_t − x̄)`.
 * Market model: `1 + 1/M + (R_mt − R̄_m)²/S_mm`; mean-adjusted `1 + 1/M`; market-adjusted 1.
 *
 * @param model - a fitted model
 * @param t - calendar index of the event day
 * @param moments - regressor moments (default: the model's estimation window)
 * @param scratch - room for p numbers, reused across calls to spare an allocation per day
 * @returns C_t ≥ 1
 *
 * @example
 * ```ts
 * predictionErrorFactor(fit, day0); // 1 + 1/M + (R_m0 − R̄_m)² / S_mm
 * ```
 */
export function predictionErrorFactor(
  model: FittedLinearModel,
  t: number,
  moments: RegressorMoments = model.ols,
  scratch: Float64Array = new Float64Array(moments.p),
): number {
  const span = model.design.span;
  if (!model.design.intercept) return span ? span[t]! : 1;
  if (model.spanFit) {
    // Maynes & Rumsey (1993): Var(AR_t) = s² (n_t + z_t'(Z*'Z*)⁻¹z_t), z_t = (n_t, x_t)
    const z = new Float64Array(model.spanFit.coefficients.length);
    spanRow(z, model.design.x, span!, t);
    return span![t]! + quadraticForm({ p: z.length, inverse: model.spanFit.inverse }, z);
  }
  for (let j = 0; j < moments.p; j++) scratch[j] = model.design.x[j]![t]! - moments.means[j]!;
  return 1 + 1 / moments.m + quadraticForm(moments, scratch);
}
