import { describe, expect, test } from 'vitest';
import { linearRegression } from '../../src/stats/linear-regression';
import { pValueT } from '../../src/stats/p-value';

// y = 1, 3, 4, 7 on x = 0, 1, 2, 3, by hand: S_xy = 9.5, S_xx = 5, slope 1.9, intercept 0.9;
// fitted 0.9, 2.8, 4.7, 6.6 → e = 0.1, 0.2, −0.7, 0.4; SSR = 0.7; s² = 0.35.
const one = new Float64Array(4).fill(1);
const design = {
  y: Float64Array.of(1, 3, 4, 7),
  columns: [one, Float64Array.of(0, 1, 2, 3)],
  names: ['(intercept)', 'x'],
};

describe('linearRegression', () => {
  test('classical: s²/S_xx for the slope, R² and the R²-based F', () => {
    const out = linearRegression(design, 'classical');
    if (!('fit' in out)) throw new Error('collinear');
    const slope = out.fit.coefficients[1]!;
    expect(slope.estimate).toBeCloseTo(1.9, 13);
    expect(slope.se).toBeCloseTo(Math.sqrt(0.35 / 5), 13);
    expect(slope.pValue).toBeCloseTo(pValueT(1.9 / Math.sqrt(0.07), 2), 13);
    // TSS = Σ(y − 3.75)² = 18.75; R² = 1 − 0.7/18.75
    expect(out.fit.r2).toBeCloseTo(1 - 0.7 / 18.75, 13);
    expect(out.fit.f).toBeCloseTo(slope.t ** 2, 10);
    expect(out.fit.df).toBe(2);
  });
  test('weights: WLS equals OLS on √w-scaled rows, with the weighted R²', () => {
    const weighted = linearRegression({ ...design, weights: Float64Array.of(1, 1, 1, 1) }, 'hc1');
    const plain = linearRegression(design, 'hc1');
    expect(weighted).toEqual(plain);
  });
  test('a collinear column is reported by index', () => {
    expect(linearRegression({ ...design, columns: [one, one] }, 'hc0')).toEqual({ collinear: 1 });
  });
});
