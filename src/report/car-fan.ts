import { quantileSorted } from '../stats/quantile-sorted';
import type { StudyResult } from '../types';

/**
 * The events' CAR percentiles on each event day: what `carChart` draws as a fan.
 *
 * @category Reports
 */
export interface CarFan {
  /** The probabilities of `quantiles`' rows, e.g. `[0.05, 0.25, 0.5, 0.75, 0.95]`. */
  probabilities: number[];
  /** `quantiles[q][j]`: the `probabilities[q]` quantile of the CARs on `result.days[j]`. */
  quantiles: number[][];
  /** Events with a finite CAR on each day. */
  n: number[];
}

/**
 * Percentiles of the events' CARs on each event day (Hyndman & Fan's definition 7, as R's
 * `quantile` and numpy's `percentile`): the fan of `carChart`, which shows the spread of
 * hundreds of events where single lines would be a blur. `NaN` on a day without a CAR.
 *
 * @param result - a study result
 * @param probabilities - the quantiles to compute (default 5, 25, 50, 75 and 95 %)
 * @returns the quantiles per day, aligned with `result.days`
 *
 * @example
 * ```ts
 * const fan = carFan(result);
 * fan.quantiles[2]; // the median CAR on each day
 * ```
 *
 * @category Reports
 */
export function carFan(
  result: StudyResult,
  probabilities: readonly number[] = [0.05, 0.25, 0.5, 0.75, 0.95],
): CarFan {
  const quantiles = probabilities.map(() => [] as number[]);
  const n: number[] = [];
  result.days.forEach((_, j) => {
    const cars = result.events.map((event) => event.car[j]!).filter(Number.isFinite);
    cars.sort((a, b) => a - b);
    n.push(cars.length);
    probabilities.forEach((p, q) => {
      quantiles[q]!.push(quantileSorted(cars, p));
    });
  });
  return { probabilities: [...probabilities], quantiles, n };
}
