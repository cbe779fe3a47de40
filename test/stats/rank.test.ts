/** Hand-worked cases of the rank tests (Corrado 1989, Corrado & Zivney 1992): each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { corradoRank } from '../../src/stats/corrado-rank';
import { rank } from '../../src/stats/rank';
import { est, smallPanel } from './small-panel';

describe('rank (Corrado & Zivney 1992)', () => {
  // event 0: estimation [1, 3] on days −3, −2, window [2] on day 0 → ranks [1, 3, 2] → U = [−¼, ¼, 0];
  // event 1: [5, 4] and [6] → ranks [2, 1, 3] → U = [0, −¼, ¼].
  // S_−3 = −¼/√2, S_−2 = 0, S_0 = ¼/√2; σ_U = √((1/32 + 0 + 1/32)/3); z_0 = √1.5.
  const panel = smallPanel(
    [0],
    [
      { ar: [2], est: est([1, 3], -3) },
      { ar: [6], est: est([5, 4], -3) },
    ],
  );
  it('standardized ranks', () => expect(rank(panel).daily.statistic[0]).toBeCloseTo(Math.sqrt(1.5), 12));
  it('overlapping estimation and event windows → NaN with a note', () => {
    const overlap = smallPanel(
      [0],
      [
        { ar: [1], est: { ar: [1, 2], days: [-1, 0] } },
        { ar: [2], est: est([1, 3]) },
      ],
    );
    for (const f of [rank, corradoRank]) {
      const r = f(overlap);
      expect(r.daily.statistic[0]).toBeNaN();
      expect(r.daily.note).toMatch(/overlap/);
    }
  });
});
