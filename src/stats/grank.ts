import type { Conventions } from '../types';
import { averageRanks, rankScratch } from './average-ranks';
import { defaultConventions } from './conventions';
import { isZeroSpread } from './cross-sectional-t';
import { pValueT } from './p-value';
import type { EventPanel } from './panel';
import { estimationOverlapsWindow, mean, sampleSd } from './panel-columns';
import { type Computed, runNamedTest } from './run-named-test';
import { type CrossEventTestResult, nanResult } from './test-result';

/**
 * One tested quantity of GRANK (SAR_it of a window day, SCAR_i of a CAR window) and what is
 * summed for it over the events: its cross-sectional sd, and per estimation day Σ U_iτ and N_τ.
 */
interface GrankColumn {
  /** g_i for event i (`NaN` = unusable). */
  tested: (i: number) => number;
  /** Events with a usable g_i. */
  used: number;
  crossSd: number;
  /** Set when the column cannot be tested (then nothing is summed for it). */
  failed?: Computed;
  sumU: Float64Array;
  /** N_τ: the events with an estimation AR on day τ and a usable g. */
  count: Int32Array;
  /** Per day, the events with an estimation AR but no usable g (N_τ is the rest). */
  missing: Int32Array;
  /** Σ_i U_i0, the tested quantity's own rank. */
  sumU0: number;
}

/** The column's cross-sectional sd, or why it cannot be tested. */
function grankColumn(panel: EventPanel, tested: (i: number) => number, size: number): GrankColumn {
  const values = new Float64Array(panel.events);
  let used = 0;
  for (let i = 0; i < panel.events; i++) {
    const v = tested(i);
    if (Number.isFinite(v)) values[used++] = v;
  }
  const column: GrankColumn = {
    tested,
    used,
    crossSd: Number.NaN,
    sumU: new Float64Array(0),
    count: new Int32Array(0),
    missing: new Int32Array(0),
    sumU0: 0,
  };
  if (used < 2) {
    column.failed = { statistic: Number.NaN, pValue: Number.NaN, note: 'fewer than 2 events' };
    return column;
  }
  column.crossSd = sampleSd(values, used, mean(values, used));
  if (isZeroSpread(column.crossSd, values, used)) {
    column.failed = { statistic: Number.NaN, pValue: Number.NaN, note: 'zero cross-sectional variance' };
    return column;
  }
  column.sumU = new Float64Array(size);
  column.count = new Int32Array(size);
  column.missing = new Int32Array(size);
  return column;
}

/** The first of the `n` ascending keys that is not below `g` (n when all are). */
function firstNotBelow(keys: Float64Array, n: number, g: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < g) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of the `n` ascending keys, from `from` on, that is above `g`. */
function firstAbove(keys: Float64Array, n: number, g: number, from: number): number {
  let at = from;
  while (at < n && keys[at]! === g) at++;
  return at;
}

/** GRANK-T of a column from its sums (Kolari & Pynnönen 2011, eq. 13–16). */
function grankStatistic(column: GrankColumn): Computed {
  if (column.failed !== undefined) return column.failed;
  const { sumU, count, used } = column;
  const u0 = column.sumU0 / used;
  let s2 = u0 * u0;
  let tDays = 1;
  for (let d = 0; d < sumU.length; d++) {
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
 * GRANK-T of every window day and CAR window, in one pass over the events. Each event's
 * standardized estimation ARs are ranked once; the rank of a value among them and one tested
 * quantity g follows from its rank among them alone: one more when g is smaller, a half more when
 * g ties with it (the tie group grows by one), unchanged otherwise. The ranks are exact halves,
 * so every column gets the very numbers that ranking its own T_i + 1 values would give.
 *
 * @returns One value per window day, then one per CAR window.
 */
function grankColumns(panel: EventPanel): Computed[] {
  const n = panel.events;
  const t = panel.days.length;
  const { offsets, ar, day } = panel.estimation;
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
  const columns: GrankColumn[] = [];
  for (let j = 0; j < t; j++) columns.push(grankColumn(panel, (i) => panel.sar[i * t + j]!, size));
  panel.carWindows.forEach((_, w) => {
    columns.push(grankColumn(panel, (i) => panel.scar[w * n + i]!, size));
  });
  const live = columns.filter((column) => column.failed === undefined);
  let maxM = 0;
  for (let i = 0; i < n; i++) maxM = Math.max(maxM, offsets[i + 1]! - offsets[i]!);
  const values = new Float64Array(maxM);
  const days = new Int32Array(maxM);
  const ranks = new Float64Array(maxM);
  const sortedDay = new Int32Array(maxM);
  const termBelowG = new Float64Array(maxM);
  const termTied = new Float64Array(maxM);
  const termAboveG = new Float64Array(maxM);
  const countAll = new Int32Array(size);
  const scratch = rankScratch();
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      if (!Number.isFinite(ar[k]!)) continue;
      values[m] = ar[k]! / panel.sigma[i]!;
      days[m] = day[k]!;
      m++;
    }
    averageRanks(values, m, ranks, scratch);
    // In ascending order of value (scratch.keys): the day of each value, and its term
    // U = K/(T_i + 2) − ½ for the three ranks K it can have beside g (g above it: its own rank r;
    // tied: r + ½; below: r + 1). For one g the values below, tied and above are three runs of
    // this order, found by binary search, so each column adds precomputed terms.
    const { keys, positions } = scratch;
    const total = m + 2;
    for (let p = 0; p < m; p++) {
      const k = positions[p]!;
      const r = ranks[k]!;
      sortedDay[p] = days[k]! - lo;
      termBelowG[p] = r / total - 0.5;
      termTied[p] = (r + 0.5) / total - 0.5;
      termAboveG[p] = (r + 1) / total - 0.5;
      countAll[sortedDay[p]!]!++;
    }
    for (const column of live) {
      const v = column.tested(i);
      if (!Number.isFinite(v)) {
        for (let p = 0; p < m; p++) column.missing[sortedDay[p]!]!++;
        continue;
      }
      const g = v / column.crossSd;
      const below = firstNotBelow(keys, m, g);
      const notAbove = firstAbove(keys, m, g, below);
      const { sumU } = column;
      for (let p = 0; p < below; p++) sumU[sortedDay[p]!]! += termBelowG[p]!;
      for (let p = below; p < notAbove; p++) sumU[sortedDay[p]!]! += termTied[p]!;
      for (let p = notAbove; p < m; p++) sumU[sortedDay[p]!]! += termAboveG[p]!;
      // g's own rank: the average of positions below + 1 … notAbove + 1
      const rank0 = (below + 1 + (notAbove + 1)) / 2;
      column.sumU0 += rank0 / total - 0.5;
    }
  }
  for (const column of live) {
    for (let d = 0; d < size; d++) column.count[d] = countAll[d]! - column.missing[d]!;
  }
  return columns.map(grankStatistic);
}

/**
 * Generalized rank test GRANK-T of Kolari & Pynnönen (2011), robust to event-induced volatility,
 * cross-correlation and serial correlation: the tested quantity (SAR_it on a day, SCAR_i on a CAR
 * window) is re-standardized by its cross-sectional sd and, as the "cumulative day" 0, ranked
 * together with the event's standardized estimation ARs AR_iτ / s_i (T_i values,
 * `U_iτ = K_iτ/(T_i + 1) − ½`); `Z = Ū_0 / S_Ū` with `S_Ū² = (1/T) Σ_τ (N_τ/N) Ū_τ²` over the T
 * estimation days and day 0, and `t_grank = Z √((T − 2)/(T − 1 − Z²))` against t(T − 2). Needs
 * estimation and event windows not to overlap. Cost O(N·M·log M) once, plus O(N·M) per day and
 * window.
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
  const results = grankColumns(panel);
  return runNamedTest(panel, conventions, {
    day: (j) => results[j]!,
    car: (w) => results[t + w]!,
    sumDaily: false,
  });
}
