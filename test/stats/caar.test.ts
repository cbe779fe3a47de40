/** CAAR by hand: running sums of AAR, and the mean CAR of a window. */
import { describe, expect, it } from 'vitest';
import { caar, windowCaar } from '../../src/stats/caar';
import { smallPanel } from './small-panel';

const est = { ar: [0], days: [-4] };

describe('caar', () => {
  it('cumulates AAR day by day; a NaN day poisons the days after it', () => {
    // 0.01, 0.01 − 0.005 = 0.005, 0.005 + 0.02 = 0.025
    const r = caar([0.01, -0.005, 0.02]);
    expect(r[0]).toBeCloseTo(0.01, 15);
    expect(r[1]).toBeCloseTo(0.005, 15);
    expect(r[2]).toBeCloseTo(0.025, 15);
    const gap = caar([0.01, Number.NaN, 0.02]);
    expect(gap[0]).toBeCloseTo(0.01, 15);
    expect(gap[1]).toBeNaN();
    expect(gap[2]).toBeNaN();
    expect(caar([])).toEqual([]);
  });
  it('the CAAR of a CAR window is the mean CAR', () => {
    // window [0, 1] (columns 1..2): CAR_0 = 0.02 + 0.03 = 0.05, CAR_1 = −0.01 + 0 = −0.01
    // → CAAR = 0.02; window [−1, −1]: (0.04 + 0.06)/2 = 0.05.
    const panel = smallPanel(
      [-1, 0, 1],
      [
        { ar: [0.04, 0.02, 0.03], est },
        { ar: [0.06, -0.01, 0], est },
      ],
      [
        [1, 2],
        [0, 0],
      ],
    );
    expect(windowCaar(panel, 0)).toBeCloseTo(0.02, 15);
    expect(windowCaar(panel, 1)).toBeCloseTo(0.05, 15);
  });
  it('is NaN when an event has no CAR or there are no events', () => {
    const panel = smallPanel(
      [0],
      [
        { ar: [0.01], est },
        { ar: [Number.NaN], est },
      ],
      [[0, 0]],
    );
    expect(windowCaar(panel, 0)).toBeNaN();
    expect(windowCaar(smallPanel([0], [], [[0, 0]]), 0)).toBeNaN();
  });
});
