import type { Conventions } from '../types';
import { pValueT } from './p-value';
import type { EventPanel } from './panel';
import { carColumn, dayColumn, mean, sampleSd } from './panel-columns';
import { type Computed, runNamedTest } from './run-named-test';
import type { CrossEventTestResult } from './test-result';

/**
 * Whether a standard deviation is zero up to rounding, relative to the size of the values.
 *
 * @param sd - The standard deviation of the first `n` entries of `x`.
 * @param x - The values it was computed from.
 * @param n - How many entries of `x` to read.
 * @returns `true` unless `sd` exceeds 1e-14 times the largest |x| (also `true` for a `NaN` sd).
 *
 * @example
 * ```ts
 * isZeroSpread(0, Float64Array.of(2, 2, 2), 3) // true
 * isZeroSpread(1, Float64Array.of(1, 2, 3), 3) // false
 * ```
 */
export function isZeroSpread(sd: number, x: Float64Array, n: number): boolean {
  let scale = 0;
  for (let k = 0; k < n; k++) scale = Math.max(scale, Math.abs(x[k]!));
  return !(sd > 1e-14 * scale);
}

/**
 * The cross-sectional t statistic `√n · mean(x) / sd(x)` (sd with n − 1) against t(n − 1) on the
 * first `n` entries of `x`; `NaN` with a note for n < 2 or zero variance.
 *
 * @param x - The values; only the first `n` are read. Must be finite.
 * @param n - How many values to read.
 * @returns The statistic and its two-sided p-value, or `NaN`s and a note.
 *
 * @example
 * ```ts
 * crossSectionalT(Float64Array.of(1, 2, 3), 3) // { statistic: 3.4641…, pValue: 0.0741… }
 * crossSectionalT(Float64Array.of(1), 1) // { statistic: NaN, pValue: NaN, note: 'fewer than 2 events' }
 * ```
 */
export function crossSectionalT(x: Float64Array, n: number): Computed {
  if (n < 2) return { statistic: Number.NaN, pValue: Number.NaN, note: 'fewer than 2 events' };
  const m = mean(x, n);
  const sd = sampleSd(x, n, m);
  if (isZeroSpread(sd, x, n)) {
    return { statistic: Number.NaN, pValue: Number.NaN, note: 'zero cross-sectional variance' };
  }
  const statistic = (Math.sqrt(n) * m) / sd;
  return { statistic, pValue: pValueT(statistic, n - 1) };
}

/**
 * Runs {@link crossSectionalT} on every window day of `daily` (N×T, `panel.ar` or `panel.sar`) and
 * on every CAR window of `car` (`panel.car` or `panel.scar`), or sums the daily statistics under
 * `carTest: 'sum-daily'`.
 *
 * @param panel - The cross-section (window days and CAR windows).
 * @param daily - N×T values tested on each window day (`panel.ar` or `panel.sar`).
 * @param car - Per-window values tested on each CAR window (`panel.car` or `panel.scar`).
 * @param conventions - `carTest`, `carDayCoverage`.
 * @returns Daily statistics and one value per CAR window; `NaN` with a note where fewer than 2
 * events are usable or the variance is zero.
 *
 * @example
 * ```ts
 * crossSectionalTTest(panel, panel.ar, panel.car, defaultConventions) // the same result as csect(panel)
 * ```
 */
export function crossSectionalTTest(
  panel: EventPanel,
  daily: Float64Array,
  car: Float64Array,
  conventions: Conventions,
): CrossEventTestResult {
  const t = panel.days.length;
  const x = new Float64Array(panel.events);
  return runNamedTest(panel, conventions, {
    day: (j) => crossSectionalT(x, dayColumn(daily, panel.events, t, j, x)),
    car: (w) => crossSectionalT(x, carColumn(car, panel.events, w, x)),
    sumDaily: true,
  });
}
