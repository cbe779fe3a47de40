import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import { pValueT } from './p-value';
import type { EventPanel } from './panel';
import { meanM } from './panel-columns';
import { type Computed, runNamedTest } from './run-named-test';
import type { CrossEventTestResult } from './test-result';

/** AAR / (√(Σ s_i²) / n) over the usable entries of one day or CAR window. */
function bwStatistic(
  values: Float64Array,
  sigma: Float64Array,
  index: (i: number) => number,
  events: number,
): { statistic: number; note?: string } {
  let sum = 0;
  let variance = 0;
  let n = 0;
  for (let i = 0; i < events; i++) {
    const v = values[index(i)]!;
    if (!Number.isFinite(v)) continue;
    sum += v;
    variance += sigma[i]! * sigma[i]!;
    n++;
  }
  if (n === 0) return { statistic: Number.NaN, note: 'no event with a usable AR' };
  if (!(variance > 0)) return { statistic: Number.NaN, note: 'zero estimation variance' };
  return { statistic: sum / n / (Math.sqrt(variance) / n) };
}

/**
 * Brown & Warner (1980) test with independent securities: `t = AAR_t / (√(Σ_i s_i²) / N_t)`, the
 * standard error built from each event's own estimation-window variance s_i²; on a CAR window
 * `CAAR / (√L · √(Σ_i s_i²) / N)` with L the window length. Reference distribution t(mean d_i), or
 * t(M̄ − 1) under `brownWarnerDf: 'mean-m-1'` (estudy2 `brown_warner_1980`).
 *
 * Brown, S. J. & Warner, J. B. (1980). Measuring security price performance. Journal of Financial
 * Economics 8(3), 205–258. https://doi.org/10.1016/0304-405X(80)90002-1
 *
 * @param panel - The cross-section of abnormal returns with each event's s_i (`panel.sigma`).
 * @param conventions - `brownWarnerDf`, `carTest`, `carDayCoverage`.
 * @returns Daily statistics and one value per CAR window; `NaN` with a note where no event is usable.
 *
 * @example
 * ```ts
 * bw1980(panel, estudy2Conventions).daily.statistic
 * ```
 */
export function bw1980(
  panel: EventPanel,
  conventions: Conventions = defaultConventions,
): CrossEventTestResult {
  const t = panel.days.length;
  const n = panel.events;
  let df: number;
  if (conventions.brownWarnerDf === 'mean-m-1') df = meanM(panel) - 1;
  else {
    df = 0;
    for (let i = 0; i < n; i++) df += panel.df[i]! / n;
  }
  const tested = (r: { statistic: number; note?: string }, scale = 1): Computed => {
    const s = r.statistic / scale;
    return { statistic: s, pValue: pValueT(s, df), note: r.note };
  };
  return runNamedTest(panel, conventions, {
    day: (j) => tested(bwStatistic(panel.ar, panel.sigma, (i) => i * t + j, n)),
    // a CAR window: CAAR / (√L · √(Σ s_i²) / N)
    car: (w) => {
      const { first, last } = panel.carWindows[w]!;
      return tested(
        bwStatistic(panel.car, panel.sigma, (i) => w * n + i, n),
        Math.sqrt(last - first + 1),
      );
    },
    sumDaily: true,
  });
}
