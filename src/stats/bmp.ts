import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import { crossSectionalTTest } from './cross-sectional-t';
import type { EventPanel } from './panel';
import type { CrossEventTestResult } from './test-result';

/**
 * Standardized cross-sectional test of Boehmer, Musumeci & Poulsen (1991): the cross-sectional t
 * statistic of the standardized abnormal returns, `√N_t · mean(SAR_t) / sd(SAR_t)` (sd with
 * N_t − 1; SAR with the prediction-error factor C_t, as `panel.sar` carries it) against t(N_t − 1);
 * on a CAR window the same on SCAR_i. Robust to event-induced variance.
 *
 * Boehmer, E., Musumeci, J. & Poulsen, A. B. (1991). Event-study methodology under conditions of
 * event-induced variance. Journal of Financial Economics 30(2), 253–272.
 * https://doi.org/10.1016/0304-405X(91)90032-F (estudy2 `boehmer`.)
 *
 * @param panel - The cross-section of (standardized) abnormal returns.
 * @param conventions - `carTest: 'sum-daily'` replaces the CAR-window statistic by Σ daily t / √D.
 * @returns Daily statistics and one value per CAR window; `NaN` with a note where fewer than 2
 * events or zero variance.
 *
 * @example
 * ```ts
 * bmp(panel).daily.statistic
 * ```
 */
export function bmp(panel: EventPanel, conventions: Conventions = defaultConventions): CrossEventTestResult {
  return crossSectionalTTest(panel, panel.sar, panel.scar, conventions);
}
