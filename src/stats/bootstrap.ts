import type { Conventions } from '../types';
import { defaultConventions } from './conventions';
import { crossSectionalT } from './cross-sectional-t';
import type { EventPanel } from './panel';
import { carColumn, dayColumn, mean } from './panel-columns';
import { runNamedTest } from './run-named-test';
import { mulberry32Step, mulberry32Value, type RandomSource } from './seeded-random';
import type { CrossEventTestResult } from './test-result';

/**
 * Bootstrap p-value of the cross-sectional t statistic of the first `n` entries of `x`: the values
 * are centred on their mean (imposing the null), resampled with replacement `samples` times, and
 * `p = (1 + #{|t*| ≥ |t|}) / (samples + 1)`.
 *
 * @param x - per-event values (ARs of one day, or CARs of one window)
 * @param n - how many leading entries of `x` to use
 * @param samples - bootstrap resamples
 * @param random - a seeded generator (see `mulberry32`), or the seed of a Mulberry32 stream, drawn
 *   in the loop itself (the same numbers as `mulberry32(seed)`, at a third of the cost of calling it)
 * @returns the observed t statistic and its bootstrap p-value
 *
 * @example
 * ```ts
 * bootstrapT(Float64Array.of(0.01, 0.03, -0.01, 0.02), 4, 999, mulberry32(1)).pValue;
 * ```
 */
export function bootstrapT(
  x: Float64Array,
  n: number,
  samples: number,
  random: RandomSource | number,
): { statistic: number; pValue: number; note?: string } {
  const observed = crossSectionalT(x, n);
  if (!Number.isFinite(observed.statistic)) {
    return { statistic: Number.NaN, pValue: Number.NaN, note: observed.note ?? 'undefined statistic' };
  }
  const m = mean(x, n);
  const centred = new Float64Array(n);
  for (let k = 0; k < n; k++) centred[k] = x[k]! - m;
  const draw = new Float64Array(n);
  const threshold = Math.abs(observed.statistic);
  const rootN = Math.sqrt(n);
  const largest = largestAbs(centred, n);
  const seeded = typeof random === 'number';
  let state = seeded ? random | 0 : 0;
  let exceed = 0;
  for (let b = 0; b < samples; b++) {
    // crossSectionalT(draw, n) with its passes fused: the draw and the sum in one loop, the
    // squared deviations in a second; the same operations in the same order, so the same t* to
    // the last bit.
    let sum = 0;
    for (let k = 0; k < n; k++) {
      let u: number;
      if (seeded) {
        state = mulberry32Step(state);
        u = mulberry32Value(state);
      } else u = (random as RandomSource)();
      const v = centred[Math.floor(u * n)]!;
      draw[k] = v;
      sum += v;
    }
    const m = sum / n;
    let ss = 0;
    for (let k = 0; k < n; k++) {
      const d = draw[k]! - m;
      ss += d * d;
    }
    const sd = Math.sqrt(ss / (n - 1));
    // A zero spread (isZeroSpread: sd ≤ 1e-14 · max |draw|) leaves t* undefined, which never
    // exceeds. The largest |centred value| bounds max |draw|, so only a draw that fails against
    // the bound needs its own maximum.
    if (!(sd > 1e-14 * largest) && !(sd > 1e-14 * largestAbs(draw, n))) continue;
    if (Math.abs((rootN * m) / sd) >= threshold) exceed++;
  }
  return { statistic: observed.statistic, pValue: (1 + exceed) / (samples + 1) };
}

/** max |x_k| over the first `n` entries, as isZeroSpread takes it. */
function largestAbs(x: Float64Array, n: number): number {
  let scale = 0;
  for (let k = 0; k < n; k++) scale = Math.max(scale, Math.abs(x[k]!));
  return scale;
}

/**
 * Bootstrap test of the mean abnormal return (AAR on a day, CAAR on a CAR window): the
 * cross-sectional t statistic with a p-value from resampling the mean-centred cross-section with
 * replacement (`bootstrapSamples`, default 999), with a seeded generator (`bootstrapSeed`, default
 * 1; each day and window has its own stream) so results are reproducible. On a CAR window it
 * resamples CAR_i (whatever `carTest`).
 *
 * Efron, B. & Tibshirani, R. J. (1993). An Introduction to the Bootstrap, §16.4 (testing a mean).
 * Chapman & Hall. https://doi.org/10.1201/9780429246593 ; Lyon, J. D., Barber, B. M. & Tsai, C.-L.
 * (1999), Journal of Finance 54(1), 165–201.
 *
 * @param panel - The cross-section of abnormal returns.
 * @param conventions - `bootstrapSamples`, `bootstrapSeed`.
 * @returns Daily statistics and one value per CAR window; `NaN` with a note where the t statistic is
 * undefined.
 *
 * @example
 * ```ts
 * bootstrap(panel, { ...defaultConventions, bootstrapSamples: 1999, bootstrapSeed: 7 }).cars[0].pValue
 * ```
 */
export function bootstrap(
  panel: EventPanel,
  conventions: Conventions = defaultConventions,
): CrossEventTestResult {
  const samples = conventions.bootstrapSamples ?? 999;
  const seed = conventions.bootstrapSeed ?? 1;
  const t = panel.days.length;
  const x = new Float64Array(panel.events);
  return runNamedTest(panel, conventions, {
    // each day and CAR window its own stream
    day: (j) => bootstrapT(x, dayColumn(panel.ar, panel.events, t, j, x), samples, seed * 7919 + j),
    car: (w) => bootstrapT(x, carColumn(panel.car, panel.events, w, x), samples, seed * 7919 + 104729 + w),
    sumDaily: false,
  });
}
