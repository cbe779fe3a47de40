/** ABHAR by hand: the mean of the events' buy-and-hold abnormal returns over a window. */
import { describe, expect, it } from 'vitest';
import { abhar } from '../../src/stats/abhar';
import { smallPanel } from './small-panel';

const est = { ar: [0], days: [-4] };

describe('abhar', () => {
  // Two events, two windows; BHAR laid out window-major (w · N + i). Event 0: price 100 → 110,
  // expected 100 → 103: BHAR = 1.10 − 1.03 = 0.07; event 1: 1.00 − 1.05 = −0.05 → ABHAR = 0.01.
  // Window 1: BHARs 0.02 and 0.04 → 0.03.
  const panel = smallPanel(
    [0, 1],
    [
      { ar: [0, 0], est },
      { ar: [0, 0], est },
    ],
    [
      [0, 1],
      [1, 1],
    ],
  );
  panel.bhar = Float64Array.of(1.1 - 1.03, 1.0 - 1.05, 0.02, 0.04);
  it('averages BHAR over the events of each window', () => {
    expect(abhar(panel, 0)).toBeCloseTo(0.01, 15);
    expect(abhar(panel, 1)).toBeCloseTo(0.03, 15);
  });
  it('is NaN with a missing BHAR or no events', () => {
    const gap = { ...panel, bhar: Float64Array.of(0.07, Number.NaN, 0.02, 0.04) };
    expect(abhar(gap, 0)).toBeNaN();
    expect(abhar(gap, 1)).toBeCloseTo(0.03, 15);
    expect(abhar(smallPanel([0], [], [[0, 0]]), 0)).toBeNaN();
  });
});
