/** Hand-worked small cases: each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { averageRanks, median } from '../../src/stats/average-ranks';
import { bmp } from '../../src/stats/bmp';
import { cda } from '../../src/stats/cda';
import { defaultConventions, estudy2Conventions, resolveConventions } from '../../src/stats/conventions';
import { corradoRank } from '../../src/stats/corrado-rank';
import { allTestNames, crossEventTests } from '../../src/stats/cross-event-tests';
import { csect } from '../../src/stats/csect';
import { generalizedSign } from '../../src/stats/generalized-sign';
import { kp } from '../../src/stats/kolari-pynnonen';
import { kolariPynnonenRbar } from '../../src/stats/kolari-pynnonen-rbar';
import { lamb } from '../../src/stats/lamb';
import { pValueNormal, pValueT } from '../../src/stats/p-value';
import { patell } from '../../src/stats/patell';
import { rank } from '../../src/stats/rank';
import { sign } from '../../src/stats/sign';
import { signedRank } from '../../src/stats/wilcoxon';
import { smallPanel } from './small-panel';

const est = (ar: number[], first = -4): { ar: number[]; days: number[] } => ({
  ar,
  days: ar.map((_, k) => first + k),
});

describe('p-values', () => {
  it('two-sided t and normal, NaN on bad input', () => {
    expect(pValueT(2, 1)).toBeCloseTo(0.2951672353008665, 14); // 1 − 2·atan(2)/π
    expect(pValueNormal(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(pValueNormal(0)).toBe(1);
    expect(pValueT(Number.POSITIVE_INFINITY, 3)).toBeNaN();
    expect(pValueT(1, 0)).toBeNaN();
    expect(pValueNormal(Number.NaN)).toBeNaN();
  });
});

describe('ranks and medians', () => {
  it('averages ties and reports Σ(t³ − t)', () => {
    const r = new Float64Array(4);
    expect(averageRanks(Float64Array.of(3, 1, 3, 2), 4, r)).toBe(6);
    expect([...r]).toEqual([3.5, 1, 3.5, 2]);
    expect(median(Float64Array.of(4, 1, 3, 2), 4)).toBe(2.5);
    expect(median(Float64Array.of(5, 1, 3), 3)).toBe(3);
  });
});

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

describe('wilcoxon', () => {
  it('exact for small n without ties', () => {
    // [1, −2, 3, 4]: W⁺ = 1 + 3 + 4 = 8, n = 4; P(W ≥ 8) = 3/16 → p = 6/16.
    const r = signedRank(Float64Array.of(1, -2, 3, 4), 4);
    expect(r).toMatchObject({ statistic: 8, n: 4, exact: true });
    expect(r.pValue).toBeCloseTo(0.375, 15);
  });
  it('normal with tie correction, zeros dropped', () => {
    // [1, −1, 2, 0] → [1, −1, 2], ranks of |x| [1.5, 1.5, 3], W⁺ = 4.5; μ = 3,
    // σ² = 3·4·7/24 − (2³ − 2)/48 = 3.375 → z = 1.5/√3.375.
    const r = signedRank(Float64Array.of(1, -1, 2, 0), 4);
    expect(r).toMatchObject({ statistic: 4.5, n: 3, exact: false });
    expect(r.pValue).toBeCloseTo(0.4142161782425252, 12);
  });
});

describe('kp on a same-date cluster', () => {
  // Events 0 and 1 share day-0 and day-1 dates and have identical estimation ARs (ρ = 1); event 2
  // has no common estimation dates with them (ρ = 0) and other window dates.
  // Day 0 and day 1: r̄ = (ω01 ρ01 + ω10 ρ10)/(3·2) = 2/6; CAR [0, 1]: ω01 = 2/2 → r̄ = 1/3.
  // Without event 2 only the perfectly correlated pair remains: r̄ = 2/(2·1) = 1, so
  // 1 − r̄ = 0 and the factor is not usable.
  const base = Array.from({ length: 40 }, (_, k) => Math.sin(k) + 0.1 * k);
  const other = Array.from({ length: 40 }, (_, k) => Math.cos(3 * k));
  const days40 = base.map((_, k) => -50 + k);
  const panel = smallPanel(
    [0, 1],
    [
      { ar: [1, 2], dates: [500, 501], est: { ar: base, days: days40, dates: days40.map((d) => 400 + d) } },
      { ar: [2, 1], dates: [500, 501], est: { ar: base, days: days40, dates: days40.map((d) => 400 + d) } },
      { ar: [4, 3], dates: [600, 601], est: { ar: other, days: days40, dates: days40.map((d) => 900 + d) } },
    ],
    [[0, 1]],
  );
  it('r̄ per day and CAR window', () => {
    const r = kolariPynnonenRbar(panel);
    expect(r.daily[0]).toBeCloseTo(1 / 3, 12);
    expect(r.daily[1]).toBeCloseTo(1 / 3, 12);
    expect(r.cars[0]).toBeCloseTo(1 / 3, 12);
  });
  it('kp = bmp · √((1 − r̄)/(1 + (N − 1) r̄)), NaN with a note when undefined', () => {
    const k = kp(panel);
    const b = bmp(panel);
    expect(k.daily.statistic[0]).toBeCloseTo(b.daily.statistic[0]! * Math.sqrt(2 / 3 / (1 + 2 / 3)), 12);
    expect(k.daily.rbar![0]).toBeCloseTo(1 / 3, 12);
    expect(k.cars[0]!.rbar).toBeCloseTo(1 / 3, 12);
    expect(k.cars[0]!.statistic).toBeCloseTo(b.cars[0]!.statistic * Math.sqrt(2 / 3 / (1 + 2 / 3)), 12);
    const pair = { ...panel, events: 2 };
    const kPair = kp(pair);
    expect(kPair.daily.rbar![0]).toBeCloseTo(1, 12);
    expect(kPair.daily.statistic[0]).toBeNaN();
    expect(kPair.daily.note).toMatch(/r̄/);
  });
  it('fewer than 30 common dates → ρ = 0', () => {
    const short = smallPanel(
      [0],
      [
        { ar: [1], dates: [500], est: { ar: base.slice(0, 29), days: days40.slice(0, 29) } },
        { ar: [2], dates: [500], est: { ar: base.slice(0, 29), days: days40.slice(0, 29) } },
      ],
    );
    expect(kolariPynnonenRbar(short).daily[0]).toBe(0);
  });
});

describe('lamb, conventions and the entry point', () => {
  const panel = smallPanel(
    [0],
    [
      { ar: [1], est: est([1, 2]) },
      { ar: [2], est: est([2, 5]) },
    ],
    [[0, 0]],
  );
  it('lamb without market fields → NaN with a note', () => {
    expect(lamb(panel).daily.statistic[0]).toBeNaN();
    expect(lamb(panel).cars[0]!.note).toMatch(/marketReturn/);
  });
  it('resolves presets and overrides, rejects unknown values', () => {
    expect(resolveConventions(undefined)).toEqual(defaultConventions);
    expect(resolveConventions('estudy2')).toEqual(estudy2Conventions);
    expect(resolveConventions({ signZero: 'negative' }).signZero).toBe('negative');
    expect(() => resolveConventions({ carDayCoverage: 2 })).toThrow(/carDayCoverage/);
    expect(() => resolveConventions('stata' as 'default')).toThrow(/unknown conventions/);
  });
  it('runs the default set, named optional tests, and rejects unknown names', () => {
    const all = crossEventTests(panel, defaultConventions);
    expect(Object.keys(all.daily)).toEqual([
      'csect',
      'cda',
      'patell',
      'bmp',
      'kp',
      'sign',
      'generalizedSign',
      'rank',
      'wilcoxon',
    ]);
    expect(all.cars).toHaveLength(1);
    expect(Object.keys(crossEventTests(panel, defaultConventions, ['grank', 'bootstrap']).daily)).toEqual([
      'grank',
      'bootstrap',
    ]);
    expect(() => crossEventTests(panel, defaultConventions, ['nope'])).toThrow(/unknown test/);
  });
  it('an empty panel gives NaN with notes, never throws', () => {
    const empty = smallPanel([0, 1], [], [[0, 1]]);
    for (const conventions of [defaultConventions, estudy2Conventions]) {
      const r = crossEventTests(empty, conventions, allTestNames);
      for (const name of allTestNames) {
        expect(r.daily[name]!.statistic.every(Number.isNaN), name).toBe(true);
        expect(r.daily[name]!.note, name).toBeTruthy();
        expect(r.cars[0]![name]!.statistic, name).toBeNaN();
      }
    }
  });
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
