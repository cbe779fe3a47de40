/**
 * GRANK computes every window day and CAR window from one ranking of each event's estimation ARs
 * (the rank among T_i + 1 values derived from the rank among T_i). Here that shortcut is held
 * against the definition, each tested quantity ranked with its event's estimation ARs afresh, on
 * the reference panel and on a synthetic panel built to tie (the optional-reference test checks
 * GRANK itself against numpy/scipy).
 */
import { describe, expect, it } from 'vitest';
import { averageRanks } from '../../src/stats/average-ranks';
import { defaultConventions } from '../../src/stats/conventions';
import { grank } from '../../src/stats/grank';
import { pValueT } from '../../src/stats/p-value';
import type { EventPanel } from '../../src/stats/panel';
import { mean, sampleSd } from '../../src/stats/panel-columns';
import { referencePanel } from './reference-panel';
import { smallPanel } from './small-panel';

/** GRANK-T of one tested quantity by its definition (Kolari & Pynnönen 2011), ranking T_i + 1 values. */
function grankByDefinition(panel: EventPanel, g: (i: number) => number): number {
  const tested = [...Array(panel.events).keys()].map(g).filter(Number.isFinite);
  const x = Float64Array.from(tested);
  const crossSd = sampleSd(x, x.length, mean(x, x.length));
  const { offsets, ar, day } = panel.estimation;
  const sumU = new Map<number, number>();
  const count = new Map<number, number>();
  let sumU0 = 0;
  for (let i = 0; i < panel.events; i++) {
    if (!Number.isFinite(g(i))) continue;
    const values: number[] = [];
    const days: number[] = [];
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      if (!Number.isFinite(ar[k]!)) continue;
      values.push(ar[k]! / panel.sigma[i]!);
      days.push(day[k]!);
    }
    values.push(g(i) / crossSd);
    const ranks = new Float64Array(values.length);
    averageRanks(Float64Array.from(values), values.length, ranks);
    const m = days.length;
    days.forEach((d, k) => {
      sumU.set(d, (sumU.get(d) ?? 0) + ranks[k]! / (m + 2) - 0.5);
      count.set(d, (count.get(d) ?? 0) + 1);
    });
    sumU0 += ranks[m]! / (m + 2) - 0.5;
  }
  const u0 = sumU0 / tested.length;
  let s2 = u0 * u0;
  let tDays = 1;
  for (const d of [...sumU.keys()].sort((a, b) => a - b)) {
    const u = sumU.get(d)! / count.get(d)!;
    s2 += (count.get(d)! / tested.length) * u * u;
    tDays++;
  }
  s2 /= tDays;
  const z = u0 / Math.sqrt(s2);
  return z * Math.sqrt((tDays - 2) / (tDays - 1 - z * z));
}

function expectDefinition(panel: EventPanel, tolerance: number): void {
  const t = panel.days.length;
  const result = grank(panel, defaultConventions);
  panel.days.forEach((_, j) => {
    const expected = grankByDefinition(panel, (i) => panel.sar[i * t + j]!);
    expect(Math.abs(result.daily.statistic[j]! - expected), `day ${j}`).toBeLessThanOrEqual(tolerance);
    expect(result.daily.pValue[j]).toBe(pValueT(result.daily.statistic[j]!, tDaysOf(panel) - 2));
  });
  panel.carWindows.forEach((_, w) => {
    const expected = grankByDefinition(panel, (i) => panel.scar[w * panel.events + i]!);
    expect(Math.abs(result.cars[w]!.statistic - expected), `CAR window ${w}`).toBeLessThanOrEqual(tolerance);
  });
}

/** Estimation relative days with some AR, plus the cumulative day 0. */
function tDaysOf(panel: EventPanel): number {
  const days = new Set<number>();
  panel.estimation.day.forEach((d, k) => {
    if (Number.isFinite(panel.estimation.ar[k]!)) days.add(d);
  });
  return days.size + 1;
}

describe('grank, one ranking per event', () => {
  it('gives the statistic of its definition on the reference panel', () => {
    expectDefinition(referencePanel, 1e-13);
  });

  it('gives the statistic of its definition when tested values tie with estimation ARs', () => {
    // Synthetic: day-0 SARs −1, 0, 1 (cross-sectional sd exactly 1, so g = SAR) and estimation ARs
    // (s_i = 1) on a grid of the same values, so that g ties with one or two of them.
    const est = (ar: number[]) => ({ ar, days: ar.map((_, k) => k - 10) });
    const panel = smallPanel(
      [-1, 0, 1],
      [
        { ar: [0.5, -1, 0], est: est([-1, 0, 1, 0.5, -1, 2, 0, -0.5]), sigma: 1 },
        { ar: [1, 0, -0.5], est: est([0, 0, 1, -1, 0.5, -2, 1, 0.25]), sigma: 1 },
        { ar: [-0.5, 1, 0.5], est: est([1, -1, 1, 0, -0.5, 0.5, 2, 1]), sigma: 1 },
      ],
      [[0, 2]],
    );
    expectDefinition(panel, 1e-15);
  });
});
