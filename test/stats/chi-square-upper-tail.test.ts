import { expect, test } from 'vitest';
import { chiSquareUpperTail } from '../../src/stats/chi-square-upper-tail';

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

test('chiSquareUpperTail: e^(−x/2) for 2 df, and scipy.stats.chi2.sf by series and by fraction', () => {
  expect(relative(chiSquareUpperTail(7.2, 2), Math.exp(-3.6))).toBeLessThan(1e-13);
  expect(relative(chiSquareUpperTail(0.5, 3), 0.9188914116546758)).toBeLessThan(1e-13); // series
  expect(relative(chiSquareUpperTail(12.3, 4.5), 0.022079651664655545)).toBeLessThan(1e-12); // fraction
  expect(relative(chiSquareUpperTail(231.2, 10), 4.812100452107667e-44)).toBeLessThan(1e-11);
});
