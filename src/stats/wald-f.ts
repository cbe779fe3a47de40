import { pValueF } from './p-value';

/**
 * Wald test that every slope is zero, as an F statistic (Wald 1943; Greene, "Econometric
 * Analysis", 8th ed., §5.4): `F = b' V⁻¹ b / q` for the q = k − 1 slopes b (every coefficient
 * after the intercept) and their covariance V under the chosen standard errors, F(q, df)
 * ([methods §9](../../docs/methods.md#9-cross-sectional-regression-of-cars); Stata's `test`, statsmodels' `f_test`).
 *
 * @param beta - The k coefficients, intercept first.
 * @param covariance - Their k×k covariance, row-major.
 * @param df - Denominator degrees of freedom (n − k, or G − 1 when clustered).
 * @returns F and its p-value, `NaN` with a note when the slopes' covariance is not positive
 *   definite (e.g. fewer clusters than slopes, or a two-way covariance that is not PSD).
 *
 * @example
 * ```ts
 * waldF(Float64Array.of(1, 2), Float64Array.of(1, 0, 0, 4), 10) // { f: 1, pValue: 0.34… }
 * ```
 */
export function waldF(
  beta: Float64Array,
  covariance: Float64Array,
  df: number,
): { f: number; pValue: number; note?: string } {
  const k = beta.length;
  const q = k - 1;
  if (q < 1) return { f: Number.NaN, pValue: Number.NaN, note: 'no slope to test' };
  // Cholesky of the slopes' block, V_s = L L'; then b'V_s⁻¹b = |L⁻¹ b|².
  const lower = new Float64Array(q * q);
  for (let j = 0; j < q; j++) {
    let diagonal = covariance[(j + 1) * k + j + 1]!;
    for (let l = 0; l < j; l++) diagonal -= lower[j * q + l]! ** 2;
    if (!(diagonal > 1e-12 * Math.abs(covariance[(j + 1) * k + j + 1]!))) {
      return {
        f: Number.NaN,
        pValue: Number.NaN,
        note: 'the covariance of the slopes is not positive definite (with G clusters it has rank at most G − 1): no Wald F',
      };
    }
    const root = Math.sqrt(diagonal);
    lower[j * q + j] = root;
    for (let i = j + 1; i < q; i++) {
      let value = covariance[(i + 1) * k + j + 1]!;
      for (let l = 0; l < j; l++) value -= lower[i * q + l]! * lower[j * q + l]!;
      lower[i * q + j] = value / root;
    }
  }
  let quadratic = 0;
  const z = new Float64Array(q);
  for (let i = 0; i < q; i++) {
    let value = beta[i + 1]!;
    for (let l = 0; l < i; l++) value -= lower[i * q + l]! * z[l]!;
    z[i] = value / lower[i * q + i]!;
    quadratic += z[i]! * z[i]!;
  }
  const f = quadratic / q;
  return { f, pValue: pValueF(f, q, df) };
}
