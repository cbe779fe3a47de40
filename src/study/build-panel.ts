import type { EventPanel } from '../stats/panel';
import type { Settings } from './settings';
import type { EventRow } from './study-event';

/**
 * Lays the included events' rows out as the flat cross-section the tests read (EventPanel).
 *
 * @param rows - included events, in input order
 * @param settings - the study's settings (window and CAR windows)
 * @returns the panel
 *
 * @example
 * ```ts
 * const panel = buildPanel(rows, settings);
 * panel.ar[i * panel.days.length + j]; // AR of event i on window day j
 * ```
 */
export function buildPanel(rows: readonly EventRow[], settings: Settings): EventPanel {
  const [a, b] = settings.window;
  const days = Array.from({ length: b - a + 1 }, (_, j) => a + j);
  const n = rows.length;
  const width = days.length;
  const windows = settings.carWindows;
  const panel: EventPanel = {
    events: n,
    days,
    ar: new Float64Array(n * width),
    sar: new Float64Array(n * width),
    windowDate: new Int32Array(n * width),
    df: new Float64Array(n),
    m: new Float64Array(n),
    sigma: new Float64Array(n),
    estimation: {
      offsets: new Int32Array(n + 1),
      ar: new Float64Array(0),
      day: new Int32Array(0),
      date: new Int32Array(0),
    },
    carWindows: windows.map((window) => ({ window, first: window[0] - a, last: window[1] - a })),
    car: new Float64Array(windows.length * n),
    scar: new Float64Array(windows.length * n),
    bhar: new Float64Array(windows.length * n),
  };
  let total = 0;
  rows.forEach((row, i) => {
    panel.ar.set(row.ar, i * width);
    panel.sar.set(row.sar, i * width);
    panel.windowDate.set(row.windowDate, i * width);
    panel.df[i] = row.df;
    panel.m[i] = row.m;
    panel.sigma[i] = row.sigma;
    for (let w = 0; w < windows.length; w++) {
      panel.car[w * n + i] = row.car[w]!;
      panel.scar[w * n + i] = row.scar[w]!;
      panel.bhar[w * n + i] = row.bhar[w]!;
    }
    total += row.estimationAr.length;
    panel.estimation.offsets[i + 1] = total;
  });
  if (n > 0 && rows.every((row) => row.singleIndex)) {
    panel.marketReturn = new Float64Array(n * width);
    panel.marketMean = new Float64Array(n);
    panel.marketSS = new Float64Array(n);
    rows.forEach((row, i) => {
      panel.marketReturn!.set(row.singleIndex!.x, i * width);
      panel.marketMean![i] = row.singleIndex!.mean;
      panel.marketSS![i] = row.singleIndex!.ss;
    });
  }
  const estimation = panel.estimation;
  estimation.ar = new Float64Array(total);
  estimation.day = new Int32Array(total);
  estimation.date = new Int32Array(total);
  rows.forEach((row, i) => {
    const offset = estimation.offsets[i]!;
    estimation.ar.set(row.estimationAr, offset);
    estimation.day.set(row.estimationDay, offset);
    estimation.date.set(row.estimationDate, offset);
  });
  return panel;
}
