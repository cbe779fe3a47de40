/** AAR_t by hand: the mean of each day's usable ARs, over the events that have one. */
import { describe, expect, it } from 'vitest';
import { aar } from '../../src/stats/aar';
import { smallPanel } from './small-panel';

const est = { ar: [0], days: [-4] };

describe('aar', () => {
  // day −1: (0.01 + 0.03 + 0.05)/3 = 0.03, N = 3; day 0: (0.02 − 0.04)/2 = −0.01, N = 2 (event 1
  // has no return); day 1: no usable AR → NaN, N = 0.
  const panel = smallPanel(
    [-1, 0, 1],
    [
      { ar: [0.01, 0.02, Number.NaN], est },
      { ar: [0.03, Number.NaN, Number.NaN], est },
      { ar: [0.05, -0.04, Number.NaN], est },
    ],
  );
  it('averages the usable ARs of each day and counts them', () => {
    const r = aar(panel);
    expect(r.aar[0]).toBeCloseTo(0.03, 15);
    expect(r.aar[1]).toBeCloseTo(-0.01, 15);
    expect(r.aar[2]).toBeNaN();
    expect(r.n).toEqual([3, 2, 0]);
  });
  it('gives NaN and N = 0 on every day of an empty panel', () => {
    const r = aar(smallPanel([0, 1], []));
    expect(r.aar.every(Number.isNaN)).toBe(true);
    expect(r.n).toEqual([0, 0]);
  });
});
