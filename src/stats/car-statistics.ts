import {
  max,
  mean,
  medianSorted,
  min,
  quantileSorted,
  sampleKurtosis,
  sampleSkewness,
  sampleStandardDeviation,
} from 'simple-statistics';
import type { CarStatistics } from '../types';

/**
 * Describes a sample of CARs with simple-statistics (https://simple-statistics.github.io/):
 * mean; median and quartiles by linear interpolation between order statistics (Hyndman & Fan
 * 1996 type 7, R's default, numpy's `linear`); `sd` with N − 1; skewness as the adjusted
 * Fisher–Pearson coefficient G1 = n² m₃ / ((n − 1)(n − 2) s³) and kurtosis as the sample excess
 * kurtosis G2 (Joanes & Gill 1998, "Comparing measures of sample skewness and kurtosis", The
 * Statistician 47(1)), the forms Excel's SKEW/KURT and SAS print; `positive` the share above 0.
 * Non-finite entries are left out. A statistic that needs more events than there are (sd 2,
 * skewness 3, kurtosis 4; everything 1) is `NaN` and the `note` says so.
 *
 * @param values - The CARs; only finite entries are used.
 * @returns The statistics.
 *
 * @example
 * ```ts
 * carStatistics([0.01, -0.02, 0.03, 0.05]).median // 0.02
 * carStatistics([0.01, -0.02, 0.03, 0.05]).positive // 0.75
 * ```
 *
 * @category Tests
 */
export function carStatistics(values: ArrayLike<number>): CarStatistics {
  const x: number[] = [];
  for (let k = 0; k < values.length; k++) if (Number.isFinite(values[k]!)) x.push(values[k]!);
  const n = x.length;
  const nan = Number.NaN;
  if (n === 0) {
    return {
      mean: nan,
      median: nan,
      sd: nan,
      skewness: nan,
      kurtosis: nan,
      min: nan,
      max: nan,
      q1: nan,
      q3: nan,
      positive: nan,
      note: 'no CAR to describe',
    };
  }
  const sorted = [...x].sort((a, b) => a - b);
  let positive = 0;
  for (const v of x) if (v > 0) positive++;
  const sd = n >= 2 ? sampleStandardDeviation(x) : nan;
  // simple-statistics divides by s³ and s⁴: with identical CARs both are 0/0.
  const spread = sd > 0;
  const summary: CarStatistics = {
    mean: mean(x),
    median: medianSorted(sorted),
    sd,
    skewness: n >= 3 && spread ? sampleSkewness(x) : nan,
    kurtosis: n >= 4 && spread ? sampleKurtosis(x) : nan,
    min: min(x),
    max: max(x),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    positive: positive / n,
  };
  const note = summaryNote(n, spread);
  if (note) summary.note = note;
  return summary;
}

function summaryNote(n: number, spread: boolean): string | undefined {
  if (n < 2) return 'one CAR: sd, skewness and kurtosis need at least 2, 3 and 4 events';
  if (!spread) return 'every CAR is the same: skewness and kurtosis are undefined';
  if (n < 3) return 'two CARs: skewness needs at least 3 events, kurtosis 4';
  if (n < 4) return 'three CARs: kurtosis needs at least 4 events';
  return undefined;
}
