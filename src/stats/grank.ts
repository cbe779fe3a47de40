import type { Conventions } from '../types';
import { averageRanks, rankScratch } from './average-ranks';
import { defaultConventions } from './conventions';
import { isZeroSpread } from './cross-sectional-t';
import { pValueT } from './p-value';
import type { EventPanel } from './panel';
import { estimationOverlapsWindow, mean, sampleSd } from './panel-columns';
import { runNamedTest } from './run-named-test';
import { type CrossEventTestResult, nanResult } from './test-result';

/** GRANK-T for one tested quantity g_i (SAR_it on a day, SCAR_i on a CAR window; NaN = unusable). */
function grankOne(
  panel: EventPanel,
  g: (i: number) => number,
): { statistic: number; pValue: number; note?: string } {
  const n = panel.events;
  const { offsets, ar, day } = panel.estimation;
  const tested = new Float64Array(n);
  let used = 0;
  for (let i = 0; i < n; i++) {
    const v = g(i);
    if (Number.isFinite(v)) tested[used++] = v;
  }
  if (used < 2) return { statistic: Number.NaN, pValue: Number.NaN, note: 'fewer than 2 events' };
  const crossSd = sampleSd(tested, used, mean(tested, used));
  if (isZeroSpread(crossSd, tested, used)) {
    return { statistic: Number.NaN, pValue: Number.NaN, note: 'zero cross-sectional variance' };
  }
  let lo = 0;
  let hi = -1;
  for (let k = 0; k < day.length; k++) {
    if (hi < lo) {
      lo = day[k]!;
      hi = day[k]!;
    }
    lo = Math.min(lo, day[k]!);
    hi = Math.max(hi, day[k]!);
  }
  const size = Math.max(0, hi - lo + 1);
  const sumU = new Float64Array(size);
  const count = new Int32Array(size);
  let sumU0 = 0;
  let maxM = 0;
  for (let i = 0; i < n; i++) maxM = Math.max(maxM, offsets[i + 1]! - offsets[i]!);
  const values = new Float64Array(maxM + 1);
  const days = new Int32Array(maxM + 1);
  const ranks = new Float64Array(maxM + 1);
  const scratch = rankScratch();
  for (let i = 0; i < n; i++) {
    const v = g(i);
    if (!Number.isFinite(v)) continue;
    let m = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      if (!Number.isFinite(ar[k]!)) continue;
      values[m] = ar[k]! / panel.sigma[i]!;
      days[m] = day[k]!;
      m++;
    }
    values[m] = v / crossSd;
    averageRanks(values, m + 1, ranks, scratch);
    for (let k = 0; k < m; k++) {
      sumU[days[k]! - lo]! += ranks[k]! / (m + 2) - 0.5;
      count[days[k]! - lo]!++;
    }
    sumU0 += ranks[m]! / (m + 2) - 0.5;
  }
  const u0 = sumU0 / used;
  let s2 = u0 * u0;
  let tDays = 1;
  for (let d = 0; d < size; d++) {
    if (count[d]! === 0) continue;
    const u = sumU[d]! / count[d]!;
    s2 += (count[d]! / used) * u * u;
    tDays++;
  }
  s2 /= tDays;
  if (!(s2 > 0) || tDays < 3) {
    return {
      statistic: Number.NaN,
      pValue: Number.NaN,
      note: 'zero rank variance or too few estimation days',
    };
  }
  const z = u0 / Math.sqrt(s2);
  const statistic = z * Math.sqrt((tDays - 2) / (tDays - 1 - z * z));
  return { statistic, pValue: pValueT(statistic, tDays - 2) };
}

/**
 * Generalized rank test GRANK-T of Kolari & Pynnönen (2011), robust to event-induced volatility,
 * cross-correlation and serial correlation: the tested quantity (SAR_it on a day, SCAR_i on a CAR
 * window) is re-standardized by its cross-sectional sd and, as the "cumulative day" 0, ranked
 * together with the event's standardized estimation ARs AR_iτ / s_i (T_i values,
 * `U_iτ = K_iτ/(T_i + 1) − ½`); `Z = Ū_0 / S_Ū` with `S_Ū² = (1/T) Σ_τ (N_τ/N) Ū_τ²` over the T
 * estimation days and day 0, and `t_grank = Z √((T − 2)/(T − 1 − Z²))` against t(T − 2). Needs
 * estimation and event windows not to overlap. Cost O(N·M·log M) per day and window.
 *
 * Kolari, J. W. & Pynnönen, S. (2011). Nonparametric rank tests for event studies. Journal of
 * Empirical Finance 18(5), 953–971. https://doi.org/10.1016/j.jempfin.2011.08.003
 *
 * @param panel - The cross-section with estimation ARs.
 * @param conventions - Unused by the statistic (GRANK has its own CAR form whatever `carTest`).
 * @returns Daily statistics and one value per CAR window; `NaN` with a note on overlapping windows,
 * fewer than 2 events or zero variance.
 *
 * @example
 * ```ts
 * grank(panel).cars[0].pValue
 * ```
 */
export function grank(
  panel: EventPanel,
  conventions: Conventions = defaultConventions,
): CrossEventTestResult {
  if (estimationOverlapsWindow(panel)) {
    return nanResult(panel, 'GRANK needs estimation and event windows that do not overlap');
  }
  const t = panel.days.length;
  const n = panel.events;
  return runNamedTest(panel, conventions, {
    day: (j) => grankOne(panel, (i) => panel.sar[i * t + j]!),
    car: (w) => grankOne(panel, (i) => panel.scar[w * n + i]!),
    sumDaily: false,
  });
}
