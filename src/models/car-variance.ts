import type { FittedLinearModel } from './linear-model';
import { quadraticForm } from './ols';
import type { RegressorMoments } from './prediction-error';
import { spanRow } from './trade-to-trade-fit';

/**
 * Variance factor of a CAR over calendar days first..last (L days), in the full form of
 * Campbell, Lo & MacKinlay (1997, The Econometrics of Financial Markets, §4.4.3, eq. 4.4.14),
 * not a sum of daily variances: `Var(CAR) = s² (L + ι'X_w(X'X)⁻¹X_w'ι)`, which for a model with
 * an intercept is `s² (L + L²/M + v'S⁻¹v)`, `v = Σ_w (x_t − x̄)`. Market model:
 * `L + L²/M + (Σ(R_mt − R̄_m))²/S_mm`; mean-adjusted `L + L²/M`; market-adjusted `L`.
 *
 * @param model - a fitted model
 * @param first - calendar index of the window's first day
 * @param last - calendar index of the window's last day (inclusive)
 * @param moments - regressor moments (default: the model's estimation window)
 * @returns the factor multiplying s²
 *
 * @example
 * ```ts
 * carVarianceFactor(fit, day0 - 1, day0 + 1); // 3 + 9/M + (Σ(R_mt − R̄_m))² / S_mm
 * ```
 */
export function carVarianceFactor(
  model: FittedLinearModel,
  first: number,
  last: number,
  moments: RegressorMoments = model.ols,
): number {
  const span = model.design.span;
  if (span) return spanCarFactor(model, span, first, last);
  const length = last - first + 1;
  if (!model.design.intercept) return length;
  const sums = new Float64Array(moments.p);
  for (let t = first; t <= last; t++) {
    for (let j = 0; j < moments.p; j++) sums[j]! += model.design.x[j]![t]! - moments.means[j]!;
  }
  return length + (length * length) / moments.m + quadraticForm(moments, sums);
}

/**
 * Trade-to-trade CAR variance factor over the traded days of the window (Maynes & Rumsey
 * 1993): `Σ n_t + v'(Z*'Z*)⁻¹v`, `v = Σ z_t`; market-adjusted `Σ n_t`.
 */
function spanCarFactor(model: FittedLinearModel, span: Float64Array, first: number, last: number): number {
  let days = 0;
  const k = model.spanFit ? model.spanFit.coefficients.length : 0;
  const sums = new Float64Array(k);
  const z = new Float64Array(k);
  for (let t = first; t <= last; t++) {
    if (span[t] === 0 || Number.isNaN(model.design.y[t]!)) continue;
    days += span[t]!;
    if (!model.spanFit) continue;
    spanRow(z, model.design.x, span, t);
    for (let i = 0; i < k; i++) sums[i]! += z[i]!;
  }
  return model.spanFit ? days + quadraticForm({ p: k, inverse: model.spanFit.inverse }, sums) : days;
}
