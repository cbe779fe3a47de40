import { describe, expect, test } from 'vitest';
import { qrLeastSquares } from '../../src/stats/qr-least-squares';

const one = (n: number) => new Float64Array(n).fill(1);

describe('qrLeastSquares', () => {
  test('an exact line: β = (1, 2), zero residuals, leverages of a straight-line fit', () => {
    const x = Float64Array.of(0, 1, 2, 3);
    const out = qrLeastSquares([one(4), x], Float64Array.of(1, 3, 5, 7));
    if (!('fit' in out)) throw new Error('collinear');
    expect(out.fit.beta[0]).toBeCloseTo(1, 14);
    expect(out.fit.beta[1]).toBeCloseTo(2, 14);
    for (const e of out.fit.residuals) expect(Math.abs(e)).toBeLessThan(1e-14);
    // h_ii = 1/n + (x_i − x̄)²/S_xx with x̄ = 1.5, S_xx = 5
    [0, 1, 2, 3].forEach((v, i) => {
      expect(out.fit.leverage[i]).toBeCloseTo(0.25 + (v - 1.5) ** 2 / 5, 14);
    });
    // (X'X)⁻¹ of [[4, 6], [6, 14]] is [[14, −6], [−6, 4]] / 20
    expect([...out.fit.inverse].map((v) => +v.toFixed(12))).toEqual([0.7, -0.3, -0.3, 0.2]);
  });
  test('a column that repeats another (up to a factor) is reported by index', () => {
    const x = Float64Array.of(0, 1, 2, 3);
    expect(qrLeastSquares([one(4), x, x.map((v) => 3 * v)], Float64Array.of(1, 2, 2, 4))).toEqual({
      collinear: 2,
    });
    expect(qrLeastSquares([one(4), one(4).map((v) => 5 * v)], Float64Array.of(1, 2, 2, 4))).toEqual({
      collinear: 1,
    });
  });
});
