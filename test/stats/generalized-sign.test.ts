/** Hand-worked cases of the generalized sign test (Cowan 1992): each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { estudy2Conventions } from '../../src/stats/conventions';
import { generalizedSign } from '../../src/stats/generalized-sign';
import { est, smallPanel } from './small-panel';

describe('generalizedSign: p̂ mean of shares or pooled', () => {
  // estimation: event 0 [1, −1, 1, 1] (share 0.75), event 1 [−1, 1] (share 0.5);
  // mean p̂ = 0.625, pooled p̂ = 4/6. Day ARs [0.1, −0.2]: N⁺ = 1, N = 2.
  const panel = smallPanel(
    [0],
    [
      { ar: [0.1], est: est([1, -1, 1, 1]) },
      { ar: [-0.2], est: est([-1, 1]) },
    ],
  );
  it('mean', () =>
    expect(generalizedSign(panel).daily.statistic[0]).toBeCloseTo(-0.25 / Math.sqrt(2 * 0.625 * 0.375), 12));
  it('pooled', () =>
    expect(generalizedSign(panel, estudy2Conventions).daily.statistic[0]).toBeCloseTo(
      (1 - 4 / 3) / Math.sqrt(2 * (2 / 3) * (1 / 3)),
      12,
    ));
});
