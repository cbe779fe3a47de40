import { averageRanks, rankScratch } from './average-ranks';
import type { DaySums } from './day-sum-test';
import { eventSample, relativeDayRange } from './event-sample';
import type { EventPanel } from './panel';

/**
 * Day sums of the ranks of every event's usable ARs over estimation ∪ event window (T_i values,
 * ties averaged, 1 = smallest), in two centrings: `U_id = K_id/(T_i + 1) − ½` (the standardized
 * rank test, `rank`) and `K_id − (T_i + 1)/2` (the Corrado rank test's daily statistic,
 * `corradoRank`); and, from the same sorted samples, `G_id = sign(AR_id − median_i)` (the sign test
 * of Corrado & Zivney, `corradoSign`). The three tests read the same samples, so one pass serves
 * them all.
 *
 * @example
 * ```ts
 * const { u, centred } = rankDaySums(panel);
 * u.count[0 - u.lo]; // N_0, the events with a usable AR on day 0
 * ```
 */
export interface RankDaySums {
  /** Σ_i U_id per relative day, with N_d and Σ T_i. */
  u: DaySums;
  /** Σ_i (K_id − (T_i + 1)/2) per relative day (same `lo`, `count` and `totalT` as `u`). */
  centred: DaySums;
  /** Σ_i sign(AR_id − median_i) per relative day (same `lo`, `count` and `totalT` as `u`). */
  sign: DaySums;
}

/**
 * The rank day sums of a panel ({@link RankDaySums}): each event's usable estimation and
 * event-window ARs ranked once (`averageRanks`), summed per relative day in event order. The
 * tests read it through `panelPass`, so `rank` and `corradoRank` share one ranking pass.
 *
 * @param panel - The cross-section with estimation-window ARs.
 * @returns The day sums.
 *
 * @example
 * ```ts
 * const { u } = rankDaySums(panel);
 * u.sums[0 - u.lo] / Math.sqrt(u.count[0 - u.lo]); // S_0 of the standardized rank test
 * ```
 */
export function rankDaySums(panel: EventPanel): RankDaySums {
  const t = panel.days.length;
  const { lo, size, maxSample } = relativeDayRange(panel);
  const u = new Float64Array(size);
  const centred = new Float64Array(size);
  const sign = new Float64Array(size);
  const count = new Int32Array(size);
  const values = new Float64Array(maxSample);
  const days = new Int32Array(maxSample);
  const ranks = new Float64Array(maxSample);
  const scratch = rankScratch();
  let totalT = 0;
  for (let i = 0; i < panel.events; i++) {
    const n = eventSample(panel, i, 0, t - 1, values, days);
    if (n === 0) continue;
    averageRanks(values, n, ranks, scratch);
    const meanRank = (n + 1) / 2;
    // the median as `median` takes it (R's), from the sorted sample averageRanks leaves
    const h = n >> 1;
    const { keys } = scratch;
    const med = n % 2 === 1 ? keys[h]! : (keys[h - 1]! + keys[h]!) / 2;
    for (let k = 0; k < n; k++) {
      const d = days[k]! - lo;
      u[d]! += ranks[k]! / (n + 1) - 0.5;
      centred[d]! += ranks[k]! - meanRank;
      sign[d]! += Math.sign(values[k]! - med);
      count[d]!++;
    }
    totalT += n;
  }
  return {
    u: { lo, sums: u, count, totalT },
    centred: { lo, sums: centred, count, totalT },
    sign: { lo, sums: sign, count, totalT },
  };
}
