import type { EventPanel } from './panel';

/**
 * Copies the usable (finite) values of column `j` of an N×T event-major matrix (`panel.ar`,
 * `panel.sar`) into `out` and returns how many there are.
 *
 * @param values - The N×T matrix, event-major (`i * T + j`).
 * @param events - N.
 * @param days - T.
 * @param j - The column (window day index).
 * @param out - Receives the finite values, in event order.
 * @returns How many values were written.
 *
 * @example
 * ```ts
 * const out = new Float64Array(3);
 * dayColumn(Float64Array.of(1, 2, 3, NaN, 5, 6), 3, 2, 1, out) // 2; out = [2, 6, 0]
 * ```
 */
export function dayColumn(
  values: Float64Array,
  events: number,
  days: number,
  j: number,
  out: Float64Array,
): number {
  let n = 0;
  for (let i = 0; i < events; i++) {
    const v = values[i * days + j]!;
    if (Number.isFinite(v)) out[n++] = v;
  }
  return n;
}

/**
 * Copies the usable (finite) per-event values of CAR window `w` (`panel.car`, `panel.scar`, laid
 * out at `w * N + i`) into `out` and returns how many there are.
 *
 * @param values - The per-window values, window-major (`w * N + i`).
 * @param events - N.
 * @param w - The CAR window.
 * @param out - Receives the finite values, in event order.
 * @returns How many values were written.
 *
 * @example
 * ```ts
 * const out = new Float64Array(3);
 * carColumn(Float64Array.of(1, 2, 3, 4, NaN, 6), 3, 1, out) // 2; out = [4, 6, 0]
 * ```
 */
export function carColumn(values: Float64Array, events: number, w: number, out: Float64Array): number {
  let n = 0;
  for (let i = 0; i < events; i++) {
    const v = values[w * events + i]!;
    if (Number.isFinite(v)) out[n++] = v;
  }
  return n;
}

/**
 * N_t: the number of events with a usable AR on each window day.
 *
 * @param panel - The cross-section of abnormal returns.
 * @returns One count per window day, aligned with `panel.days`.
 *
 * @example
 * ```ts
 * // window days [-1, 0, 1]; event 0 has ARs on all three, event 1 only on -1 and 0
 * usableCounts(panel) // Int32Array [2, 2, 1]
 * ```
 */
export function usableCounts(panel: EventPanel): Int32Array {
  const t = panel.days.length;
  const counts = new Int32Array(t);
  for (let i = 0; i < panel.events; i++) {
    for (let j = 0; j < t; j++) if (Number.isFinite(panel.ar[i * t + j]!)) counts[j]!++;
  }
  return counts;
}

/**
 * Mean of the first `n` entries.
 *
 * @param x - The values.
 * @param n - How many to average (`NaN` when 0).
 * @returns Their mean.
 *
 * @example
 * ```ts
 * mean(Float64Array.of(1, 2, 3, 99), 3) // 2
 * ```
 */
export function mean(x: Float64Array, n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) s += x[k]!;
  return s / n;
}

/**
 * Sample standard deviation (divisor n − 1) of the first `n` entries, given their mean.
 *
 * @param x - The values.
 * @param n - How many to read (the result is `NaN` when n = 1).
 * @param m - Their mean, e.g. from {@link mean}.
 * @returns The standard deviation.
 *
 * @example
 * ```ts
 * sampleSd(Float64Array.of(1, 2, 3, 99), 3, 2) // 1
 * ```
 */
export function sampleSd(x: Float64Array, n: number, m: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) {
    const d = x[k]! - m;
    s += d * d;
  }
  return Math.sqrt(s / (n - 1));
}

/**
 * Whether any event's estimation window reaches into its event window (relative days), which the
 * rank and sign tests of Corrado (1989) and Corrado & Zivney (1992) do not allow.
 *
 * @param panel - The cross-section, with estimation ARs and their relative days.
 * @returns `true` when some estimation day is on or after the first window day.
 *
 * @example
 * ```ts
 * // window days [-1, 0, 1]
 * estimationOverlapsWindow(panel) // false with estimation days -4 … -2, true with -3 … -1
 * ```
 */
export function estimationOverlapsWindow(panel: EventPanel): boolean {
  const first = panel.days[0];
  if (first === undefined) return false;
  const day = panel.estimation.day;
  for (let k = 0; k < day.length; k++) if (day[k]! >= first) return true;
  return false;
}

/**
 * Mean of `panel.m` (M̄, the mean number of usable estimation days).
 *
 * @param panel - The cross-section.
 * @returns M̄.
 *
 * @example
 * ```ts
 * // panel.m = [12, 4]
 * meanM(panel) // 8
 * ```
 */
export function meanM(panel: EventPanel): number {
  let s = 0;
  for (let i = 0; i < panel.events; i++) s += panel.m[i]!;
  return s / panel.events;
}

/**
 * estudy2's day sums (`rankDaySum: 'scaled-to-all'`): replaces each day's sum over its N_d events by
 * their mean times N, i.e. multiplies it by N / N_d.
 *
 * @param sums - One sum per day, scaled in place; days with N_d = 0 are left as they are.
 * @param counts - N_d, the number of events in each day's sum.
 * @param events - N.
 *
 * @example
 * ```ts
 * const sums = Float64Array.of(3, 4, 0);
 * scaleToAll(sums, Int32Array.of(3, 2, 0), 4); // sums = [4, 8, 0]
 * ```
 */
export function scaleToAll(sums: Float64Array, counts: Int32Array, events: number): void {
  for (let d = 0; d < sums.length; d++) if (counts[d]! > 0) sums[d] = (sums[d]! * events) / counts[d]!;
}
