import { describe, expect, it } from 'vitest';
import { defaultConventions, estudy2Conventions } from '../../src/stats/conventions';
import type { EventPanel } from '../../src/stats/panel';
import { panelPass, sharePanelPasses } from '../../src/stats/panel-passes';
import { runNamedTest } from '../../src/stats/run-named-test';
import { smallPanel } from './small-panel';

// Synthetic: three window days, two events, CAR windows [-1, 1] and [0, 0]; the statistics below
// are made up, so that only the runner's bookkeeping is under test.
const panel = smallPanel(
  [-1, 0, 1],
  [
    { ar: [0.01, 0.02, Number.NaN], est: { ar: [0.01, -0.01], days: [-3, -2] } },
    { ar: [0.03, -0.01, 0.02], est: { ar: [0.02, -0.02], days: [-3, -2] } },
  ],
  [
    [0, 2],
    [1, 1],
  ],
);
const daily = [1, Number.NaN, 2];

describe('runNamedTest', () => {
  it('prefixes day notes with the day, keeps each note once and puts whole-series notes first', () => {
    const result = runNamedTest(panel, defaultConventions, {
      day: (j) => ({ statistic: daily[j]!, pValue: 0.5, note: j === 1 ? 'too few' : undefined }),
      car: (w) => ({ statistic: 10 + w, pValue: 0.1, note: w === 1 ? 'why' : undefined }),
      sumDaily: true,
      notes: ['series note'],
    });
    expect(result.daily).toEqual({
      statistic: daily,
      pValue: [0.5, 0.5, 0.5],
      note: 'series note; day 0: too few',
    });
    expect(result.cars).toEqual([
      { statistic: 10, pValue: 0.1 },
      { statistic: 11, pValue: 0.1, note: 'why' },
    ]);
  });

  it("sums the daily statistics under carTest 'sum-daily' only for tests that follow it", () => {
    const statistics = {
      day: (j: number) => ({ statistic: [1, 2, 3][j]!, pValue: 0.5 }),
      car: () => ({ statistic: 99, pValue: 0.01 }),
    };
    const summed = runNamedTest(panel, estudy2Conventions, { ...statistics, sumDaily: true });
    // [-1, 1]: day 1 has an AR for 1 of the 2 events, not more than estudy2's 90%: (1 + 2) / √2
    expect(summed.cars[0]!.statistic).toBeCloseTo(3 / Math.sqrt(2), 14);
    const own = runNamedTest(panel, estudy2Conventions, { ...statistics, sumDaily: false });
    expect(own.cars.map((v) => v.statistic)).toEqual([99, 99]);
  });

  it('attaches r̄ to the series and to every CAR value', () => {
    const rbar = { daily: [0.1, 0.2, 0.3], cars: [0.4, 0.5] };
    const statistics = {
      day: () => ({ statistic: 1, pValue: 0.3 }),
      car: () => ({ statistic: 2, pValue: 0.04 }),
      rbar,
    };
    const full = runNamedTest(panel, defaultConventions, { ...statistics, sumDaily: true });
    expect(full.daily.rbar).toEqual(rbar.daily);
    expect(full.cars.map((v) => v.rbar)).toEqual(rbar.cars);
    const summed = runNamedTest(panel, estudy2Conventions, { ...statistics, sumDaily: true });
    expect(summed.cars.map((v) => v.rbar)).toEqual(rbar.cars);
  });
});

describe('panelPass', () => {
  it('computes a pass once on a shared panel and afresh on any other', () => {
    let calls = 0;
    const pass = (p: EventPanel): number => {
      calls++;
      return p.events;
    };
    const scoped = sharePanelPasses(panel);
    expect([panelPass(scoped, pass), panelPass(scoped, pass)]).toEqual([2, 2]);
    expect(calls).toBe(1);
    panelPass(panel, pass);
    panelPass(panel, pass);
    expect(calls).toBe(3);
  });
});
