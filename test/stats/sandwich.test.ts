import { expect, test } from 'vitest';
import { sandwich } from '../../src/stats/sandwich';

test('sandwich: B M B with a scale, by hand', () => {
  // B = [[1, 1], [1, 2]], M = [[1, 0], [0, 2]]: BM = [[1, 2], [1, 4]], BMB = [[3, 5], [5, 9]]
  expect([...sandwich(Float64Array.of(1, 1, 1, 2), Float64Array.of(1, 0, 0, 2), 2, 2)]).toEqual([
    6, 10, 10, 18,
  ]);
});
