import type { Conventions } from '../types';
import { averageRanks } from './average-ranks';
import { defaultConventions } from './conventions';
import { pValueNormal } from './p-value';
import type { EventPanel } from './panel';
import { runNamedTest } from './run-named-test';
import type { CrossEventTestResult } from './test-result';

/**
 * Largest n for which the exact null distribution of W⁺ is used.
 *
 * @example
 * ```ts
 * WILCOXON_EXACT_MAX_N // 25
 * ```
 */
export const WILCOXON_EXACT_MAX_N = 25;

const exactCounts: Float64Array[] = [];

/** Number of subsets of {1, …, n} with each sum 0 … n(n+1)/2 (the null distribution of W⁺ · 2ⁿ). */
function signedRankCounts(n: number): Float64Array {
  const cached = exactCounts[n];
  if (cached !== undefined) return cached;
  const max = (n * (n + 1)) / 2;
  const counts = new Float64Array(max + 1);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) {
    for (let s = (k * (k + 1)) / 2; s >= k; s--) counts[s]! += counts[s - k]!;
  }
  exactCounts[n] = counts;
  return counts;
}

/**
 * Wilcoxon signed-rank test of a sample against zero: W⁺ = Σ ranks of |x| over x > 0, zeros dropped
 * and tied |x| given average ranks. Exact two-sided p = min(1, 2·min(P(W ≤ w), P(W ≥ w))) for n ≤ 25
 * without ties, else the normal approximation with tie correction and no continuity correction.
 *
 * @param x - The sample; only the first `count` entries are read, non-finite ones are skipped.
 * @param count - How many entries to read.
 * @returns W⁺, the two-sided p-value, n (non-zero values) and whether the exact distribution was
 * used; `NaN`s and a note when n = 0.
 *
 * @example
 * ```ts
 * signedRank(Float64Array.of(1.5, -0.5, 2, 3), 4) // { statistic: 9, pValue: 0.25, n: 4, exact: true }
 * ```
 */
export function signedRank(
  x: Float64Array,
  count: number,
): { statistic: number; pValue: number; n: number; exact: boolean; note?: string } {
  const abs = new Float64Array(count);
  const positive = new Uint8Array(count);
  let n = 0;
  for (let k = 0; k < count; k++) {
    const v = x[k]!;
    if (!Number.isFinite(v) || v === 0) continue;
    abs[n] = Math.abs(v);
    positive[n] = v > 0 ? 1 : 0;
    n++;
  }
  if (n === 0)
    return { statistic: Number.NaN, pValue: Number.NaN, n, exact: false, note: 'no non-zero value' };
  const ranks = new Float64Array(n);
  const ties = averageRanks(abs, n, ranks);
  let w = 0;
  for (let k = 0; k < n; k++) if (positive[k] === 1) w += ranks[k]!;
  if (n <= WILCOXON_EXACT_MAX_N && ties === 0) {
    const counts = signedRankCounts(n);
    const total = 2 ** n;
    let below = 0;
    for (let s = 0; s <= w; s++) below += counts[s]!;
    let above = 0;
    for (let s = w; s < counts.length; s++) above += counts[s]!;
    return { statistic: w, pValue: Math.min(1, (2 * Math.min(below, above)) / total), n, exact: true };
  }
  const mu = (n * (n + 1)) / 4;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - ties / 48;
  if (!(variance > 0)) {
    return { statistic: w, pValue: Number.NaN, n, exact: false, note: 'zero variance of W⁺' };
  }
  return { statistic: w, pValue: pValueNormal((w - mu) / Math.sqrt(variance)), n, exact: false };
}

/**
 * Wilcoxon (1945) signed-rank test on each day's cross-section of ARs: the statistic is
 * W⁺ = Σ ranks of |AR| over AR > 0 (zeros dropped, ties averaged), as estudy2 `wilcoxon_test`
 * reports it; the p-value is exact for n ≤ 25 without ties, else normal with tie correction and no
 * continuity correction. On a CAR window the same on CAR_i (whatever `carTest`, since W⁺ is not a
 * standardized statistic).
 *
 * Wilcoxon, F. (1945). Individual comparisons by ranking methods. Biometrics Bulletin 1(6), 80–83.
 * https://doi.org/10.2307/3001968
 *
 * @param panel - The cross-section of abnormal returns.
 * @param conventions - Unused by the statistic (the test has no convention choices).
 * @returns Daily W⁺ and p-values and one value per CAR window; `NaN` with a note where no AR is
 * non-zero.
 *
 * @example
 * ```ts
 * wilcoxon(panel).daily.statistic // W⁺ per day
 * ```
 */
export function wilcoxon(
  panel: EventPanel,
  conventions: Conventions = defaultConventions,
): CrossEventTestResult {
  const t = panel.days.length;
  const n = panel.events;
  const x = new Float64Array(n);
  return runNamedTest(panel, conventions, {
    day: (j) => {
      for (let i = 0; i < n; i++) x[i] = panel.ar[i * t + j]!;
      return signedRank(x, n);
    },
    car: (w) => signedRank(panel.car.subarray(w * n, (w + 1) * n), n),
    // W⁺ is not a standardized statistic: no sum of daily values.
    sumDaily: false,
  });
}
