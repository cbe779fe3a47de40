import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import type { EventPanel } from './panel';
import { runNamedTest, withNormalPValue } from './run-named-test';
import type { CrossEventTestResult } from './test-result';

/** (N⁺ − n/2) / (√n / 2) over the usable entries, zeros dropped or counted as negative. */
function signStatistic(
  values: Float64Array,
  index: (i: number) => number,
  events: number,
  zero: Conventions['signZero'],
): { statistic: number; note?: string } {
  let positive = 0;
  let n = 0;
  for (let i = 0; i < events; i++) {
    const v = values[index(i)]!;
    if (!Number.isFinite(v)) continue;
    if (v > 0) positive++;
    if (v !== 0 || zero === 'negative') n++;
  }
  if (n === 0) return { statistic: Number.NaN, note: 'no non-zero usable AR' };
  return { statistic: (positive - n / 2) / (Math.sqrt(n) / 2) };
}

/**
 * Sign test: `z = (N⁺ − n/2) / (√n / 2)` with N⁺ the events with a positive AR on the day and n the
 * events with a non-zero AR (`signZero: 'drop'`) or with any usable AR, a zero counting as negative
 * (`'negative'`, estudy2 `sign_test`), against N(0,1); on a CAR window the same on CAR_i.
 *
 * Cowan, A. R. (1992). Nonparametric event study tests. Review of Quantitative Finance and
 * Accounting 2(4), 343–358. https://doi.org/10.1007/BF00939016 ; Boehmer, E., Musumeci, J. &
 * Poulsen, A. B. (1991), Journal of Financial Economics 30(2), 253–272.
 *
 * @param panel - The cross-section of abnormal returns.
 * @param conventions - `signZero`, `carTest`, `carDayCoverage`.
 * @returns Daily statistics and one value per CAR window; `NaN` with a note where n = 0.
 *
 * @example
 * ```ts
 * sign(panel).daily.statistic
 * ```
 */
export function sign(panel: EventPanel, conventions: Conventions = defaultConventions): CrossEventTestResult {
  const t = panel.days.length;
  const n = panel.events;
  const zero = conventions.signZero;
  return runNamedTest(panel, conventions, {
    day: (j) => withNormalPValue(signStatistic(panel.ar, (i) => i * t + j, n, zero)),
    car: (w) => withNormalPValue(signStatistic(panel.car, (i) => w * n + i, n, zero)),
    sumDaily: true,
  });
}
