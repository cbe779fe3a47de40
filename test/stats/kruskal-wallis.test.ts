import { describe, expect, test } from 'vitest';
import { kruskalWallis } from '../../src/stats/kruskal-wallis';

describe('kruskalWallis', () => {
  test('hand-worked: rank sums 6, 15, 24 of N = 9, H = 12/90 · 279 − 30 = 7.2', () => {
    const value = kruskalWallis([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect(value.statistic).toBeCloseTo(7.2, 12);
    // χ²(2) upper tail is exp(−x/2).
    expect(value.pValue).toBeCloseTo(Math.exp(-3.6), 14);
  });
  test('ties: divided by 1 − Σ(t³ − t)/(N³ − N)', () => {
    // [1, 2 | 2, 3]: ranks 1, 2.5 | 2.5, 4; H = 12/20 · (3.5²/2 + 6.5²/2) − 15 = 1.35, / (1 − 6/60).
    const value = kruskalWallis([
      [1, 2],
      [2, 3],
    ]);
    expect(value.statistic).toBeCloseTo(1.35 / 0.9, 12);
  });
  test('every value tied: NaN with a note', () => {
    expect(kruskalWallis([[1, 1], [1]]).note).toMatch(/tied/);
  });
});
