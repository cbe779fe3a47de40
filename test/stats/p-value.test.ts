import { describe, expect, it, test } from 'vitest';
import { pValueChiSquare, pValueF, pValueNormal, pValueT } from '../../src/stats/p-value';

describe('pValueF and pValueChiSquare', () => {
  test('F with 2 numerator df has the closed form (1 + 2f/d₂)^(−d₂/2)', () => {
    expect(pValueF(4, 2, 20)).toBeCloseTo(1.4 ** -10, 15);
    expect(pValueF(0, 2, 20)).toBe(1);
    expect(pValueF(Number.NaN, 2, 20)).toBeNaN();
    expect(pValueF(1, 0, 20)).toBeNaN();
  });
  test('χ² with 2 df is exp(−x/2); with 1 df, 3.8415 is the 5 % point', () => {
    expect(pValueChiSquare(7.2, 2)).toBeCloseTo(Math.exp(-3.6), 15);
    expect(pValueChiSquare(3.841458820694124, 1)).toBeCloseTo(0.05, 14);
    expect(pValueChiSquare(-1, 2)).toBe(1);
  });
});

describe('p-values', () => {
  it('two-sided t and normal, NaN on bad input', () => {
    expect(pValueT(2, 1)).toBeCloseTo(0.2951672353008665, 14); // 1 − 2·atan(2)/π
    expect(pValueNormal(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(pValueNormal(0)).toBe(1);
    expect(pValueT(Number.POSITIVE_INFINITY, 3)).toBeNaN();
    expect(pValueT(1, 0)).toBeNaN();
    expect(pValueNormal(Number.NaN)).toBeNaN();
  });
});
