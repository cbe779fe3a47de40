import type { EventPanel } from './panel';

/**
 * A zero-filled panel of `events` rows: the window arrays (N·T), the per-event arrays (N), the
 * CAR arrays (W·N) and `estimation` offsets (N + 1); the estimation ARs themselves are left empty
 * for the caller, who knows their total length only later.
 *
 * @param events - N.
 * @param days - The window's relative days (T of them).
 * @param carWindows - The CAR windows with their column indices.
 * @returns The panel, ready to be filled.
 *
 * @example
 * ```ts
 * allocatePanel(2, [-1, 0, 1], [{ window: [0, 0], first: 1, last: 1 }]).ar.length // 6
 * ```
 */
export function allocatePanel(
  events: number,
  days: number[],
  carWindows: EventPanel['carWindows'],
): EventPanel {
  const cells = events * days.length;
  return {
    events,
    days,
    ar: new Float64Array(cells),
    sar: new Float64Array(cells),
    windowDate: new Int32Array(cells),
    df: new Float64Array(events),
    m: new Float64Array(events),
    sigma: new Float64Array(events),
    estimation: {
      offsets: new Int32Array(events + 1),
      ar: new Float64Array(0),
      day: new Int32Array(0),
      date: new Int32Array(0),
    },
    carWindows,
    car: new Float64Array(carWindows.length * events),
    scar: new Float64Array(carWindows.length * events),
    bhar: new Float64Array(carWindows.length * events),
  };
}
