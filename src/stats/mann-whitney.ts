import type { TestValue } from '../types';
import { pValueNormal } from './p-value';
import { pooledRanks } from './pooled-ranks';
import { makeValue } from './test-result';

/**
 * Largest group size for which {@link mannWhitney} uses the exact null distribution.
 *
 * @example
 * ```ts
 * MANN_WHITNEY_EXACT_MAX_N // 25
 * ```
 *
 * @category Tests
 */
export const MANN_WHITNEY_EXACT_MAX_N = 25;

/**
 * Mann–Whitney U test of two groups (Mann & Whitney 1947, "On a test of whether one of two
 * random variables is stochastically larger than the other", Ann. Math. Statist. 18):
 * `U_A = R_A − n_A(n_A + 1)/2`, R_A the rank sum of A in the pooled ranking (ties averaged).
 * Two-sided p: exact, `2 · P(U ≥ max(U_A, U_B))`, when both groups have at most 25 values and
 * there are no ties; otherwise normal, `z = (max(U_A, U_B) − n_A n_B/2) / σ` with the tie
 * correction `σ² = n_A n_B/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1)))` and no continuity
 * correction ([methods §8](../../docs/methods.md#8-subgroups-and-their-comparison); `scipy.stats.mannwhitneyu(use_continuity=False)`).
 *
 * @param a - Group A's values (non-finite entries are left out).
 * @param b - Group B's values.
 * @returns U_A and its two-sided p-value; `NaN` with a note when a group is empty or every
 *   value is tied.
 *
 * @example
 * ```ts
 * mannWhitney([1, 2, 3], [4, 5, 6, 7]) // { statistic: 0, pValue: 0.0571… } (exact: 2/35)
 * ```
 *
 * @category Tests
 */
export function mannWhitney(a: ArrayLike<number>, b: ArrayLike<number>): TestValue {
  const { sums, sizes, total, ties } = pooledRanks([a, b]);
  const [na, nb] = sizes as [number, number];
  if (na === 0 || nb === 0)
    return makeValue(Number.NaN, Number.NaN, 'Mann–Whitney needs events in both groups');
  const ua = sums[0]! - (na * (na + 1)) / 2;
  const larger = Math.max(ua, na * nb - ua);
  if (ties === 0 && na <= MANN_WHITNEY_EXACT_MAX_N && nb <= MANN_WHITNEY_EXACT_MAX_N)
    return makeValue(ua, Math.min(1, 2 * exactUpperTail(larger, na, nb)));
  const variance = ((na * nb) / 12) * (total + 1 - ties / (total * (total - 1)));
  if (!(variance > 0)) return makeValue(Number.NaN, Number.NaN, 'every CAR is tied: no ranking');
  const z = (larger - (na * nb) / 2) / Math.sqrt(variance);
  return makeValue(ua, pValueNormal(z));
}

/**
 * P(U ≥ u) under the null for group sizes m and n: the number of arrangements with each U is
 * the coefficient of q^U in the Gaussian binomial [m + n choose m]_q (Andrews 1976, "The Theory
 * of Partitions", ch. 3), built as Π_{i=1..m} (1 − q^{n+i}) / (1 − q^i). Every coefficient is an
 * integer below C(50, 25) < 2⁵³, so the counts are exact in doubles.
 */
function exactUpperTail(u: number, m: number, n: number): number {
  const size = m * n + 1;
  const counts = new Float64Array(size);
  counts[0] = 1;
  for (let i = 1; i <= m; i++) {
    for (let s = size - 1; s >= n + i; s--) counts[s]! -= counts[s - n - i]!;
    for (let s = i; s < size; s++) counts[s]! += counts[s - i]!;
  }
  let all = 0;
  let tail = 0;
  for (let s = 0; s < size; s++) {
    all += counts[s]!;
    if (s >= u) tail += counts[s]!;
  }
  return tail / all;
}
