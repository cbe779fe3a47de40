import type { QrFit } from './qr-least-squares';
import { sandwich } from './sandwich';

/** The heteroskedasticity-consistent covariance types of {@link heteroskedasticityCovariance}. */
export type HcType = 'hc0' | 'hc1' | 'hc2' | 'hc3';

/**
 * Heteroskedasticity-consistent covariance of OLS coefficients ([methods §9](../../docs/methods.md#9-cross-sectional-regression-of-cars)): HC0
 * `(X'X)⁻¹ X' diag(e_i²) X (X'X)⁻¹` (White 1980, "A heteroskedasticity-consistent covariance
 * matrix estimator and a direct test for heteroskedasticity", Econometrica 48), HC1 = HC0 ·
 * n/(n − k), HC2 with `e_i²/(1 − h_ii)` and HC3 with `e_i²/(1 − h_ii)²` (MacKinnon & White 1985,
 * "Some heteroskedasticity-consistent covariance matrix estimators with improved finite sample
 * properties", Journal of Econometrics 29); as R's `sandwich::vcovHC` and statsmodels.
 *
 * @param columns - The k columns of X (the weighted ones for WLS).
 * @param fit - The least-squares fit on them.
 * @param type - hc0, hc1, hc2 or hc3.
 * @returns The k×k covariance (row-major), or the first observation with leverage 1 (HC2 and
 *   HC3 are undefined there: it alone fixes a coefficient).
 *
 * @example
 * ```ts
 * const { fit } = qrLeastSquares(columns, y) as { fit: QrFit };
 * heteroskedasticityCovariance(columns, fit, 'hc3'); // { covariance: Float64Array(k * k) }
 * ```
 */
export function heteroskedasticityCovariance(
  columns: readonly Float64Array[],
  fit: QrFit,
  type: HcType,
): { covariance: Float64Array } | { leverageOne: number } {
  const { n, k, residuals, leverage } = fit;
  const omega = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e2 = residuals[i]! * residuals[i]!;
    const room = 1 - leverage[i]!;
    if ((type === 'hc2' || type === 'hc3') && !(room > 1e-10)) return { leverageOne: i };
    omega[i] = type === 'hc2' ? e2 / room : type === 'hc3' ? e2 / (room * room) : e2;
  }
  const meat = new Float64Array(k * k);
  const weighted = new Float64Array(n);
  for (let a = 0; a < k; a++) {
    const xa = columns[a]!;
    for (let i = 0; i < n; i++) weighted[i] = omega[i]! * xa[i]!;
    for (let b = a; b < k; b++) {
      const xb = columns[b]!;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += weighted[i]! * xb[i]!;
      meat[a * k + b] = sum;
      meat[b * k + a] = sum;
    }
  }
  return { covariance: sandwich(fit.inverse, meat, k, type === 'hc1' ? n / (n - k) : 1) };
}
