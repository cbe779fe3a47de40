import { describe, expect, test } from 'vitest';
import { heteroskedasticityCovariance } from '../../src/stats/heteroskedasticity-covariance';
import { qrLeastSquares } from '../../src/stats/qr-least-squares';

// Intercept only, y = 1, 2, 3, 6: β = mean 3, e = −2, −1, 0, 3, Σe² = 14, h_ii = 1/4.
const columns = [new Float64Array(4).fill(1)];
const solved = qrLeastSquares(columns, Float64Array.of(1, 2, 3, 6));
const fit = 'fit' in solved ? solved.fit : undefined!;
const variance = (type: 'hc0' | 'hc1' | 'hc2' | 'hc3') => {
  const out = heteroskedasticityCovariance(columns, fit, type);
  if (!('covariance' in out)) throw new Error('leverage one');
  return out.covariance[0]!;
};

describe('heteroskedasticityCovariance', () => {
  test('HC0 = Σe²/n², HC1 = HC0·n/(n − k), HC2 and HC3 divide e² by (1 − h) and (1 − h)²', () => {
    expect(variance('hc0')).toBeCloseTo(14 / 16, 14);
    expect(variance('hc1')).toBeCloseTo((14 / 16) * (4 / 3), 14);
    expect(variance('hc2')).toBeCloseTo(14 / 0.75 / 16, 14);
    expect(variance('hc3')).toBeCloseTo(14 / 0.75 ** 2 / 16, 14);
  });
  test('HC2/HC3 report an observation with leverage 1', () => {
    // A dummy for the single last observation gives it leverage 1.
    const cols = [new Float64Array(3).fill(1), Float64Array.of(0, 0, 1)];
    const s = qrLeastSquares(cols, Float64Array.of(1, 2, 5));
    if (!('fit' in s)) throw new Error('collinear');
    expect(heteroskedasticityCovariance(cols, s.fit, 'hc3')).toEqual({ leverageOne: 2 });
  });
});
