import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import { daySumTest } from './day-sum-test';
import type { EventPanel } from './panel';
import { estimationOverlapsWindow } from './panel-columns';
import { panelPass } from './panel-passes';
import { rankDaySums } from './rank-day-sums';
import { type CrossEventTestResult, nanResult } from './test-result';

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
  return daySumTest(
    panel,
    conventions,
    panelPass(panel, rankDaySums).u,
    'zero variance of the rank statistic',
  );
}
