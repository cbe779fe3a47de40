import type { EventPanel } from './panel';

/**
 * Collects event i's usable ARs over its estimation window and window days `first … last`
 * (column indices into `panel.days`), with their relative days, into `values` / `days`.
 * Returns how many there are (T_i). The buffers must hold the event's estimation entries plus
 * `last − first + 1`.
 *
 * @param panel - The cross-section, with estimation ARs and their relative days.
 * @param i - The event (row).
 * @param first - First window column to include.
 * @param last - Last window column to include (inclusive).
 * @param values - Receives the usable ARs, estimation window first.
 * @param days - Receives the relative day of each value.
 * @returns T_i, the number of values written.
 *
 * @example
 * ```ts
 * // event 1: estimation ARs [0.01, NaN, 0.02] on days -4 … -2; window days [-1, 0, 1] with
 * // ARs [0.03, 0.04, NaN]
 * const values = new Float64Array(6);
 * const days = new Int32Array(6);
 * eventSample(panel, 1, 0, 2, values, days) // 4; values = [0.01, 0.02, 0.03, 0.04, …], days = [-4, -2, -1, 0, …]
 * ```
 */
export function eventSample(
  panel: EventPanel,
  i: number,
  first: number,
  last: number,
  values: Float64Array,
  days: Int32Array,
): number {
  const { offsets, ar, day } = panel.estimation;
  let n = 0;
  for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
    const v = ar[k]!;
    if (!Number.isFinite(v)) continue;
    values[n] = v;
    days[n] = day[k]!;
    n++;
  }
  const t = panel.days.length;
  for (let j = first; j <= last; j++) {
    const v = panel.ar[i * t + j]!;
    if (!Number.isFinite(v)) continue;
    values[n] = v;
    days[n] = panel.days[j]!;
    n++;
  }
  return n;
}

/**
 * The range of relative days covered by the estimation windows and the event window.
 *
 * @param panel - The cross-section, with estimation ARs and their relative days.
 * @returns `lo`, the earliest relative day; `size`, the number of relative days from `lo` to the
 * last window day; `maxSample`, the largest estimation window plus T (a buffer size for
 * {@link eventSample}).
 *
 * @example
 * ```ts
 * // window [-5, 5]; event 0 estimates on days -250 … -11 (240 ARs), event 1 on -210 … -11
 * relativeDayRange(panel) // { lo: -250, size: 256, maxSample: 251 }
 * ```
 */
export function relativeDayRange(panel: EventPanel): { lo: number; size: number; maxSample: number } {
  const day = panel.estimation.day;
  const t = panel.days.length;
  let lo = panel.days[0]!;
  for (let k = 0; k < day.length; k++) lo = Math.min(lo, day[k]!);
  const hi = panel.days[t - 1]!;
  let maxSample = 0;
  const { offsets } = panel.estimation;
  for (let i = 0; i < panel.events; i++) maxSample = Math.max(maxSample, offsets[i + 1]! - offsets[i]!);
  return { lo, size: hi - lo + 1, maxSample: maxSample + t };
}
