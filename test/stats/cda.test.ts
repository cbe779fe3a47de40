/** Hand-worked cases of the crude dependence adjustment (Brown & Warner 1985): each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { cda } from '../../src/stats/cda';
import { est, smallPanel } from './small-panel';

describe('cda', () => {
  // estimation AAR over days −4, −3, −2: event 0 [1, 2, 3], event 1 [1, 2, 5] → AAR [1, 2, 4],
  // sd = √(42/18); day AAR = mean(0.5, 1.5) = 1 → t = 1/√(42/18) = 0.654654, t(T_E − 1 = 2).
  const panel = smallPanel(
    [0],
    [
      { ar: [0.5], est: est([1, 2, 3]) },
      { ar: [1.5], est: est([1, 2, 5]) },
    ],
    [[0, 0]],
  );
  it('uses the sd of the estimation AAR series', () => {
    const r = cda(panel);
    expect(r.daily.statistic[0]).toBeCloseTo(1 / Math.sqrt(42 / 18), 12);
    expect(r.daily.pValue[0]).toBeCloseTo(0.5799159747915971, 12);
    expect(r.cars[0]!.statistic).toBeCloseTo(1 / Math.sqrt(42 / 18), 12);
  });
  it('constant estimation AAR → NaN with a note', () => {
    const flat = smallPanel(
      [0],
      [
        { ar: [1], est: est([1, 2, 3]) },
        { ar: [2], est: est([3, 2, 1]) },
      ],
    );
    expect(cda(flat).daily.statistic[0]).toBeNaN();
    expect(cda(flat).daily.note).toMatch(/no variance/);
  });
});
