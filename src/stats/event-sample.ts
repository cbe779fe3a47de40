import type { EventPanel } from './panel';

/**
 * Collects event i's usable ARs over its estimation window and window days `first … last`
 * (column indices into `panel.days`), with their relative days, into `values` / `days`.
 * Returns how many there are (T_i). The buffers must hold the event's estimation entries plus
 * `last − first + 1`.
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

/** The range of relative days covered by the estimation windows and the event window. */
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
