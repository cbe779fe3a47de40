import type { TestValue } from '../types';
import { pValueChiSquare } from './p-value';
import { pooledRanks } from './pooled-ranks';
import { makeValue } from './test-result';

/**
 * Kruskal–Wallis rank test of k groups (Kruskal & Wallis 1952, "Use of ranks in one-criterion
 * variance analysis", JASA 47): `H = [12/(N(N + 1)) Σ_g R_g²/n_g − 3(N + 1)] / (1 − Σ(t³ − t)/(N³ − N))`,
 * R_g the rank sums in the pooled ranking (ties averaged), χ²(k − 1) upper-tail p ([methods
 * §8](../../docs/methods.md#8-subgroups-and-their-comparison); as `scipy.stats.kruskal`). Non-finite entries are left out.
 *
 * @param groups - One array of values per group (at least two).
 * @returns H and its p-value (df k − 1); `NaN` with a note when a group is empty or every
 *   value is tied.
 *
 * @example
 * ```ts
 * kruskalWallis([[1, 2, 3], [4, 5, 6], [7, 8, 9]]).statistic // 7.2
 * ```
 *
 * @category Tests
 */
export function kruskalWallis(groups: readonly ArrayLike<number>[]): TestValue & { df: number } {
  const { sums, sizes, total, ties } = pooledRanks(groups);
  const df = groups.length - 1;
  const fail = (note: string) => ({ ...makeValue(Number.NaN, Number.NaN, note), df });
  if (groups.length < 2) return fail('Kruskal–Wallis needs at least two groups');
  if (sizes.some((size) => size === 0)) return fail('a group has no event');
  const correction = 1 - ties / (total ** 3 - total);
  if (!(correction > 0)) return fail('every CAR is tied: no ranking');
  let s = 0;
  sums.forEach((sum, g) => {
    s += (sum * sum) / sizes[g]!;
  });
  const statistic = ((12 / (total * (total + 1))) * s - 3 * (total + 1)) / correction;
  return { ...makeValue(statistic, pValueChiSquare(statistic, df)), df };
}
