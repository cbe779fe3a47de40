import { describe, expect, it } from 'vitest';
import {
  abnormalReturn,
  abnormalReturns,
  expectedReturn,
  type FittedLinearModel,
  fitLinearModel,
  type LinearDesign,
} from '../../src/models/linear-model';

const y = new Float64Array([1, 2, 2, 4, 5]);
const x = new Float64Array([0, 1, 2, 3, 4]);
const rows = [0, 1, 2, 3];

describe('fitLinearModel', () => {
  it('market model: s² = SSR / (M − 2), AR = y − α̂ − β̂x', () => {
    const fit = fitLinearModel(
      { name: 'market', y, x: [x], names: ['market'], intercept: true },
      rows,
    ) as FittedLinearModel;
    expect(fit.df).toBe(2);
    expect(fit.variance).toBeCloseTo(0.35, 14);
    expect(fit.summary.alpha).toBeCloseTo(0.9, 14);
    expect(fit.summary.beta).toBeCloseTo(0.9, 14);
    expect(fit.summary.coefficients).toEqual({ alpha: fit.summary.alpha, market: fit.summary.beta });
    expect(fit.summary.r2).toBeCloseTo(1 - 0.7 / 4.75, 14);
    expect(abnormalReturn(fit, 4)).toBeCloseTo(5 - 0.9 - 0.9 * 4, 14);
    expect(expectedReturn(fit, 4)).toBeCloseTo(0.9 + 0.9 * 4, 14);
  });

  it('the estudy2 convention divides by M − 1', () => {
    const fit = fitLinearModel(
      { name: 'market', y, x: [x], names: ['market'], intercept: true },
      rows,
      'm-1',
    ) as FittedLinearModel;
    expect(fit.df).toBe(3);
    expect(fit.variance).toBeCloseTo(0.7 / 3, 14);
  });

  it('mean-adjusted: AR = y − ȳ, s² the sample variance', () => {
    const fit = fitLinearModel(
      { name: 'mean-adjusted', y, x: [], names: [], intercept: true },
      rows,
    ) as FittedLinearModel;
    expect(fit.df).toBe(3);
    expect(fit.variance).toBeCloseTo(4.75 / 3, 14);
    expect(abnormalReturn(fit, 4)).toBeCloseTo(5 - 2.25, 14);
  });

  it('market-adjusted: AR = y itself, s² about the AR mean, raw expectation = the market', () => {
    const market = new Float64Array([0.5, 0.5, 0.5, 0.5, 0.5]);
    const design: LinearDesign = {
      name: 'market-adjusted',
      y,
      x: [],
      names: [],
      intercept: false,
      offset: market,
    };
    const fit = fitLinearModel(design, rows) as FittedLinearModel;
    expect(fit.df).toBe(3);
    expect(fit.variance).toBeCloseTo(4.75 / 3, 14);
    expect(abnormalReturn(fit, 4)).toBe(5);
    expect(expectedReturn(fit, 4)).toBe(0.5);
  });

  it('reports constant returns and constant regressors as failures, never a zero variance', () => {
    const flat = new Float64Array([0.01, 0.01, 0.01, 0.01]);
    expect(
      fitLinearModel({ name: 'market', y: flat, x: [x], names: ['market'], intercept: true }, rows),
    ).toHaveProperty('failure');
    expect(
      fitLinearModel({ name: 'market', y, x: [flat], names: ['market'], intercept: true }, rows),
    ).toHaveProperty('failure');
    // an exact fit leaves no residual variance to standardize by
    expect(
      fitLinearModel({ name: 'market', y: x, x: [x], names: ['market'], intercept: true }, rows),
    ).toHaveProperty('failure');
  });
});

describe('abnormalReturns', () => {
  it('writes bit for bit the values of abnormalReturn, at the given offset (three regressors)', () => {
    const x2 = new Float64Array([0.3, -1.2, 0.7, 2.5, -0.4]);
    const x3 = new Float64Array([1.1, 0.2, -0.9, 0.05, 3.3]);
    const y3 = new Float64Array([0.011, -0.02, 0.013, 0.041, -0.007]);
    const fit = fitLinearModel(
      { name: 'three', y: y3, x: [x, x2, x3], names: ['a', 'b', 'c'], intercept: true },
      [0, 1, 2, 3, 4],
    ) as FittedLinearModel;
    const days = Int32Array.of(4, 0, 2);
    const out = new Float64Array(5).fill(-1);
    abnormalReturns(fit, days, out, 2);
    expect(Array.from(out)).toEqual([-1, -1, ...Array.from(days, (t) => abnormalReturn(fit, t))]);
  });
});
