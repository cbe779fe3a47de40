/** Hand-worked cases of the Lamb (1995) test: each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { lamb } from '../../src/stats/lamb';
import { est, smallPanel } from './small-panel';

describe('lamb', () => {
  const panel = smallPanel(
    [0],
    [
      { ar: [1], est: est([1, 2]) },
      { ar: [2], est: est([2, 5]) },
    ],
    [[0, 0]],
  );
  it('lamb without market fields → NaN with a note', () => {
    expect(lamb(panel).daily.statistic[0]).toBeNaN();
    expect(lamb(panel).cars[0]!.note).toMatch(/marketReturn/);
  });
});
