import { erfc } from './erfc';

/**
 * Two-sided tail probability of the standard normal distribution, P(|Z| ≥ |z|) = erfc(|z|/√2),
 * to about 1e-15 relative down to the smallest doubles (tested against scipy in
 * test/reference).
 *
 * @param z - the statistic (finite)
 * @returns P(|Z| ≥ |z|) in [0, 1]
 *
 * @example
 * ```ts
 * normalTwoSided(1.959963984540054); // 0.05
 * ```
 */
export function normalTwoSided(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}
