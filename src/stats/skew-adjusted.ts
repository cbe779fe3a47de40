import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import { isZeroSpread } from './cross-sectional-t';
import { pValueT } from './p-value';
import type { EventPanel } from './panel';
import { carColumn, dayColumn, mean, sampleSd } from './panel-columns';
import { type Computed, runNamedTest } from './run-named-test';
import type { CrossEventTestResult } from './test-result';

/**
 * The skewness-adjusted t statistic of the first `n` entries:
 * `t_sa = √n (S + γ̂ S²/3 + γ̂/(6n))`, `S = mean/sd`, `γ̂ = Σ (x − x̄)³ / (n · sd³)`, sd with n − 1.
 *
 * @param x - The values; only the first `n` are read. Must be finite.
 * @param n - How many values to read.
 * @returns The statistic, or `NaN` with a note for n < 3 or zero variance.
 *
 * @example
 * ```ts
 * skewAdjustedT(Float64Array.of(1, 2, 3), 3) // { statistic: 3.4641… } (γ̂ = 0: the plain t)
 * skewAdjustedT(Float64Array.of(1, 2, 6), 3) // { statistic: 2.2356… }
 * ```
 */
export function skewAdjustedT(x: Float64Array, n: number): { statistic: number; note?: string } {
  if (n < 3) return { statistic: Number.NaN, note: 'fewer than 3 events' };
  const m = mean(x, n);
  const sd = sampleSd(x, n, m);
  if (isZeroSpread(sd, x, n)) return { statistic: Number.NaN, note: 'zero cross-sectional variance' };
  let m3 = 0;
  for (let k = 0; k < n; k++) m3 += (x[k]! - m) ** 3;
  const gamma = m3 / (n * sd * sd * sd);
  const s = m / sd;
  return { statistic: Math.sqrt(n) * (s + (gamma * s * s) / 3 + gamma / (6 * n)) };
}

/**
 * Skewness-adjusted t test (Hall 1992, as used by Lyon, Barber & Tsai 1999):
 * `t_sa = √N (S + γ̂ S²/3 + γ̂/(6N))` with `S = mean(AR)/sd(AR)` and `γ̂ = Σ (AR − mean)³ / (N sd³)`
 * (sd with N − 1), against t(N − 1); on a CAR window the same on CAR_i (whatever `carTest`).
 *
 * Hall, P. (1992). On the removal of skewness by transformation. Journal of the Royal Statistical
 * Society B 54(1), 221–228. https://doi.org/10.1111/j.2517-6161.1992.tb01876.x ; Lyon, J. D.,
 * Barber, B. M. & Tsai, C.-L. (1999). Improved methods for tests of long-run abnormal stock
 * returns. Journal of Finance 54(1), 165–201. https://doi.org/10.1111/0022-1082.00101
 *
 * @param panel - The cross-section of abnormal returns.
 * @param conventions - Unused by the statistic (its CAR form is the same whatever `carTest`).
 * @returns Daily statistics and one value per CAR window; `NaN` with a note for N < 3 or zero
 * variance.
 *
 * @example
 * ```ts
 * skewAdjusted(panel).cars[0].statistic
 * ```
 */
export function skewAdjusted(
  panel: EventPanel,
  conventions: Conventions = defaultConventions,
): CrossEventTestResult {
  const t = panel.days.length;
  const x = new Float64Array(panel.events);
  const tested = (n: number): Computed => {
    const r = skewAdjustedT(x, n);
    return { statistic: r.statistic, pValue: pValueT(r.statistic, n - 1), note: r.note };
  };
  return runNamedTest(panel, conventions, {
    day: (j) => tested(dayColumn(panel.ar, panel.events, t, j, x)),
    car: (w) => tested(carColumn(panel.car, panel.events, w, x)),
    sumDaily: false,
  });
}
