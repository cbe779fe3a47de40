import type { TestValue } from '../types';
import { pValueT } from './p-value';
import { makeValue } from './test-result';

/**
 * Welch's two-sample t test of equal means without assuming equal variances (Welch 1947, "The
 * generalization of 'Student's' problem when several different population variances are
 * involved", Biometrika 34): `t = (x̄_A − x̄_B) / √(s_A²/n_A + s_B²/n_B)`, variances with n − 1,
 * Welch–Satterthwaite df `(s_A²/n_A + s_B²/n_B)² / ((s_A²/n_A)²/(n_A − 1) + (s_B²/n_B)²/(n_B − 1))`,
 * two-sided p from Student's t ([methods §8](../../docs/methods.md#8-subgroups-and-their-comparison)). Non-finite entries are left out.
 *
 * @param a - The first group's values.
 * @param b - The second group's values.
 * @returns t, its two-sided p-value and the df; `NaN` with a note when a group has fewer than
 *   two values or both have zero variance.
 *
 * @example
 * ```ts
 * welch([1, 2, 3, 4], [2, 4, 6, 8, 10]).statistic // -2.2514… (p 0.0691…)
 * ```
 *
 * @category Tests
 */
export function welch(a: ArrayLike<number>, b: ArrayLike<number>): TestValue & { df: number } {
  const x = moments(a);
  const y = moments(b);
  if (x.n < 2 || y.n < 2) {
    return {
      ...makeValue(Number.NaN, Number.NaN, 'Welch needs at least two events in each group'),
      df: Number.NaN,
    };
  }
  const va = x.variance / x.n;
  const vb = y.variance / y.n;
  if (!(va + vb > 0)) {
    return {
      ...makeValue(Number.NaN, Number.NaN, 'both groups have CARs without variance'),
      df: Number.NaN,
    };
  }
  const statistic = (x.mean - y.mean) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / ((va * va) / (x.n - 1) + (vb * vb) / (y.n - 1));
  return { ...makeValue(statistic, pValueT(statistic, df)), df };
}

/**
 * n, mean and sample variance (divisor n − 1) of the finite entries, in two passes (the mean
 * first, then the squared deviations) for accuracy.
 *
 * @param values - The values; non-finite ones are left out.
 * @returns n, the mean (`NaN` when n = 0) and the variance (`NaN` when n < 2).
 *
 * @example
 * ```ts
 * moments([1, 2, 3, Number.NaN]) // { n: 3, mean: 2, variance: 1 }
 * ```
 */
export function moments(values: ArrayLike<number>): { n: number; mean: number; variance: number } {
  let n = 0;
  let sum = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (!Number.isFinite(v)) continue;
    n++;
    sum += v;
  }
  const mean = n > 0 ? sum / n : Number.NaN;
  let ss = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (Number.isFinite(v)) ss += (v - mean) ** 2;
  }
  return { n, mean, variance: n > 1 ? ss / (n - 1) : Number.NaN };
}
