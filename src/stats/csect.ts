import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import { crossSectionalTTest } from './cross-sectional-t';
import type { EventPanel } from './panel';
import type { CrossEventTestResult } from './test-result';

/**
 * Cross-sectional t test of Brown & Warner (1985): on each day,
 * `t = √N_t · mean_i(AR_it) / sd_i(AR_it)` (sd with N_t − 1) against t(N_t − 1), N_t the events with
 * a usable AR that day; on a CAR window the same statistic on the events' CAR_i. Robust to
 * event-induced variance, but assumes cross-sectional independence.
 *
 * Brown, S. J. & Warner, J. B. (1985). Using daily stock returns: the case of event studies.
 * Journal of Financial Economics 14(1), 3–31. https://doi.org/10.1016/0304-405X(85)90042-X
 * (estudy2 `t_test`.)
 *
 * @param panel - The cross-section of abnormal returns.
 * @param conventions - `carTest: 'sum-daily'` replaces the CAR-window statistic by Σ daily t / √D.
 * @returns Daily statistics (`daily`) and one value per CAR window (`cars`); `NaN` with a note where
 * fewer than 2 events or zero variance.
 *
 * @example
 * ```ts
 * const { daily, cars } = csect(panel);
 * daily.statistic[5]; cars[0].pValue;
 * ```
 */
export function csect(
  panel: EventPanel,
  conventions: Conventions = defaultConventions,
): CrossEventTestResult {
  return crossSectionalTTest(panel, panel.ar, panel.car, conventions);
}
