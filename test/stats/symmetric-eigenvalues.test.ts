import { expect, test } from 'vitest';
import { symmetricEigenvalues } from '../../src/stats/symmetric-eigenvalues';

test('symmetricEigenvalues: by hand, and an indefinite matrix', () => {
  const [a, b] = symmetricEigenvalues(Float64Array.of(2, 1, 1, 2), 2);
  expect(a).toBeCloseTo(1, 14);
  expect(b).toBeCloseTo(3, 14);
  // [[1, 2], [2, 1]]: eigenvalues −1 and 3
  expect(symmetricEigenvalues(Float64Array.of(1, 2, 2, 1), 2)[0]).toBeCloseTo(-1, 14);
  // diag(4, 2, 9) with a rotation-free input
  expect(symmetricEigenvalues(Float64Array.of(4, 0, 0, 0, 2, 0, 0, 0, 9), 3)).toEqual([2, 4, 9]);
});
