import type { EventOverlap } from '../types';
import { ESTIMATION, EVENT_WINDOW, type OverlapHits } from './find-overlaps';

/**
 * The trading dates `from … to` (calendar indices) of one calendar.
 *
 * @example
 * ```ts
 * const range: DateRanges = dateRanges(calendar.dates);
 * range(0, 2); // the calendar's first three dates
 * ```
 */
export type DateRanges = (from: number, to: number) => string[];

/**
 * The date ranges of one calendar, each built once and shared, frozen, by every overlap entry
 * that covers the same days: a busy study lists millions of overlaps (100,000 events on the
 * S&P 500 panel: five million) over a few thousand distinct windows, and one array per entry
 * would cost more memory than the rest of the result.
 *
 * @param calendar - the calendar's trading dates
 * @returns a function from a calendar-index range to its (frozen) dates
 *
 * @example
 * ```ts
 * const range = dateRanges(calendar.dates);
 * range(10, 12) === range(10, 12); // true: one shared array
 * ```
 */
export function dateRanges(calendar: readonly string[]): DateRanges {
  const made = new Map<number, string[]>();
  return (from, to) => {
    // calendars are far shorter than 2^20 days (2,800 years), so the key is exact
    const key = from * 1_048_576 + to;
    let found = made.get(key);
    if (!found) {
      found = Object.freeze(calendar.slice(from, to + 1)) as string[];
      made.set(key, found);
    }
    return found;
  };
}

/**
 * How an overlap names the other window: its position in its input list and its id.
 *
 * @example
 * ```ts
 * const name: OverlapName = { index: 3, id: 'JPM 2016-01-27' };
 * ```
 */
export interface OverlapName {
  index: number;
  id: string;
}

/**
 * The `EventResult.overlaps` entries of one studied window ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)), built from the hits
 * of `findOverlaps`: one entry per other window and place (`'estimation'` or `'event-window'`),
 * ordered by the other window's first date, with the trading dates concerned on this event's
 * calendar.
 *
 * @param hits - the output of `findOverlaps`
 * @param k - the studied window
 * @param dates - the dates of a range of that window's calendar (see {@link dateRanges})
 * @param studied - names of the studied windows (the event's position in `StudySpec.events` and id)
 * @param confounders - names of the confounders (position in `StudySpec.confounders` and id)
 * @returns the entries, empty when the event meets no other
 *
 * @example
 * ```ts
 * const overlaps = overlapEntries(hits, 0, calendar.dates, names, confounderNames);
 * overlaps[0]; // { index: 3, id: 'JPM 2016-01-27', source: 'event', where: 'estimation', dates: [...] }
 * ```
 */
export function overlapEntries(
  hits: OverlapHits,
  k: number,
  dates: DateRanges,
  studied: readonly OverlapName[],
  confounders: readonly OverlapName[],
): EventOverlap[] {
  const start = hits.offset[k]!;
  const entries = new Array<EventOverlap>(hits.offset[k + 1]! - start);
  for (let h = start; h < hits.offset[k + 1]!; h++) {
    const other = hits.other[h]!;
    const name = other >= 0 ? studied[other]! : confounders[-other - 1]!;
    entries[h - start] = {
      index: name.index,
      id: name.id,
      source: other >= 0 ? 'event' : 'confounder',
      where: hits.where[h] === ESTIMATION ? 'estimation' : 'event-window',
      dates: dates(hits.from[h]!, hits.to[h]!),
    };
  }
  return entries;
}

/**
 * The calendar-index ranges that `'clean-estimation'` drops from one event's estimation window:
 * the days of the other windows' event windows inside it, as `[from₀, to₀, from₁, to₁, …]`
 * sorted by `from` (ranges may overlap each other), or `undefined` when there are none.
 *
 * @param hits - the output of `findOverlaps`
 * @param k - the studied window
 * @returns the ranges, or `undefined`
 *
 * @example
 * ```ts
 * estimationRemovals(hits, 0); // Int32Array [120, 130, 170, 180]
 * ```
 */
export function estimationRemovals(hits: OverlapHits, k: number): Int32Array | undefined {
  let count = 0;
  for (let h = hits.offset[k]!; h < hits.offset[k + 1]!; h++) if (hits.where[h] === ESTIMATION) count++;
  if (count === 0) return undefined;
  const ranges = new Int32Array(2 * count);
  let r = 0;
  for (let h = hits.offset[k]!; h < hits.offset[k + 1]!; h++) {
    if (hits.where[h] !== ESTIMATION) continue;
    ranges[r++] = hits.from[h]!;
    ranges[r++] = hits.to[h]!;
  }
  return ranges;
}

/**
 * Whether one event's event window meets another event's or a confounder's event window: the
 * events `'exclude'` drops with code `overlapping-event` ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)).
 *
 * @param hits - the output of `findOverlaps`
 * @param k - the studied window
 * @returns true when there is an event-window overlap
 *
 * @example
 * ```ts
 * if (meetsEventWindow(hits, k)) console.log('excluded under overlaps: exclude');
 * ```
 */
export function meetsEventWindow(hits: OverlapHits, k: number): boolean {
  for (let h = hits.offset[k]!; h < hits.offset[k + 1]!; h++) if (hits.where[h] === EVENT_WINDOW) return true;
  return false;
}

/**
 * Keeps the estimation days that lie in none of the ranges (see {@link estimationRemovals}),
 * compacting `rows` in place: the shorter view is returned, the caller's array is overwritten.
 *
 * @param rows - calendar indices of the usable estimation days, ascending
 * @param ranges - `[from, to]` pairs sorted by `from`
 * @returns a view of `rows` with the days that remain
 *
 * @example
 * ```ts
 * dropRanges(Int32Array.of(1, 2, 3, 4, 5), Int32Array.of(2, 3)); // Int32Array [1, 4, 5]
 * ```
 */
export function dropRanges(rows: Int32Array, ranges: Int32Array): Int32Array {
  let kept = 0;
  let r = 0;
  // Ranges sorted by `from`: the ones ending before the current day can be skipped for good,
  // because the days only grow; `reach` is the furthest end among the ranges started so far.
  let reach = -1;
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i]!;
    while (r < ranges.length && ranges[r]! <= t) {
      reach = Math.max(reach, ranges[r + 1]!);
      r += 2;
    }
    if (t <= reach) continue;
    rows[kept++] = t;
  }
  return rows.subarray(0, kept);
}
