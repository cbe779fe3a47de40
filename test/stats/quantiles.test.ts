import { describe, expect, test } from 'vitest';
import { normalQuantile } from '../../src/stats/normal-quantile';
import { quantileSorted } from '../../src/stats/quantile-sorted';

describe('quantileSorted (Hyndman & Fan definition 7)', () => {
  // Hand-worked: h = (n − 1)p; numpy.percentile and R's quantile(type = 7) give the same.
  test.each([
    [[1, 2, 3, 4], 0.5, 2.5], // h = 1.5
    [[1, 2, 3, 4], 0.25, 1.75], // h = 0.75
    [[1, 2, 3, 4], 0.05, 1.15], // h = 0.15
    [[1, 2, 3, 4, 10], 0.95, 8.8], // h = 3.8: 4 + 0.8 × 6
    [[-3, 7], 0, -3],
    [[-3, 7], 1, 7],
    [[5], 0.3, 5],
  ])('%j at %d is %d', (values, p, expected) => {
    expect(quantileSorted(values, p)).toBeCloseTo(expected, 12);
  });

  test('no values: NaN', () => {
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});

describe('normalQuantile', () => {
  // Published values of the standard normal quantile (e.g. scipy.stats.norm.ppf).
  test.each([
    [0.975, 1.959963984540054],
    [0.95, 1.6448536269514722],
    [0.995, 2.5758293035489004],
    [0.5, 0],
    [0.025, -1.959963984540054],
    [1e-10, -6.361340902404056],
  ])('Φ⁻¹(%d) = %d', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 12);
  });

  test('outside (0, 1): NaN', () => {
    for (const p of [0, 1, -0.1, Number.NaN]) expect(normalQuantile(p)).toBeNaN();
  });
});
