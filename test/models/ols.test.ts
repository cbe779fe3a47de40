import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ols, quadraticForm } from '../../src/models/ols';

describe('ols', () => {
  it('fits a hand-worked line (x̄ = 1.5, S_xx = 5, S_xy = 4.5)', () => {
    const fit = ols(new Float64Array([1, 2, 2, 4]), [new Float64Array([0, 1, 2, 3])], [0, 1, 2, 3])!;
    expect(fit.slopes[0]).toBeCloseTo(0.9, 14);
    expect(fit.intercept).toBeCloseTo(0.9, 14);
    expect(fit.ssr).toBeCloseTo(0.7, 14);
    expect(fit.sst).toBeCloseTo(4.75, 14);
    expect(fit.means[0]).toBe(1.5);
    expect(quadraticForm(fit, [1])).toBeCloseTo(1 / 5, 14);
  });

  it('uses only the rows it is given, in place (no copies of the series)', () => {
    const y = new Float64Array([Number.NaN, 1, 99, 2, 2, 4]);
    const x = new Float64Array([Number.NaN, 0, 99, 1, 2, 3]);
    const fit = ols(y, [x], [1, 3, 4, 5])!;
    expect(fit.slopes[0]).toBeCloseTo(0.9, 14);
    expect(fit.m).toBe(4);
  });

  it('recovers exact coefficients of a two-factor relation', () => {
    const x1 = new Float64Array([1, 2, 3, 4, 5, 6]);
    const x2 = new Float64Array([1, 0, 1, 0, 0, 1]);
    const y = x1.map((value, t) => 1 + 2 * value - 3 * x2[t]!);
    const fit = ols(y, [x1, x2], [0, 1, 2, 3, 4, 5])!;
    expect(fit.intercept).toBeCloseTo(1, 12);
    expect(fit.slopes[0]).toBeCloseTo(2, 12);
    expect(fit.slopes[1]).toBeCloseTo(-3, 12);
    expect(fit.ssr).toBeLessThan(1e-24);
  });

  it('refuses a constant or collinear regressor', () => {
    const rows = [0, 1, 2, 3];
    expect(ols(new Float64Array([1, 2, 3, 5]), [new Float64Array([2, 2, 2, 2])], rows)).toBeUndefined();
    const x = new Float64Array([1, 2, 3, 4]);
    expect(ols(new Float64Array([1, 2, 3, 5]), [x, x.map((v) => 2 * v + 1)], rows)).toBeUndefined();
  });

  it('agrees with the normal equations solved by Cramer’s rule (property, synthetic data)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), {
          minLength: 5,
          maxLength: 40,
        }),
        (pairs) => {
          // returns in basis points of a percent, like daily stock returns
          const x = Float64Array.from(pairs, (p) => p[0] / 10000);
          const y = Float64Array.from(pairs, (p) => p[1] / 10000);
          const n = pairs.length;
          let sx = 0;
          let sy = 0;
          let sxx = 0;
          let sxy = 0;
          for (let i = 0; i < n; i++) {
            sx += x[i]!;
            sy += y[i]!;
            sxx += x[i]! * x[i]!;
            sxy += x[i]! * y[i]!;
          }
          const det = n * sxx - sx * sx;
          fc.pre(det > 1e-6 * n * sxx);
          const beta = (n * sxy - sx * sy) / det;
          const alpha = (sxx * sy - sx * sxy) / det;
          const fit = ols(
            y,
            [x],
            Array.from({ length: n }, (_, i) => i),
          )!;
          expect(fit.slopes[0]).toBeCloseTo(beta, 8);
          expect(fit.intercept).toBeCloseTo(alpha, 8);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
