import type { Conventions } from '../types';
import type { EventPanel } from './panel';
import { scaleToAll } from './panel-columns';
import { runNamedTest, withNormalPValue } from './run-named-test';
import { type CrossEventTestResult, nanResult } from './test-result';

/**
 * Per relative day d (index `d − lo`, over estimation ∪ event window): Σ_i X_id over the N_d
 * events with a usable AR that day, and N_d. X is the per-event score of a nonparametric test:
 * `U_id = K_id/(T_i + 1) − ½` for the rank test, `sign(AR_id − median_i)` for the sign test.
 *
 * @example
 * ```ts
 * const { lo, sums, count } = rankDaySums(panel).u;
 * sums[0 - lo] / Math.sqrt(count[0 - lo]); // S_0, the day-0 statistic before σ
 * ```
 */
export interface DaySums {
  /** Smallest relative day of the grid. */
  lo: number;
  /** Σ_i X_id per day; not changed by {@link daySumTest}. */
  sums: Float64Array;
  /** N_d per day. */
  count: Int32Array;
  /** Σ_i T_i, the number of scores summed. */
  totalT: number;
}

/**
 * The statistic shared by the standardized rank test and the sign test of Corrado & Zivney (1992)
 * on day sums of per-event scores: `S_d = Σ_i X_id / √N_d` (after `rankDaySum: 'scaled-to-all'`
 * where set), `σ = √((1/T) Σ_d S_d²)` over the T days with N_d > 0 (or the mean T_i under
 * `rankVarianceDivisor: 'mean-observations'`), daily `z_t = S_t / σ` and on a CAR window
 * `Σ_{t1..t2} S_t / (√L σ)` (or Σ daily z / √D under `carTest: 'sum-daily'`), against N(0,1).
 *
 * @param panel - The cross-section (for its days, events and CAR windows).
 * @param conventions - `rankDaySum`, `rankVarianceDivisor`, `carTest`, `carDayCoverage`.
 * @param daySums - The day sums of the scores (left unchanged).
 * @param zeroVarianceNote - The note when σ is 0 or undefined.
 * @returns Daily z and one value per CAR window.
 *
 * @example
 * ```ts
 * daySumTest(panel, conventions, rankDaySums(panel).u, 'zero variance of the rank statistic');
 * ```
 */
export function daySumTest(
  panel: EventPanel,
  conventions: Conventions,
  daySums: DaySums,
  zeroVarianceNote: string,
): CrossEventTestResult {
  const { lo, count, totalT } = daySums;
  const sums = daySums.sums.slice();
  if (conventions.rankDaySum === 'scaled-to-all') scaleToAll(sums, count, panel.events);
  let ss = 0;
  let used = 0;
  for (let d = 0; d < sums.length; d++) {
    if (count[d]! === 0) continue;
    const s = sums[d]! / Math.sqrt(count[d]!);
    ss += s * s;
    used++;
  }
  const divisor = conventions.rankVarianceDivisor === 'mean-observations' ? totalT / panel.events : used;
  const sigma = Math.sqrt(ss / divisor);
  if (!(sigma > 0)) return nanResult(panel, zeroVarianceNote);
  const dayS = (j: number): number => {
    const d = panel.days[j]! - lo;
    return count[d]! > 0 ? sums[d]! / Math.sqrt(count[d]!) : Number.NaN;
  };
  return runNamedTest(panel, conventions, {
    day: (j) => {
      const z = dayS(j) / sigma;
      return withNormalPValue({
        statistic: z,
        note: Number.isFinite(z) ? undefined : 'no event with a usable AR',
      });
    },
    car: (w) => {
      const { first, last } = panel.carWindows[w]!;
      let sum = 0;
      let l = 0;
      for (let j = first; j <= last; j++) {
        const s = dayS(j);
        if (!Number.isFinite(s)) continue;
        sum += s;
        l++;
      }
      if (l === 0)
        return {
          statistic: Number.NaN,
          pValue: Number.NaN,
          note: 'no day of the CAR window has a usable AR',
        };
      return withNormalPValue({ statistic: sum / (Math.sqrt(l) * sigma) });
    },
    sumDaily: true,
  });
}
