import type { EventPanel } from './panel';

/**
 * The time series of the estimation-window AAR: for each relative day τ on which at least one
 * event has an estimation AR, `AAR_τ = mean_i AR_iτ`, and its standard deviation (divisor
 * T_E − 1) — the σ̂ of Brown & Warner's (1985) crude dependence adjustment and of Lamb (1995).
 *
 * @param panel - The cross-section, with estimation-window ARs and their relative days.
 * @returns `sd` (NaN when T_E < 2) and `days` = T_E, the number of estimation relative days.
 *
 * @example
 * ```ts
 * // two events with estimation ARs [0.01, 0.02, 0.05] and [0.01, 0.04, 0.05] on days -3, -2, -1:
 * // AAR = [0.01, 0.03, 0.05]
 * estimationAarSd(panel) // { sd: 0.02, days: 3 }
 * ```
 */
export function estimationAarSd(panel: EventPanel): { sd: number; days: number } {
  const day = panel.estimation.day;
  const ar = panel.estimation.ar;
  if (day.length === 0) return { sd: Number.NaN, days: 0 };
  let lo = day[0]!;
  let hi = day[0]!;
  for (let k = 1; k < day.length; k++) {
    lo = Math.min(lo, day[k]!);
    hi = Math.max(hi, day[k]!);
  }
  const size = hi - lo + 1;
  const sum = new Float64Array(size);
  const count = new Int32Array(size);
  for (let k = 0; k < day.length; k++) {
    const v = ar[k]!;
    if (!Number.isFinite(v)) continue;
    sum[day[k]! - lo]! += v;
    count[day[k]! - lo]!++;
  }
  let days = 0;
  let total = 0;
  for (let d = 0; d < size; d++) {
    if (count[d]! > 0) {
      days++;
      total += sum[d]! / count[d]!;
    }
  }
  if (days < 2) return { sd: Number.NaN, days };
  const m = total / days;
  let ss = 0;
  for (let d = 0; d < size; d++) {
    if (count[d]! > 0) {
      const e = sum[d]! / count[d]! - m;
      ss += e * e;
    }
  }
  return { sd: Math.sqrt(ss / (days - 1)), days };
}
