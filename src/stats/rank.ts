import type { Conventions } from '../types';
import { averageRanks } from './average-ranks';
import { defaultConventions } from './conventions';
import { eventSample, relativeDayRange } from './event-sample';
import { pValueNormal } from './p-value';
import type { EventPanel } from './panel';
import { estimationOverlapsWindow, scaleToAll } from './panel-columns';
import { sumDailyCar } from './sum-daily-car';
import { addNote, type CrossEventTestResult, makeSeries, makeValue, nanResult } from './test-result';

/**
 * Standardized rank test of Corrado & Zivney (1992), robust to missing returns: each event's usable
 * ARs over estimation ∪ event window (T_i values, ties averaged) are ranked, `U_it = K_it/(T_i + 1) − ½`;
 * the day statistic `S_t = N_t^{-1/2} Σ_i U_it`; `z_t = S_t / σ_U` with
 * `σ_U = √((1/T) Σ_d S_d²)` over the T relative days d of estimation ∪ event window with N_d > 0
 * (`rankVarianceDivisor: 'mean-observations'` divides by the mean T_i instead, as estudy2
 * `modified_rank_test`, with `rankDaySum: 'scaled-to-all'` on incomplete days), against N(0,1).
 * CAR window: `Σ_{t1..t2} S_t / (√L σ_U)` (or Σ daily z / √D under `carTest: 'sum-daily'`). Needs estimation and event windows not to overlap.
 *
 * Corrado, C. J. & Zivney, T. L. (1992). The specification and power of the sign test in event
 * study hypothesis tests using daily stock returns. Journal of Financial and Quantitative Analysis
 * 27(3), 465–478. https://doi.org/10.2307/2331331 ; Kolari, J. W. & Pynnönen, S. (2010), Review of
 * Financial Studies 23(11), 3996–4025.
 *
 * @param panel - The cross-section with estimation-window ARs.
 * @param conventions - `rankVarianceDivisor`, `carTest`, `carDayCoverage`.
 * @returns Daily z and one value per CAR window; `NaN` with a note on overlapping windows, zero
 * rank variance or a day without events.
 *
 * @example
 * ```ts
 * rank(panel).daily.statistic
 * ```
 */
export function rank(panel: EventPanel, conventions: Conventions = defaultConventions): CrossEventTestResult {
  if (estimationOverlapsWindow(panel)) {
    return nanResult(panel, 'the rank test needs estimation and event windows that do not overlap');
  }
  const t = panel.days.length;
  const { lo, size, maxSample } = relativeDayRange(panel);
  const sumU = new Float64Array(size);
  const count = new Int32Array(size);
  const values = new Float64Array(maxSample);
  const days = new Int32Array(maxSample);
  const ranks = new Float64Array(maxSample);
  let totalT = 0;
  for (let i = 0; i < panel.events; i++) {
    const n = eventSample(panel, i, 0, t - 1, values, days);
    averageRanks(values, n, ranks);
    for (let k = 0; k < n; k++) {
      sumU[days[k]! - lo]! += ranks[k]! / (n + 1) - 0.5;
      count[days[k]! - lo]!++;
    }
    totalT += n;
  }
  if (conventions.rankDaySum === 'scaled-to-all') scaleToAll(sumU, count, panel.events);
  let ss = 0;
  let used = 0;
  for (let d = 0; d < size; d++) {
    if (count[d]! === 0) continue;
    const s = sumU[d]! / Math.sqrt(count[d]!);
    ss += s * s;
    used++;
  }
  const divisor = conventions.rankVarianceDivisor === 'mean-observations' ? totalT / panel.events : used;
  const sigma = Math.sqrt(ss / divisor);
  if (!(sigma > 0)) return nanResult(panel, 'zero variance of the rank statistic');
  const dayS = (j: number): number => {
    const d = panel.days[j]! - lo;
    return count[d]! > 0 ? sumU[d]! / Math.sqrt(count[d]!) : Number.NaN;
  };
  const statistic: number[] = [];
  const pValue: number[] = [];
  const notes: string[] = [];
  for (let j = 0; j < t; j++) {
    const z = dayS(j) / sigma;
    if (!Number.isFinite(z)) addNote(notes, `day ${panel.days[j]}: no event with a usable AR`);
    statistic.push(z);
    pValue.push(pValueNormal(z));
  }
  const daily = makeSeries(statistic, pValue, notes);
  if (conventions.carTest === 'sum-daily') return { daily, cars: sumDailyCar(panel, daily, conventions) };
  const cars = panel.carWindows.map(({ first, last }) => {
    let sum = 0;
    let l = 0;
    for (let j = first; j <= last; j++) {
      const s = dayS(j);
      if (!Number.isFinite(s)) continue;
      sum += s;
      l++;
    }
    if (l === 0) return makeValue(Number.NaN, Number.NaN, 'no day of the CAR window has a usable AR');
    const z = sum / (Math.sqrt(l) * sigma);
    return makeValue(z, pValueNormal(z));
  });
  return { daily, cars };
}
