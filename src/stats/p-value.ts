import { chiSquareUpperTail } from './chi-square-upper-tail';
import { fUpperTail } from './f-upper-tail';
import { normalTwoSided } from './normal-two-sided';
import { studentTTwoSided } from './student-t-two-sided';

/**
 * Two-sided p-value of a statistic under Student's t distribution with `df` degrees of freedom:
 * `2 · P(T ≤ −|t|)`, computed in the tail (`studentTTwoSided`, an incomplete beta function of our
 * own, exact to about 1e-14 relative) so that tiny p-values keep their precision.
 *
 * @param statistic - The test statistic t.
 * @param df - Degrees of freedom (> 0; need not be an integer).
 * @returns The two-sided p-value in [0, 1], or `NaN` when `statistic` is not finite or `df` is not a
 * positive finite number.
 *
 * @example
 * ```ts
 * pValueT(2.0, 10) // 0.0733…
 * pValueT(NaN, 10) // NaN
 * ```
 *
 * @category Tests
 */
export function pValueT(statistic: number, df: number): number {
  if (!Number.isFinite(statistic) || !Number.isFinite(df) || df <= 0) return Number.NaN;
  return Math.min(1, studentTTwoSided(statistic, df));
}

/**
 * Two-sided p-value of a statistic under the standard normal distribution: `2 · Φ(−|z|)`.
 *
 * @param statistic - The test statistic z.
 * @returns The two-sided p-value in [0, 1], or `NaN` when `statistic` is not finite.
 *
 * @example
 * ```ts
 * pValueNormal(1.959963984540054) // 0.05
 * ```
 *
 * @category Tests
 */
export function pValueNormal(statistic: number): number {
  if (!Number.isFinite(statistic)) return Number.NaN;
  return Math.min(1, normalTwoSided(statistic));
}

/**
 * Upper-tail p-value of an F statistic with `df1` and `df2` degrees of freedom, `P(F ≥ f)`
 * (`fUpperTail`: the regularized incomplete beta, computed in the tail so small p-values
 * keep their precision).
 *
 * @param f - The F statistic (≥ 0).
 * @param df1 - Numerator degrees of freedom (> 0).
 * @param df2 - Denominator degrees of freedom (> 0).
 * @returns The p-value in [0, 1], or `NaN` when an argument is not finite or a df is not positive.
 *
 * @example
 * ```ts
 * pValueF(4.0, 2, 20) // 0.0345…
 * ```
 *
 * @category Tests
 */
export function pValueF(f: number, df1: number, df2: number): number {
  if (!Number.isFinite(f) || !(df1 > 0) || !(df2 > 0) || !Number.isFinite(df1) || !Number.isFinite(df2))
    return Number.NaN;
  if (f <= 0) return 1;
  return Math.min(1, Math.max(0, fUpperTail(f, df1, df2)));
}

/**
 * Upper-tail p-value of a χ² statistic with `df` degrees of freedom, `P(X ≥ x)`
 * (`chiSquareUpperTail`: the regularized upper incomplete gamma).
 *
 * @param x - The statistic (≥ 0).
 * @param df - Degrees of freedom (> 0).
 * @returns The p-value in [0, 1], or `NaN` when an argument is not finite or df is not positive.
 *
 * @example
 * ```ts
 * pValueChiSquare(3.841458820694124, 1) // 0.05
 * ```
 *
 * @category Tests
 */
export function pValueChiSquare(x: number, df: number): number {
  if (!Number.isFinite(x) || !(df > 0) || !Number.isFinite(df)) return Number.NaN;
  if (x <= 0) return 1;
  return Math.min(1, chiSquareUpperTail(x, df));
}
