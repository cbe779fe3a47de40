import { describe, expect, test } from 'vitest';
import { anova } from '../../src/stats/anova';

describe('anova', () => {
  test('hand-worked: SS_between 26 on 2 df, SS_within 6 on 6 df, F = 13', () => {
    const value = anova([
      [1, 2, 3],
      [2, 3, 4],
      [5, 6, 7],
    ]);
    expect(value.statistic).toBeCloseTo(13, 12);
    expect(value.df).toEqual([2, 6]);
    // F(2, 6) upper tail: (1 + 2F/6)^(−3) = (1 + 26/6)^(−3).
    expect(value.pValue).toBeCloseTo((1 + 26 / 6) ** -3, 14);
  });
  test('an empty group or no variance within the groups: NaN with a note', () => {
    expect(anova([[1, 2], []]).note).toMatch(/no event/);
    expect(
      anova([
        [1, 1],
        [2, 2],
      ]).note,
    ).toMatch(/no variance within/);
  });
});
