/** Hand-worked cases of the Patell (1976) test: each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { estudy2Conventions } from '../../src/stats/conventions';
import { patell } from '../../src/stats/patell';
import { est, smallPanel } from './small-panel';

describe('patell weights', () => {
  // SAR [1, 2]; df [10, 6] → Σ d/(d − 2) = 1.25 + 1.5 = 2.75; m [20, 8] → Σ (m − 2)/(m − 4) = 1.125 + 1.5.
  const panel = smallPanel(
    [0],
    [
      { ar: [1], est: est([0]), df: 10, m: 20 },
      { ar: [2], est: est([0]), df: 6, m: 8 },
    ],
  );
  it("'df'", () => expect(patell(panel).daily.statistic[0]).toBeCloseTo(3 / Math.sqrt(2.75), 12));
  it("'m-4'", () =>
    expect(patell(panel, estudy2Conventions).daily.statistic[0]).toBeCloseTo(3 / Math.sqrt(2.625), 12));
  it('undefined weight → NaN with a note', () => {
    const bad = smallPanel([0], [{ ar: [1], est: est([0]), df: 2 }]);
    expect(patell(bad).daily.statistic[0]).toBeNaN();
    expect(patell(bad).daily.note).toMatch(/Patell weight/);
  });
});
