import type { TestValue } from '../types';
import { pValueF } from './p-value';
import { makeValue } from './test-result';
import { moments } from './welch';

/**
 * One-way analysis of variance of k groups (Fisher 1925, "Statistical Methods for Research
 * Workers", ch. VII): `F = (SS_between/(k − 1)) / (SS_within/(N − k))` with
 * `SS_between = Σ_g n_g (x̄_g − x̄)²` and `SS_within = Σ_g Σ_i (x_gi − x̄_g)²`, F(k − 1, N − k),
 * upper-tail p ([methods §8](../../docs/methods.md#8-subgroups-and-their-comparison); as `scipy.stats.f_oneway`). Non-finite entries are left out.
 *
 * @param groups - One array of values per group (at least two groups).
 * @returns F, its p-value and the two df; `NaN` with a note when a group is empty, N ≤ k, or
 *   there is no variance within the groups.
 *
 * @example
 * ```ts
 * anova([[1, 2, 3], [2, 3, 4], [5, 6, 7]]).statistic // 13
 * ```
 *
 * @category Tests
 */
export function anova(groups: readonly ArrayLike<number>[]): TestValue & { df: [number, number] } {
  const parts = groups.map(moments);
  const k = parts.length;
  const total = parts.reduce((sum, part) => sum + part.n, 0);
  const fail = (note: string) => ({
    ...makeValue(Number.NaN, Number.NaN, note),
    df: [k - 1, total - k] as [number, number],
  });
  if (k < 2) return fail('ANOVA needs at least two groups');
  if (parts.some((part) => part.n === 0)) return fail('a group has no event');
  if (total <= k) return fail('ANOVA needs more events than groups');
  const grand = parts.reduce((sum, part) => sum + part.n * part.mean, 0) / total;
  let between = 0;
  let within = 0;
  for (const part of parts) {
    between += part.n * (part.mean - grand) ** 2;
    if (part.n > 1) within += part.variance * (part.n - 1);
  }
  if (!(within > 0)) return fail('no variance within the groups');
  const statistic = between / (k - 1) / (within / (total - k));
  return { ...makeValue(statistic, pValueF(statistic, k - 1, total - k)), df: [k - 1, total - k] };
}
