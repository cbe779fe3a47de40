import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import type { EventPanel } from './panel';
import { runNamedTest, withNormalPValue } from './run-named-test';
import { type CrossEventTestResult, nanResult } from './test-result';

/**
 * p̂, the expected share of positive ARs under the null, from the estimation windows: the mean over
 * events of each event's share of positive estimation ARs (`'mean'`), or the share over all
 * estimation ARs pooled (`'pooled'`, estudy2).
 *
 * @param panel - The cross-section, with estimation-window ARs.
 * @param mode - `'mean'` or `'pooled'` (`conventions.generalizedSignP`).
 * @returns p̂, or `NaN` when no event has a usable estimation AR.
 *
 * @example
 * ```ts
 * // estimation ARs: event 0 [0.01, -0.02, 0.03] (2 of 3 positive), event 1 [-0.01, 0.02] (1 of 2)
 * positiveShare(panel, 'mean') // 0.5833… (= (2/3 + 1/2) / 2)
 * positiveShare(panel, 'pooled') // 0.6 (= 3/5)
 * ```
 */
export function positiveShare(panel: EventPanel, mode: Conventions['generalizedSignP']): number {
  const { offsets, ar } = panel.estimation;
  let pooledPositive = 0;
  let pooledCount = 0;
  let shareSum = 0;
  let shareEvents = 0;
  for (let i = 0; i < panel.events; i++) {
    let positive = 0;
    let count = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const v = ar[k]!;
      if (!Number.isFinite(v)) continue;
      if (v > 0) positive++;
      count++;
    }
    pooledPositive += positive;
    pooledCount += count;
    if (count > 0) {
      shareSum += positive / count;
      shareEvents++;
    }
  }
  return mode === 'pooled' ? pooledPositive / pooledCount : shareSum / shareEvents;
}

function gsignStatistic(
  values: Float64Array,
  index: (i: number) => number,
  events: number,
  p: number,
): { statistic: number; note?: string } {
  let positive = 0;
  let n = 0;
  for (let i = 0; i < events; i++) {
    const v = values[index(i)]!;
    if (!Number.isFinite(v)) continue;
    if (v > 0) positive++;
    n++;
  }
  if (n === 0) return { statistic: Number.NaN, note: 'no event with a usable AR' };
  return { statistic: (positive - n * p) / Math.sqrt(n * p * (1 - p)) };
}

/**
 * Generalized sign test of Cowan (1992): `z = (N⁺ − N p̂) / √(N p̂ (1 − p̂))`, N the events with a
 * usable AR on the day, N⁺ those with AR > 0, p̂ the share of positive ARs in the estimation
 * windows (`generalizedSignP`: mean of per-event shares, or pooled as estudy2
 * `generalized_sign_test`), against N(0,1); on a CAR window the same on CAR_i with the same p̂.
 *
 * Cowan, A. R. (1992). Nonparametric event study tests. Review of Quantitative Finance and
 * Accounting 2(4), 343–358. https://doi.org/10.1007/BF00939016
 *
 * @param panel - The cross-section, with estimation-window ARs.
 * @param conventions - `generalizedSignP`, `carTest`, `carDayCoverage`.
 * @returns Daily statistics and one value per CAR window; `NaN` with a note when p̂ is 0, 1 or
 * undefined, or no event is usable.
 *
 * @example
 * ```ts
 * generalizedSign(panel).daily.statistic
 * ```
 */
export function generalizedSign(
  panel: EventPanel,
  conventions: Conventions = defaultConventions,
): CrossEventTestResult {
  const p = positiveShare(panel, conventions.generalizedSignP);
  if (!(p > 0 && p < 1))
    return nanResult(panel, 'the estimation share of positive ARs p̂ is 0, 1 or undefined');
  const t = panel.days.length;
  const n = panel.events;
  return runNamedTest(panel, conventions, {
    day: (j) => withNormalPValue(gsignStatistic(panel.ar, (i) => i * t + j, n, p)),
    car: (w) => withNormalPValue(gsignStatistic(panel.car, (i) => w * n + i, n, p)),
    sumDaily: true,
  });
}
