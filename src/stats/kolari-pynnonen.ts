import type { Conventions } from '../types';
import { bmp } from './bmp';
import { defaultConventions } from './conventions';
import { adjustForCorrelation } from './kolari-pynnonen-adjustment';
import type { EventPanel } from './panel';
import type { CrossEventTestResult } from './test-result';

/**
 * Kolari & Pynnönen (2010) adjusted BMP test: `kp = bmp · √((1 − r̄)/(1 + (N − 1) r̄))` with r̄ the
 * average cross-correlation of the events' estimation ARs over the pairs whose tested days share
 * calendar dates ({@link kolariPynnonenRbar}), against t(N − 1); r̄ is reported with each value.
 * CAR windows adjust the BMP test on SCAR_i with the window's r̄.
 *
 * Kolari, J. W. & Pynnönen, S. (2010). Event study testing with cross-sectional correlation of
 * abnormal returns. Review of Financial Studies 23(11), 3996–4025. https://doi.org/10.1093/rfs/hhq072
 *
 * @param panel - The cross-section, with estimation ARs and calendar dates.
 * @param conventions - `carTest`, `carDayCoverage`.
 * @returns Daily statistics with `rbar`, and one value per CAR window with `rbar`.
 *
 * @example
 * ```ts
 * const { daily } = kp(panel); daily.rbar
 * ```
 */
export function kp(panel: EventPanel, conventions: Conventions = defaultConventions): CrossEventTestResult {
  return adjustForCorrelation(panel, bmp(panel, { ...conventions, carTest: 'full' }), conventions, 'n-1');
}
