/** Hand-worked cases of the sign test: each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { estudy2Conventions } from '../../src/stats/conventions';
import { sign } from '../../src/stats/sign';
import { est, smallPanel } from './small-panel';

describe('sign: zeros dropped or counted as negative', () => {
  // ARs [0.5, −0.2, 0, 0.1]: drop → N⁺ = 2, n = 3, z = (2 − 1.5)/(√3/2) = 0.57735;
  // negative → n = 4, z = (2 − 2)/1 = 0.
  const panel = smallPanel(
    [0],
    [0.5, -0.2, 0, 0.1].map((a) => ({ ar: [a], est: est([0]) })),
  );
  it('drop', () => expect(sign(panel).daily.statistic[0]).toBeCloseTo(0.5 / (Math.sqrt(3) / 2), 12));
  it('negative', () => expect(sign(panel, estudy2Conventions).daily.statistic[0]).toBe(0));
  it('all zero → NaN with a note', () => {
    const z = sign(smallPanel([0], [{ ar: [0], est: est([0]) }]));
    expect(z.daily.statistic[0]).toBeNaN();
    expect(z.daily.note).toMatch(/no non-zero/);
  });
});
