import { allocatePanel } from './allocate-panel';
import type { EventPanel } from './panel';

/**
 * The panel of a subset of its events (rows), for the cross-event tests of a subgroup
 * ([methods §8](../../docs/methods.md#8-subgroups-and-their-comparison)): the selected events' window rows, per-event values, CAR values and
 * estimation-window ARs, in the order given. Only those rows are copied (N_g·(T + M) numbers),
 * never a price series, so running every test on each group costs what one study's tests cost.
 *
 * @param panel - The study's panel.
 * @param rows - Indices of the events to keep (0-based, into the panel's events).
 * @returns A panel of `rows.length` events that the tests read exactly like the full one.
 *
 * @example
 * ```ts
 * const financials = selectEvents(panel, [0, 3, 4]);
 * crossEventTests(financials, conventions); // the tests on those three events alone
 * ```
 */
export function selectEvents(panel: EventPanel, rows: readonly number[]): EventPanel {
  const n = rows.length;
  const width = panel.days.length;
  const windows = panel.carWindows.length;
  const source = panel.estimation;
  const offsets = new Int32Array(n + 1);
  rows.forEach((row, i) => {
    offsets[i + 1] = offsets[i]! + source.offsets[row + 1]! - source.offsets[row]!;
  });
  const out = allocatePanel(n, panel.days, panel.carWindows);
  const estimation = out.estimation;
  estimation.offsets = offsets;
  estimation.ar = new Float64Array(offsets[n]!);
  estimation.day = new Int32Array(offsets[n]!);
  estimation.date = new Int32Array(offsets[n]!);
  const single = n > 0 && panel.marketReturn && panel.marketMean && panel.marketSS;
  const marketReturn = single ? new Float64Array(n * width) : undefined;
  const marketMean = single ? new Float64Array(n) : undefined;
  const marketSS = single ? new Float64Array(n) : undefined;
  rows.forEach((row, i) => {
    const from = row * width;
    out.ar.set(panel.ar.subarray(from, from + width), i * width);
    out.sar.set(panel.sar.subarray(from, from + width), i * width);
    out.windowDate.set(panel.windowDate.subarray(from, from + width), i * width);
    out.df[i] = panel.df[row]!;
    out.m[i] = panel.m[row]!;
    out.sigma[i] = panel.sigma[row]!;
    for (let w = 0; w < windows; w++) {
      out.car[w * n + i] = panel.car[w * panel.events + row]!;
      out.scar[w * n + i] = panel.scar[w * panel.events + row]!;
      out.bhar[w * n + i] = panel.bhar[w * panel.events + row]!;
    }
    const start = source.offsets[row]!;
    const end = source.offsets[row + 1]!;
    estimation.ar.set(source.ar.subarray(start, end), offsets[i]!);
    estimation.day.set(source.day.subarray(start, end), offsets[i]!);
    estimation.date.set(source.date.subarray(start, end), offsets[i]!);
    if (marketReturn && marketMean && marketSS) {
      marketReturn.set(panel.marketReturn!.subarray(from, from + width), i * width);
      marketMean[i] = panel.marketMean![row]!;
      marketSS[i] = panel.marketSS![row]!;
    }
  });
  if (marketReturn && marketMean && marketSS) {
    out.marketReturn = marketReturn;
    out.marketMean = marketMean;
    out.marketSS = marketSS;
  }
  return out;
}
