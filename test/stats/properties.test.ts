/** Property tests (fast-check) on the real reference panel (estudy2 ARs). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConventions, estudy2Conventions } from '../../src/stats/conventions';
import { allTestNames, crossEventTests } from '../../src/stats/cross-event-tests';
import type { EventPanel } from '../../src/stats/panel';
import { signedRank } from '../../src/stats/wilcoxon';
import { referencePanel } from './reference-panel';

const panel = referencePanel;
const n = panel.events;
const t = panel.days.length;

/** The panel with its events reordered: event k of the result is event order[k] of `p`. */
function permute(p: EventPanel, order: number[]): EventPanel {
  const rows = (x: Float64Array | Int32Array, width: number) => {
    const out = new (x.constructor as Float64ArrayConstructor)(x.length);
    order.forEach((from, to) => {
      for (let j = 0; j < width; j++) out[to * width + j] = x[from * width + j]!;
    });
    return out;
  };
  const perWindow = (x: Float64Array) => {
    const out = new Float64Array(x.length);
    p.carWindows.forEach((_, w) => {
      order.forEach((from, to) => {
        out[w * n + to] = x[w * n + from]!;
      });
    });
    return out;
  };
  const { offsets, ar, day, date } = p.estimation;
  const estAr: number[] = [];
  const estDay: number[] = [];
  const estDate: number[] = [];
  const newOffsets = [0];
  for (const from of order) {
    for (let k = offsets[from]!; k < offsets[from + 1]!; k++) {
      estAr.push(ar[k]!);
      estDay.push(day[k]!);
      estDate.push(date[k]!);
    }
    newOffsets.push(estAr.length);
  }
  return {
    ...p,
    ar: rows(p.ar, t) as Float64Array,
    sar: rows(p.sar, t) as Float64Array,
    windowDate: Int32Array.from(rows(p.windowDate, t)),
    df: rows(p.df, 1) as Float64Array,
    m: rows(p.m, 1) as Float64Array,
    sigma: rows(p.sigma, 1) as Float64Array,
    estimation: {
      offsets: Int32Array.from(newOffsets),
      ar: Float64Array.from(estAr),
      day: Int32Array.from(estDay),
      date: Int32Array.from(estDate),
    },
    car: perWindow(p.car),
    scar: perWindow(p.scar),
    bhar: perWindow(p.bhar),
  };
}

/** The panel with every AR, CAR and s scaled by c (SAR and SCAR are scale-free). */
function scale(p: EventPanel, c: number): EventPanel {
  const times = (x: Float64Array) => x.map((v) => v * c);
  return {
    ...p,
    ar: times(p.ar),
    car: times(p.car),
    bhar: times(p.bhar),
    sigma: times(p.sigma),
    estimation: { ...p.estimation, ar: times(p.estimation.ar) },
  };
}

function expectSame(a: ReturnType<typeof crossEventTests>, b: ReturnType<typeof crossEventTests>): void {
  const near = (x: number, y: number) =>
    Number.isNaN(x) ? Number.isNaN(y) : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  for (const name of Object.keys(a.daily)) {
    a.daily[name]!.statistic.forEach((s, j) => {
      expect(near(s, b.daily[name]!.statistic[j]!), `${name} ${j}`).toBe(true);
    });
    a.daily[name]!.pValue.forEach((s, j) => {
      expect(near(s, b.daily[name]!.pValue[j]!), `${name} p ${j}`).toBe(true);
    });
    a.cars.forEach((v, w) => {
      expect(near(v[name]!.statistic, b.cars[w]![name]!.statistic), `${name} car ${w}`).toBe(true);
    });
  }
}

// Every test except the bootstrap, whose resampling draws events by position.
const orderFree = allTestNames.filter((name) => name !== 'bootstrap' && name !== 'lamb');

describe('properties', () => {
  for (const [label, conventions] of [
    ['default', defaultConventions],
    ['estudy2', estudy2Conventions],
  ] as const) {
    it(`permuting the events leaves every statistic unchanged (${label})`, () => {
      const base = crossEventTests(panel, conventions, orderFree);
      fc.assert(
        fc.property(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), (order) => {
          expectSame(base, crossEventTests(permute(panel, order), conventions, orderFree));
        }),
        { numRuns: 25 },
      );
    });
  }

  it('scaling all ARs and s by c > 0 leaves every test unchanged', () => {
    const names = allTestNames.filter((name) => name !== 'lamb');
    const base = crossEventTests(panel, defaultConventions, names);
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (c) => {
        expectSame(base, crossEventTests(scale(panel, c), defaultConventions, names));
      }),
      { numRuns: 25 },
    );
  });

  it('negating every abnormal return negates the parametric statistics', () => {
    const names = ['csect', 'cda', 'patell', 'bmp', 'kp', 'bw1980', 'kpPatell'];
    const base = crossEventTests(panel, defaultConventions, names);
    const neg = (x: Float64Array) => x.map((v) => -v);
    const flipped = crossEventTests(
      {
        ...panel,
        ar: neg(panel.ar),
        sar: neg(panel.sar),
        car: neg(panel.car),
        scar: neg(panel.scar),
        estimation: { ...panel.estimation, ar: neg(panel.estimation.ar) },
      },
      defaultConventions,
      names,
    );
    for (const name of names) {
      base.daily[name]!.statistic.forEach((s, j) => {
        expect(flipped.daily[name]!.statistic[j]).toBeCloseTo(-s, 10);
      });
    }
  });

  it('Wilcoxon: W⁺ + W⁻ = n(n+1)/2 and p is symmetric under negation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (xs) => {
          const x = Float64Array.from(xs);
          const a = signedRank(x, x.length);
          const b = signedRank(
            x.map((v) => -v),
            x.length,
          );
          if (a.n === 0) return;
          expect(a.statistic + b.statistic).toBeCloseTo((a.n * (a.n + 1)) / 2, 9);
          expect(a.pValue).toBeCloseTo(b.pValue, 12);
          expect(a.pValue).toBeGreaterThan(0);
          expect(a.pValue).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('p-values are in [0, 1] or NaN for every test', () => {
    const all = crossEventTests(panel, defaultConventions, allTestNames);
    for (const name of allTestNames) {
      for (const p of [...all.daily[name]!.pValue, ...all.cars.map((c) => c[name]!.pValue)]) {
        if (!Number.isNaN(p)) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('the bootstrap is reproducible for a seed', () => {
    const a = crossEventTests(panel, defaultConventions, ['bootstrap']);
    const b = crossEventTests(panel, defaultConventions, ['bootstrap']);
    expect(a).toEqual(b);
  });
});
