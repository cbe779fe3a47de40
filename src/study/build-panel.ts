import { abnormalReturns } from '../models/linear-model';
import { allocatePanel } from '../stats/allocate-panel';
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
  const panel = allocatePanel(
    n,
    days,
    windows.map((window) => ({ window, first: window[0] - a, last: window[1] - a })),
  );
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const { result } = row;
    for (let j = 0; j < width; j++) {
      panel.ar[i * width + j] = result.ar[j]!;
      panel.sar[i * width + j] = result.sar[j]!;
      panel.windowDate[i * width + j] = row.keys[row.first + j]!;
    }
    panel.df[i] = row.df;
    panel.m[i] = row.m;
    panel.sigma[i] = row.sigma;
    for (let w = 0; w < windows.length; w++) {
      const car = result.cars[w]!;
      panel.car[w * n + i] = car.car;
      panel.scar[w * n + i] = car.scar;
      panel.bhar[w * n + i] = car.bhar;
    }
    total += row.estimationRows.length;
    panel.estimation.offsets[i + 1] = total;
  }
  if (n > 0 && rows.every((row) => row.singleIndex)) {
    const marketReturn = new Float64Array(n * width);
    const marketMean = new Float64Array(n);
    const marketSS = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      const single = row.singleIndex!;
      marketReturn.set(single.x.subarray(row.first, row.first + width), i * width);
      marketMean[i] = single.mean;
      marketSS[i] = single.ss;
    }
    panel.marketReturn = marketReturn;
    panel.marketMean = marketMean;
    panel.marketSS = marketSS;
  }
  // The estimation-window ARs are computed here, straight into the flat arrays (25 million
  // entries for 100,000 events: plain loops, no callback per entry).
  const estimation = panel.estimation;
  estimation.ar = new Float64Array(total);
  estimation.day = new Int32Array(total);
  estimation.date = new Int32Array(total);
  for (let i = 0; i < n; i++) {
    const { model, estimationRows, day0, keys } = rows[i]!;
    const offset = estimation.offsets[i]!;
    abnormalReturns(model, estimationRows, estimation.ar, offset);
    for (let r = 0; r < estimationRows.length; r++) {
      const t = estimationRows[r]!;
      estimation.day[offset + r] = t - day0;
      estimation.date[offset + r] = keys[t]!;
    }
  }
  return panel;
}
