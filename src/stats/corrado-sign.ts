import type { Conventions } from '../types';
import { median } from './average-ranks';
import { defaultConventions } from './conventions';
import { daySumTest } from './day-sum-test';
import { eventSample, relativeDayRange } from './event-sample';
import type { EventPanel } from './panel';
import { estimationOverlapsWindow } from './panel-columns';
import { type CrossEventTestResult, nanResult } from './test-result';

/**
 * Sign test of Corrado & Zivney (1992): `G_it = sign(AR_it − median_i)`, the median over event i's
 * usable ARs of estimation ∪ event window; `S_t = N_t^{-1/2} Σ_i G_it` and `z_t = S_t / σ_G` with
 * `σ_G = √((1/T) Σ_d S_d²)` over the relative days with N_d > 0 (`rankVarianceDivisor:
 * 'mean-observations'`: the mean T_i, and `rankDaySum: 'scaled-to-all'`, as estudy2
 * `corrado_sign_test`), against N(0,1). CAR window:
 * `Σ_{t1..t2} S_t / (√L σ_G)` (or Σ daily z / √D under `carTest: 'sum-daily'`). Needs estimation and
 * event windows not to overlap.
 *
 * Corrado, C. J. & Zivney, T. L. (1992). The specification and power of the sign test in event
 * study hypothesis tests using daily stock returns. Journal of Financial and Quantitative Analysis
 * 27(3), 465–478. https://doi.org/10.2307/2331331
 *
 * @param panel - The cross-section with estimation-window ARs.
 * @param conventions - `rankVarianceDivisor`, `carTest`, `carDayCoverage`.
 * @returns Daily z and one value per CAR window; `NaN` with a note on overlapping windows or zero
 * variance.
 *
 * @example
 * ```ts
 * corradoSign(panel).daily.statistic
 * ```
 */
export function corradoSign(
  panel: EventPanel,
  conventions: Conventions = defaultConventions,
): CrossEventTestResult {
  if (estimationOverlapsWindow(panel)) {
    return nanResult(
      panel,
      'the sign test of Corrado & Zivney needs estimation and event windows that do not overlap',
    );
  }
  const t = panel.days.length;
  const { lo, size, maxSample } = relativeDayRange(panel);
  const sumG = new Float64Array(size);
  const count = new Int32Array(size);
  const values = new Float64Array(maxSample);
  const days = new Int32Array(maxSample);
  let totalT = 0;
  for (let i = 0; i < panel.events; i++) {
    const n = eventSample(panel, i, 0, t - 1, values, days);
    const med = median(values, n);
    for (let k = 0; k < n; k++) {
      sumG[days[k]! - lo]! += Math.sign(values[k]! - med);
      count[days[k]! - lo]!++;
    }
    totalT += n;
  }
  return daySumTest(
    panel,
    conventions,
    { lo, sums: sumG, count, totalT },
    'zero variance of the sign statistic',
  );
}
