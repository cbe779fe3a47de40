/** Hand-worked cases of the Kolari & Pynnönen (2010) test and its r̄: each expected number is derived by hand in the comment beside it. */
import { describe, expect, it } from 'vitest';
import { bmp } from '../../src/stats/bmp';
import { kp } from '../../src/stats/kolari-pynnonen';
import { kolariPynnonenRbar } from '../../src/stats/kolari-pynnonen-rbar';
import { smallPanel } from './small-panel';

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
