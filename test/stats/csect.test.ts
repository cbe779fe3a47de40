/** Hand-worked cases of csect (Brown & Warner 1985): each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { estudy2Conventions } from '../../src/stats/conventions';
import { csect } from '../../src/stats/csect';
import { est, smallPanel } from './small-panel';

describe('csect', () => {
  // day 0: [1, 2, 3] → mean 2, sd 1, t = √3·2 = 3.4641, t(2); day 1: [1, NaN, 3] → n = 2, mean 2,
  // sd √2, t = √2·2/√2 = 2, t(1); day 2: one usable AR → NaN with a note.
  const panel = smallPanel(
    [0, 1, 2],
    [
      { ar: [1, 1, 5], est: est([0]) },
      { ar: [2, Number.NaN, Number.NaN], est: est([0]) },
      { ar: [3, 3, Number.NaN], est: est([0]) },
    ],
  );
  const r = csect(panel);
  it('computes t on the usable events of each day', () => {
    expect(r.daily.statistic[0]).toBeCloseTo(Math.sqrt(3) * 2, 12);
    expect(r.daily.pValue[0]).toBeCloseTo(0.07417990022744855, 12);
    expect(r.daily.statistic[1]).toBeCloseTo(2, 12);
    expect(r.daily.pValue[1]).toBeCloseTo(0.2951672353008665, 12);
  });
  it('returns NaN with a note when fewer than 2 events', () => {
    expect(r.daily.statistic[2]).toBeNaN();
    expect(r.daily.note).toMatch(/day 2: fewer than 2 events/);
  });
  it('returns NaN on zero variance instead of a huge t', () => {
    const flat = smallPanel(
      [0],
      [
        { ar: [0.1], est: est([0]) },
        { ar: [0.1], est: est([0]) },
      ],
      [[0, 0]],
    );
    const f = csect(flat);
    expect(f.daily.statistic[0]).toBeNaN();
    expect(f.daily.note).toMatch(/zero cross-sectional variance/);
    expect(f.cars[0]!.statistic).toBeNaN();
  });
});

describe('csect with sum-daily CAR tests', () => {
  it('sum-daily CAR tests drop days at or below the coverage', () => {
    // 10 events, day 1 has 9 usable ARs (90 % — not > 90 %), so the CAR test keeps day 0 only.
    const events = Array.from({ length: 10 }, (_, i) => ({
      ar: [0.01 * (i + 1), i === 0 ? Number.NaN : 0.02 * (i % 3) - 0.01],
      est: est([0.01, -0.02, 0.03, 0.01]),
    }));
    const p = smallPanel([0, 1], events, [[0, 1]]);
    const r = csect(p, estudy2Conventions);
    expect(r.cars[0]!.statistic).toBeCloseTo(r.daily.statistic[0]!, 12);
  });
});
