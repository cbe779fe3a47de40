import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFactors } from '../../src/io/parse-factors';
import { cholesky, choleskyInverse, choleskySolve } from '../../src/models/cholesky';
import { ols, quadraticForm } from '../../src/models/ols';
import { alignedReturns } from '../../src/returns/align-returns';
import { DATA, xiaomiPrices } from '../helpers/xiaomi';

/**
 * The textbook row-by-row loops of the general `ols`, for any p: the one-regressor path (the
 * market model's, written for speed in issue 5) must agree with them bit for bit.
 */
function rowByRowOls(y: Float64Array, columns: Float64Array[], rows: number[]) {
  const m = rows.length;
  const p = columns.length;
  const means = new Float64Array(p);
  let yMean = 0;
  for (const t of rows) {
    yMean += y[t]!;
    for (let j = 0; j < p; j++) means[j]! += columns[j]![t]!;
  }
  yMean /= m;
  for (let j = 0; j < p; j++) means[j]! /= m;
  const cross = new Float64Array(p * p);
  const crossY = new Float64Array(p);
  let sst = 0;
  for (const t of rows) {
    const dy = y[t]! - yMean;
    sst += dy * dy;
    const centred = columns.map((column, j) => column[t]! - means[j]!);
    for (let j = 0; j < p; j++) {
      crossY[j]! += centred[j]! * dy;
      for (let l = 0; l <= j; l++) cross[j * p + l]! += centred[j]! * centred[l]!;
    }
  }
  const factor = cholesky(cross, p)!;
  const slopes = choleskySolve(factor, p, crossY);
  let intercept = yMean;
  for (let j = 0; j < p; j++) intercept -= slopes[j]! * means[j]!;
  let ssr = 0;
  for (const t of rows) {
    let e = y[t]! - intercept;
    for (let j = 0; j < p; j++) e -= slopes[j]! * columns[j]![t]!;
    ssr += e * e;
  }
  return { m, p, intercept, slopes, means, yMean, inverse: choleskyInverse(factor, p), ssr, sst };
}

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

  it('gives bit for bit the numbers of the row-by-row loops, one regressor or three (real data: Xiaomi on the HSI, the Fama–French factors)', () => {
    const [hsi, xiaomi] = ['^HSI', '1810.HK'].map(
      (ticker) => xiaomiPrices().find((s) => s.ticker === ticker)!,
    );
    const calendar = hsi!.dates;
    const x = alignedReturns(hsi!, calendar);
    const y = alignedReturns(xiaomi!, calendar);
    const usable = (t: number) => !Number.isNaN(x[t]!) && !Number.isNaN(y[t]!);
    const days = Array.from({ length: calendar.length }, (_, t) => t).filter(usable);
    expect(days.length).toBeGreaterThan(1000);
    // every 250-day window starting on a multiple of 20 days, and the whole series
    for (let start = 0; start + 250 <= days.length; start += 20) {
      const window = days.slice(start, start + 250);
      expect(ols(y, [x], window)).toEqual(rowByRowOls(y, [x], window));
    }
    expect(ols(y, [x], days)).toEqual(rowByRowOls(y, [x], days));

    const file = 'F-F_Research_Data_Factors_daily.CSV';
    const { factors } = parseFactors(readFileSync(join(DATA, 'factors', file), 'utf8'), { file });
    const [market, smb, hml, rf] = ['Mkt-RF', 'SMB', 'HML', 'RF'].map((name) => factors[name]!);
    // every third day of a year's worth, as an estimation window with holes would be
    const factorRows = Array.from({ length: 250 }, (_, k) => 20_000 + 3 * k);
    expect(ols(market!, [smb!, hml!, rf!], factorRows)).toEqual(
      rowByRowOls(market!, [smb!, hml!, rf!], factorRows),
    );
  });
});
