import { describe, expect, test } from 'vitest';
import { mannWhitney } from '../../src/stats/mann-whitney';

describe('mannWhitney', () => {
  test('exact: complete separation of 3 and 4 values, p = 2 / C(7, 3)', () => {
    const value = mannWhitney([1, 2, 3], [4, 5, 6, 7]);
    expect(value.statistic).toBe(0);
    expect(value.pValue).toBeCloseTo(2 / 35, 15);
  });
  test('exact: U_A = 1 with sizes 2 and 2; P(U ≥ 3) = 2/6, so p = 2/3', () => {
    // Arrangements of U for m = n = 2: U = 0,1,2,2,3,4 → P(U ≥ 3) = 2/6.
    const value = mannWhitney([1, 3], [2, 4]);
    expect(value.statistic).toBe(1);
    expect(value.pValue).toBeCloseTo(2 / 3, 15);
  });
  test('ties: the normal approximation with tie correction, no continuity correction', () => {
    // Pooled [1, 2, 2, 3 | 2, 3, 4]: ranks 1, 3, 3, 5.5 | 3, 5.5, 7; R_A = 12.5, U_A = 2.5.
    const value = mannWhitney([1, 2, 2, 3], [2, 3, 4]);
    expect(value.statistic).toBe(2.5);
    // Ties: three 2s and two 3s, Σ(t³ − t) = 24 + 6; σ² = (4·3/12)(8 − 30/42); z = (9.5 − 6)/σ.
    const sigma = Math.sqrt(8 - 30 / 42);
    expect(sigma).toBeCloseTo(2.699206236, 8);
    // 2·Φ(−1.29668…) as scipy.stats.mannwhitneyu(use_continuity=False, method='asymptotic') gives it.
    expect(value.pValue).toBeCloseTo(0.19474217283959172, 12);
  });
  test('an empty group: NaN with a note', () => {
    expect(mannWhitney([], [1, 2]).note).toMatch(/both groups/);
  });
});
