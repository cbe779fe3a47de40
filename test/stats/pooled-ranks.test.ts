import { expect, test } from 'vitest';
import { pooledRanks } from '../../src/stats/pooled-ranks';

test('pooledRanks: rank sums, sizes and the tie term of a pooled ranking', () => {
  // 1, 3 | 2, 3, NaN: ranks 1, 3.5 | 2, 3.5; one pair of ties → 2³ − 2 = 6
  expect(
    pooledRanks([
      [1, 3],
      [2, 3, Number.NaN],
    ]),
  ).toEqual({ sums: [4.5, 5.5], sizes: [2, 2], total: 4, ties: 6 });
});
