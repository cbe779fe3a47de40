import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import { daySumTest } from './day-sum-test';
import type { EventPanel } from './panel';
import { estimationOverlapsWindow } from './panel-columns';
import { panelPass } from './panel-passes';
import { rankDaySums } from './rank-day-sums';
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
  // The medians come from the sorted samples of the rank tests' pass (shared with them).
  const { sign } = panelPass(panel, rankDaySums);
  return daySumTest(panel, conventions, sign, 'zero variance of the sign statistic');
}
