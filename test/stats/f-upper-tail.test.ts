import { expect, test } from 'vitest';
import { fUpperTail } from '../../src/stats/f-upper-tail';

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

test('fUpperTail: the closed form for d₁ = 2, and scipy.stats.f.sf on both sides of the fraction', () => {
  // d₁ = 2: P(F ≥ f) = (1 + 2f/d₂)^(−d₂/2)
  expect(relative(fUpperTail(4, 2, 20), 1.4 ** -10)).toBeLessThan(1e-13);
  expect(relative(fUpperTail(3.2, 5, 17), 0.032340077725828635)).toBeLessThan(1e-12);
  expect(relative(fUpperTail(50, 3, 1000), 4.110582339168252e-30)).toBeLessThan(1e-11);
  expect(relative(fUpperTail(0.4, 7, 3.5), 0.8599339474687486)).toBeLessThan(1e-12);
});
