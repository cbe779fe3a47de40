import { describe, expect, test } from 'vitest';
import { welch } from '../../src/stats/welch';

describe('welch', () => {
  test('hand-worked: means 2.5 and 6, variances 5/3 and 10', () => {
    // s²/n: (5/3)/4 = 5/12 and 10/5 = 2; t = −3.5 / √(29/12); df = (29/12)² / ((5/12)²/3 + 2²/4).
    const value = welch([1, 2, 3, 4], [2, 4, 6, 8, 10]);
    expect(value.statistic).toBeCloseTo(-3.5 / Math.sqrt(29 / 12), 12);
    expect(value.df).toBeCloseTo((29 / 12) ** 2 / ((5 / 12) ** 2 / 3 + 1), 12);
    expect(value.pValue).toBeCloseTo(0.06913359319239236, 12); // scipy.stats.ttest_ind(equal_var=False)
  });
  test('non-finite values are left out', () => {
    expect(welch([1, 2, Number.NaN, 3, 4], [2, 4, 6, 8, 10]).statistic).toBeCloseTo(-2.2514363231593695, 12);
  });
  test('a group of one event: NaN with a note', () => {
    const value = welch([1], [2, 3]);
    expect(value.statistic).toBeNaN();
    expect(value.note).toMatch(/at least two events in each group/);
  });
  test('no variance at all: NaN with a note', () => {
    expect(welch([1, 1], [1, 1]).note).toMatch(/without variance/);
  });
});
