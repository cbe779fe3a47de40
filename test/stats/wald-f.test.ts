import { expect, test } from 'vitest';
import { pValueF } from '../../src/stats/p-value';
import { waldF } from '../../src/stats/wald-f';

test('waldF: b′V⁻¹b / q over the slopes, and a singular covariance', () => {
  // slopes (2, 1) with V = diag(4, 1): (4/4 + 1/1)/2 = 1
  const out = waldF(Float64Array.of(9, 2, 1), Float64Array.of(7, 0, 0, 0, 4, 0, 0, 0, 1), 10);
  expect(out.f).toBeCloseTo(1, 14);
  expect(out.pValue).toBeCloseTo(pValueF(1, 2, 10), 14);
  // slopes' covariance [[1, 1], [1, 1]] is singular
  expect(waldF(Float64Array.of(0, 1, 1), Float64Array.of(1, 0, 0, 0, 1, 1, 0, 1, 1), 10).note).toMatch(
    /not positive definite/,
  );
  expect(waldF(Float64Array.of(1), Float64Array.of(1), 10).note).toMatch(/no slope/);
});
