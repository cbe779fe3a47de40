import type { StudyResult } from '../types';

/**
 * The CAAR's pointwise confidence band over the event window.
 *
 * @category Reports
 */
export interface CaarBand {
  /** Cross-sectional standard error of the CAAR on each day: sd_i(CAR_it) / √N_t. */
  se: number[];
  lower: number[];
  upper: number[];
  /** Number of events with a finite CAR on each day. */
  n: number[];
}

/**
 * The CAAR ± z × its cross-sectional standard error on each event day: the sample standard
 * deviation (N − 1) of the events' CARs on that day divided by √N. It uses only the
 * cross-section, so it needs no model variance and reflects event-induced variance; it is
 * `NaN` where fewer than two events have a CAR.
 *
 * @param result - a study result
 * @param z - the normal quantile (default 1.96, a 95 % band)
 * @returns standard errors and band limits, aligned with `result.days`
 *
 * @example
 * ```ts
 * const band = caarBand(result);
 * band.lower[result.days.indexOf(0)]; // CAAR on day 0 minus 1.96 standard errors
 * ```
 *
 * @category Reports
 */
export function caarBand(result: StudyResult, z = 1.96): CaarBand {
  const se: number[] = [];
  const n: number[] = [];
  result.days.forEach((_, j) => {
    const values = result.events.map((event) => event.car[j]!).filter(Number.isFinite);
    n.push(values.length);
    if (values.length < 2) {
      se.push(Number.NaN);
      return;
    }
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
    se.push(Math.sqrt(variance / values.length));
  });
  return {
    se,
    lower: result.caar.map((caar, j) => caar - z * se[j]!),
    upper: result.caar.map((caar, j) => caar + z * se[j]!),
    n,
  };
}
