import type { Conventions } from '../types';
import { averageRanks, rankScratch } from './average-ranks';
import { defaultConventions } from './conventions';
import { eventSample, relativeDayRange } from './event-sample';
import type { EventPanel } from './panel';
import { estimationOverlapsWindow, scaleToAll, usableCounts } from './panel-columns';
import { panelPass } from './panel-passes';
import { rankDaySums } from './rank-day-sums';
import { runNamedTest, withNormalPValue } from './run-named-test';
import { type CrossEventTestResult, nanResult } from './test-result';

/**
 * Per relative day: Σ of raw ranks, Σ of ranks minus their event's mean rank, and N_d.
 *
 * @example
 * ```ts
 * const [grid] = rankGrids(panel); // the first CAR window's
 * grid.sumK[0 - grid.lo] / grid.count[0 - grid.lo]; // the mean rank on day 0
 * ```
 */
export interface RankGrid {
  lo: number;
  sumK: Float64Array;
  sumCentered: Float64Array;
  count: Int32Array;
  /** Σ_i T_i and Σ_i (T_i + 1)/2 over the events with T_i > 0, and how many those are. */
  totalT: number;
  sumMeanRank: number;
  ranked: number;
}

function emptyGrid(lo: number, size: number): RankGrid {
  return {
    lo,
    sumK: new Float64Array(size),
    sumCentered: new Float64Array(size),
    count: new Int32Array(size),
    totalT: 0,
    sumMeanRank: 0,
    ranked: 0,
  };
}

/**
 * The rank grid of every CAR window (ranks over estimation ∪ that window), in one pass: each
 * event's sample over estimation ∪ the whole event window is sorted once, and a window's ranks
 * are read off that order skipping the days outside it, ties averaged among the values kept.
 * The same numbers as ranking each window's sample on its own (the ranks are exact halves).
 *
 * @param panel - The cross-section with estimation-window ARs (windows not overlapping).
 * @returns One grid per CAR window, aligned with `panel.carWindows`.
 *
 * @example
 * ```ts
 * rankGrids(panel)[0].totalT // Σ_i T_i over estimation ∪ the first CAR window
 * ```
 */
export function rankGrids(panel: EventPanel): RankGrid[] {
  const t = panel.days.length;
  const { lo, size, maxSample } = relativeDayRange(panel);
  const grids = panel.carWindows.map(() => emptyGrid(lo, size));
  const values = new Float64Array(maxSample);
  const days = new Int32Array(maxSample);
  const ranks = new Float64Array(maxSample);
  const keptRank = new Float64Array(maxSample);
  const kept = new Int32Array(maxSample);
  const scratch = rankScratch();
  // estimation days all precede the window (estimationOverlapsWindow is checked first)
  const firstWindowDay = panel.days[0]!;
  for (let i = 0; i < panel.events; i++) {
    const n = eventSample(panel, i, 0, t - 1, values, days);
    if (n === 0) continue;
    const ties = averageRanks(values, n, ranks, scratch);
    const { keys, positions } = scratch;
    for (let w = 0; w < grids.length; w++) {
      const { first, last } = panel.carWindows[w]!;
      const from = panel.days[first]!;
      const to = panel.days[last]!;
      // the sample positions of the window's values, in ascending order of value
      let m = 0;
      for (let k = 0; k < n; k++) {
        const d = days[positions[k]!]!;
        if (d < firstWindowDay || (d >= from && d <= to)) kept[m++] = k;
      }
      if (m === 0) continue;
      // Without ties (the usual case) the k-th value kept has rank k + 1; with ties, the average
      // of the ranks its tie group spans among the values kept.
      if (ties !== 0) {
        let start = 0;
        while (start < m) {
          let end = start + 1;
          while (end < m && keys[kept[end]!]! === keys[kept[start]!]!) end++;
          const rank = (start + 1 + end) / 2;
          for (let k = start; k < end; k++) keptRank[k] = rank;
          start = end;
        }
      }
      const grid = grids[w]!;
      const meanRank = (m + 1) / 2;
      for (let k = 0; k < m; k++) {
        const d = days[positions[kept[k]!]!]! - lo;
        const rank = ties === 0 ? k + 1 : keptRank[k]!;
        grid.sumK[d]! += rank;
        grid.sumCentered[d]! += rank - meanRank;
        grid.count[d]!++;
      }
      grid.totalT += m;
      grid.sumMeanRank += meanRank;
      grid.ranked++;
    }
  }
  return grids;
}

/** The T of `S² = (1/T) Σ_d K̄_d²`: days with N_d > 0, or the mean T_i ('mean-observations'). */
function divisor(count: Int32Array, totalT: number, panel: EventPanel, conventions: Conventions): number {
  if (conventions.rankVarianceDivisor === 'mean-observations') return totalT / panel.events;
  let used = 0;
  for (let d = 0; d < count.length; d++) if (count[d]! > 0) used++;
  return used;
}

/**
 * Cowan's (1992) multi-day extension of the Corrado rank test on one CAR window: ranks over
 * estimation ∪ CAR window, D kept window days (N_t > 0; under `carTest: 'sum-daily'` only days where
 * more than `carDayCoverage` of the events have an AR, as estudy2 `car_rank_test`), and
 * `Σ_t K̄_t / (√D · S)` with `K̄_t = N_t^{-1} Σ_i (K_it − (T_i + 1)/2)` and `S² = (1/T) Σ_d K̄_d²`
 * (`rankCarCentering: 'event'`), or estudy2's pooled form `√D (mean K_window − mean_i (T_i+1)/2) / S`
 * with `S² = (1/T) Σ_d (mean_i K_id − mean_i (T_i+1)/2)²` (`'pooled'`).
 */
function cowanCar(
  panel: EventPanel,
  w: number,
  grid: RankGrid,
  conventions: Conventions,
  counts: Int32Array,
): number {
  const { first, last } = panel.carWindows[w]!;
  const meanRank = grid.sumMeanRank / grid.ranked;
  const pooled = conventions.rankCarCentering === 'pooled';
  let ss = 0;
  for (let d = 0; d < grid.count.length; d++) {
    const n = grid.count[d]!;
    if (n === 0) continue;
    const k = pooled ? grid.sumK[d]! / n - meanRank : grid.sumCentered[d]! / n;
    ss += k * k;
  }
  const s = Math.sqrt(ss / divisor(grid.count, grid.totalT, panel, conventions));
  let kept = 0;
  let sum = 0;
  let sumK = 0;
  let cells = 0;
  for (let j = first; j <= last; j++) {
    const n = counts[j]!;
    if (n === 0) continue;
    if (conventions.carTest === 'sum-daily' && n / panel.events <= conventions.carDayCoverage) continue;
    const d = panel.days[j]! - grid.lo;
    kept++;
    sum += grid.sumCentered[d]! / n;
    sumK += grid.sumK[d]!;
    cells += n;
  }
  if (kept === 0 || !(s > 0)) return Number.NaN;
  return pooled ? (Math.sqrt(kept) * (sumK / cells - meanRank)) / s : sum / (Math.sqrt(kept) * s);
}

/**
 * Rank test of Corrado (1989): each event's usable ARs over estimation ∪ event window are ranked
 * (T_i values, ties averaged), `K̄_t = N_t^{-1} Σ_i (K_it − (T_i + 1)/2)`, and
 * `z_t = K̄_t / √((1/T) Σ_d K̄_d²)` over the T relative days with N_d > 0
 * (`rankVarianceDivisor: 'mean-observations'`: the mean T_i, and `rankDaySum: 'scaled-to-all'`, as
 * estudy2 `rank_test`), against N(0,1).
 * On a CAR window: Cowan's (1992) extension (estudy2 `car_rank_test` with `rankCarCentering:
 * 'pooled'` and `carTest: 'sum-daily'`). Needs estimation and event windows not to overlap.
 *
 * Corrado, C. J. (1989). A nonparametric test for abnormal security-price performance in event
 * studies. Journal of Financial Economics 23(2), 385–395. https://doi.org/10.1016/0304-405X(89)90064-0 ;
 * Cowan, A. R. (1992). Nonparametric event study tests. Review of Quantitative Finance and
 * Accounting 2(4), 343–358. https://doi.org/10.1007/BF00939016
 *
 * @param panel - The cross-section with estimation-window ARs.
 * @param conventions - `rankVarianceDivisor`, `rankCarCentering`, `carTest`, `carDayCoverage`.
 * @returns Daily z and one value per CAR window; `NaN` with a note on overlapping windows or zero
 * rank variance.
 *
 * @example
 * ```ts
 * corradoRank(panel, estudy2Conventions).cars[0].statistic
 * ```
 */
export function corradoRank(
  panel: EventPanel,
  conventions: Conventions = defaultConventions,
): CrossEventTestResult {
  if (estimationOverlapsWindow(panel)) {
    return nanResult(panel, 'the rank test needs estimation and event windows that do not overlap');
  }
  // The daily statistic ranks estimation ∪ event window, the samples of `rank`: shared sums.
  const { lo, count, totalT, sums } = panelPass(panel, rankDaySums).centred;
  const sumCentered = sums.slice();
  if (conventions.rankDaySum === 'scaled-to-all') scaleToAll(sumCentered, count, panel.events);
  let ss = 0;
  for (let d = 0; d < count.length; d++) {
    if (count[d]! === 0) continue;
    const k = sumCentered[d]! / count[d]!;
    ss += k * k;
  }
  const sd = Math.sqrt(ss / divisor(count, totalT, panel, conventions));
  if (!(sd > 0)) return nanResult(panel, 'zero variance of the rank statistic');
  const counts = usableCounts(panel);
  const grids = rankGrids(panel);
  return runNamedTest(panel, conventions, {
    day: (j) => {
      const d = panel.days[j]! - lo;
      const z = count[d]! > 0 ? sumCentered[d]! / count[d]! / sd : Number.NaN;
      return withNormalPValue({
        statistic: z,
        note: Number.isFinite(z) ? undefined : 'no event with a usable AR',
      });
    },
    car: (w) => {
      const z = cowanCar(panel, w, grids[w]!, conventions, counts);
      return withNormalPValue({
        statistic: z,
        note: Number.isFinite(z) ? undefined : 'no usable day or zero rank variance',
      });
    },
    // Cowan's CAR statistic has its own estudy2 form (`carTest: 'sum-daily'` inside cowanCar).
    sumDaily: false,
  });
}
