import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import type { EventPanel } from './panel';
import { runNamedTest, withNormalPValue } from './run-named-test';
import type { CrossEventTestResult } from './test-result';

/**
 * Per event, the variance of a standardized abnormal return under the null: d_i / (d_i − 2) with
 * d_i the degrees of freedom of s² (`patellDenominator: 'df'`), or (M_i − 2)/(M_i − 4) as estudy2
 * (`'m-4'`). `NaN` where the denominator is not positive.
 *
 * @param panel - The cross-section (`df`, `m`).
 * @param conventions - `patellDenominator`.
 * @returns One weight per event.
 *
 * @example
 * ```ts
 * // panel.df = [10, 2], panel.m = [12, 4]
 * patellWeights(panel, defaultConventions) // Float64Array [1.25, NaN]
 * patellWeights(panel, estudy2Conventions) // Float64Array [1.25, NaN]
 * ```
 */
export function patellWeights(panel: EventPanel, conventions: Conventions): Float64Array {
  const w = new Float64Array(panel.events);
  for (let i = 0; i < panel.events; i++) {
    const d = conventions.patellDenominator === 'm-4' ? panel.m[i]! - 2 : panel.df[i]!;
    w[i] = d > 2 ? d / (d - 2) : Number.NaN;
  }
  return w;
}

/**
 * Σ SAR / √(Σ weights) over the usable entries of one day or CAR window, or the reason it fails.
 *
 * @param values - SAR (N×T) or SCAR (per window) values.
 * @param weights - Per-event weights from {@link patellWeights}.
 * @param index - Where event i's value sits in `values`.
 * @param events - N.
 * @returns The statistic and the number of events used; `NaN` with a note when no event is usable
 * or a used event's weight is undefined.
 *
 * @example
 * ```ts
 * patellSum(Float64Array.of(1, 2, NaN), Float64Array.of(1.25, 1.25, 1.25), (i) => i, 3)
 * // { statistic: 1.8973… (= 3 / √2.5), n: 2 }
 * ```
 */
export function patellSum(
  values: Float64Array,
  weights: Float64Array,
  index: (i: number) => number,
  events: number,
): { statistic: number; n: number; note?: string } {
  let sum = 0;
  let wsum = 0;
  let n = 0;
  for (let i = 0; i < events; i++) {
    const v = values[index(i)]!;
    if (!Number.isFinite(v)) continue;
    const w = weights[i]!;
    if (!Number.isFinite(w)) {
      return { statistic: Number.NaN, n, note: 'an event has too few estimation days for the Patell weight' };
    }
    sum += v;
    wsum += w;
    n++;
  }
  if (n === 0) return { statistic: Number.NaN, n, note: 'no event with a usable AR' };
  return { statistic: sum / Math.sqrt(wsum), n };
}

/**
 * Patell (1976) standardized-residual test: `Z_t = Σ_i SAR_it / √(Σ_i d_i/(d_i − 2))` over the N_t
 * events with a usable AR, against N(0,1); on a CAR window the same with SCAR_i. The weights follow
 * `conventions.patellDenominator` (estudy2: (M_i − 2)/(M_i − 4)).
 *
 * Patell, J. M. (1976). Corporate forecasts of earnings per share and stock price behavior:
 * empirical tests. Journal of Accounting Research 14(2), 246–276. https://doi.org/10.2307/2490543
 * (estudy2 `patell`.)
 *
 * @param panel - The cross-section of standardized abnormal returns.
 * @param conventions - `patellDenominator`, `carTest`.
 * @returns Daily statistics and one value per CAR window; `NaN` with a note where no event is
 * usable or a weight is undefined.
 *
 * @example
 * ```ts
 * patell(panel, estudy2Conventions).daily.statistic
 * ```
 */
export function patell(
  panel: EventPanel,
  conventions: Conventions = defaultConventions,
): CrossEventTestResult {
  const t = panel.days.length;
  const n = panel.events;
  const weights = patellWeights(panel, conventions);
  return runNamedTest(panel, conventions, {
    day: (j) => withNormalPValue(patellSum(panel.sar, weights, (i) => i * t + j, n)),
    car: (w) => withNormalPValue(patellSum(panel.scar, weights, (i) => w * n + i, n)),
    sumDaily: true,
  });
}
