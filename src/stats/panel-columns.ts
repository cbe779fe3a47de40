import type { EventPanel } from './panel';

/**
 * Copies the usable (finite) values of column `j` of an N×T event-major matrix (`panel.ar`,
 * `panel.sar`) into `out` and returns how many there are.
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
 */
export function carColumn(values: Float64Array, events: number, w: number, out: Float64Array): number {
  let n = 0;
  for (let i = 0; i < events; i++) {
    const v = values[w * events + i]!;
    if (Number.isFinite(v)) out[n++] = v;
  }
  return n;
}

/** N_t: the number of events with a usable AR on each window day. */
export function usableCounts(panel: EventPanel): Int32Array {
  const t = panel.days.length;
  const counts = new Int32Array(t);
  for (let i = 0; i < panel.events; i++) {
    for (let j = 0; j < t; j++) if (Number.isFinite(panel.ar[i * t + j]!)) counts[j]!++;
  }
  return counts;
}

/** Mean of the first `n` entries. */
export function mean(x: Float64Array, n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) s += x[k]!;
  return s / n;
}

/** Sample standard deviation (divisor n − 1) of the first `n` entries, given their mean. */
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
 */
export function estimationOverlapsWindow(panel: EventPanel): boolean {
  const first = panel.days[0];
  if (first === undefined) return false;
  const day = panel.estimation.day;
  for (let k = 0; k < day.length; k++) if (day[k]! >= first) return true;
  return false;
}

/** Mean of `panel.m` (M̄, the mean number of usable estimation days). */
export function meanM(panel: EventPanel): number {
  let s = 0;
  for (let i = 0; i < panel.events; i++) s += panel.m[i]!;
  return s / panel.events;
}

/**
 * estudy2's day sums (`rankDaySum: 'scaled-to-all'`): replaces each day's sum over its N_d events by
 * their mean times N, i.e. multiplies it by N / N_d.
 */
export function scaleToAll(sums: Float64Array, counts: Int32Array, events: number): void {
  for (let d = 0; d < sums.length; d++) if (counts[d]! > 0) sums[d] = (sums[d]! * events) / counts[d]!;
}
