import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import { adjustForCorrelation } from './kolari-pynnonen-adjustment';
import type { EventPanel } from './panel';
import { patell } from './patell';
import type { CrossEventTestResult } from './test-result';

/**
 * Patell test with the Kolari & Pynnönen (2010) cross-correlation adjustment:
 * `patell · √((1 − r̄)/(1 + (N − 1) r̄))`, r̄ as for `kp`, against N(0,1).
 *
 * Kolari, J. W. & Pynnönen, S. (2010). Event study testing with cross-sectional correlation of
 * abnormal returns. Review of Financial Studies 23(11), 3996–4025. https://doi.org/10.1093/rfs/hhq072 ;
 * Patell, J. M. (1976), Journal of Accounting Research 14(2), 246–276.
 *
 * @param panel - The cross-section, with estimation ARs and calendar dates.
 * @param conventions - `patellDenominator`, `carTest`, `carDayCoverage`.
 * @returns Daily statistics with `rbar`, and one value per CAR window with `rbar`.
 *
 * @example
 * ```ts
 * kpPatell(panel).daily.statistic
 * ```
 */
export function kpPatell(
  panel: EventPanel,
  conventions: Conventions = defaultConventions,
): CrossEventTestResult {
  return adjustForCorrelation(
    panel,
    patell(panel, { ...conventions, carTest: 'full' }),
    conventions,
    'normal',
  );
}
