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
 */
export function pValueNormal(statistic: number): number {
  if (!Number.isFinite(statistic)) return Number.NaN;
  return Math.min(1, normalTwoSided(statistic));
}
