/**
 * Detection of overlapping and confounding events (METHODS.md §11).
 *
 * Two windows of the same ticker overlap when the event window of one (day 0 plus the study
 * window, on its listing's calendar) meets the estimation window or the event window of the
 * other. Windows are compared as calendar dates (days since 1970-01-01), so two events of one
 * listing placed on different calendars (different benchmarks) are still compared correctly;
 * the dates concerned are then read on the calendar of the event that lists the overlap.
 *
 * Cost: one pass before the per-event work. Per ticker, the windows are sorted by their first
 * date once; each studied event then finds the windows that can meet it with one binary search
 * and a forward sweep that stops at the first window starting after its own event window. The
 * work is O(n log n) per ticker for the sort plus the overlaps found; the hits are written into
 * flat typed arrays (no object per overlap), and turned into `EventResult.overlaps` entries only
 * for the events a study keeps.
 */
import { lowerBound } from '../calendar/calendar-search';
import type { EventCalendar } from './study-data';

/**
 * One placed window: an event of the study or a confounder.
 *
 * @example
 * ```ts
 * const window: OverlapWindow = { ticker: 'JPM', calendar, first: 995, last: 1005, estimationFirst: 740, estimationLast: 989 };
 * ```
 */
export interface OverlapWindow {
  ticker: string;
  calendar: EventCalendar;
  /** Calendar indices of the first and last event-window days, clipped to the calendar. */
  first: number;
  last: number;
  /**
   * Studied events only: calendar indices of the estimation window, clipped to the calendar
   * (`estimationLast < estimationFirst` when it lies wholly before the calendar).
   */
  estimationFirst?: number;
  estimationLast?: number;
}

/**
 * Where an overlap is, in the window of the event that lists it: the estimation window.
 *
 * @example
 * ```ts
 * hits.where[h] === ESTIMATION; // the other's event window meets this event's estimation window
 * ```
 */
export const ESTIMATION = 0;
/**
 * Where an overlap is: the event window.
 *
 * @example
 * ```ts
 * hits.where[h] === EVENT_WINDOW; // the two event windows meet
 * ```
 */
export const EVENT_WINDOW = 1;

/**
 * The overlaps of every studied window, in compressed-row form: the hits of studied window k
 * are entries `offset[k]` to `offset[k + 1] - 1`, ordered by the other window's first date.
 *
 * @example
 * ```ts
 * const count = hits.offset[k + 1]! - hits.offset[k]!; // overlaps of window k
 * ```
 */
export interface OverlapHits {
  offset: Int32Array;
  /** The other window: `k ≥ 0` a studied window, `-(c + 1)` confounder c. */
  other: Int32Array;
  /** {@link ESTIMATION} or {@link EVENT_WINDOW}. */
  where: Uint8Array;
  /** Calendar indices (on the listing window's calendar) of the first and last dates concerned. */
  from: Int32Array;
  to: Int32Array;
}

/**
 * Finds, for every studied window, the other windows of the same ticker (studied events and
 * confounders) whose event windows meet its estimation window or its event window.
 *
 * @param studied - the study's listing-events, `undefined` where one could not be placed
 * @param confounders - the confounders' listings, `undefined` where one could not be placed
 * @returns the hits in compressed-row form, one row per entry of `studied`
 *
 * @example
 * ```ts
 * const hits = findOverlaps(studied, confounders);
 * for (let h = hits.offset[0]; h < hits.offset[1]; h++) hits.where[h]; // 0 estimation, 1 event window
 * ```
 */
export function findOverlaps(
  studied: readonly (OverlapWindow | undefined)[],
  confounders: readonly (OverlapWindow | undefined)[] = [],
): OverlapHits {
  const n = studied.length;
  const groups = byTicker(studied, confounders);
  const out = hitBuffer(n);
  for (let k = 0; k < n; k++) {
    out.offset[k] = out.count;
    const own = studied[k];
    if (!own) continue;
    const group = groups.get(own.ticker)!;
    const { calendar, first, last } = own;
    const keys = calendar.keys;
    const estimationFirst = own.estimationFirst ?? 0;
    const estimationLast = own.estimationLast ?? -1;
    const hasEstimation = estimationLast >= estimationFirst;
    const eventFrom = keys[first]!;
    const eventTo = keys[last]!;
    const estimationFrom = hasEstimation ? keys[estimationFirst]! : eventFrom;
    const estimationTo = hasEstimation ? keys[estimationLast]! : eventFrom - 1;
    const reachFrom = Math.min(estimationFrom, eventFrom);
    // Windows starting before reachFrom − maxSpan end before reachFrom: they cannot meet.
    for (let g = lowerBound(group.starts, reachFrom - group.maxSpan); g < group.ids.length; g++) {
      const start = group.starts[g]!;
      if (start > eventTo) break;
      const id = group.ids[g]!;
      const end = group.ends[g]!;
      if (id === k || end < reachFrom) continue;
      const other = id < n ? id : -(id - n + 1);
      const sameCalendar = group.calendars[g] === calendar;
      // On one calendar the common days follow from the indices; across calendars, from the dates.
      const otherFirst = sameCalendar ? group.firsts[g]! : lowerBound(keys, start);
      const otherLast = sameCalendar ? group.lasts[g]! : lowerBound(keys, end + 1) - 1;
      if (hasEstimation && start <= estimationTo && end >= estimationFrom) {
        out.push(
          other,
          ESTIMATION,
          Math.max(otherFirst, estimationFirst),
          Math.min(otherLast, estimationLast),
        );
      }
      if (start <= eventTo && end >= eventFrom) {
        out.push(other, EVENT_WINDOW, Math.max(otherFirst, first), Math.min(otherLast, last));
      }
    }
  }
  out.offset[n] = out.count;
  return out.hits();
}

/** Windows of one ticker sorted by first date, with their last dates and the longest span. */
interface TickerGroup {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Calendar indices of the windows' first and last days, and their calendars. */
  firsts: Int32Array;
  lasts: Int32Array;
  calendars: EventCalendar[];
  maxSpan: number;
}

function byTicker(
  studied: readonly (OverlapWindow | undefined)[],
  confounders: readonly (OverlapWindow | undefined)[],
): Map<string, TickerGroup> {
  const members = new Map<string, number[]>();
  const windows = [...studied, ...confounders];
  windows.forEach((window, id) => {
    if (!window) return;
    const list = members.get(window.ticker);
    if (list) list.push(id);
    else members.set(window.ticker, [id]);
  });
  const groups = new Map<string, TickerGroup>();
  for (const [ticker, list] of members) {
    const startOf = (id: number) => windows[id]!.calendar.keys[windows[id]!.first]!;
    // Ties are broken by id, so the order (and the order of the overlaps listed) is reproducible.
    list.sort((a, b) => startOf(a) - startOf(b) || a - b);
    const ids = Int32Array.from(list);
    const starts = Int32Array.from(list, startOf);
    const ends = Int32Array.from(list, (id) => windows[id]!.calendar.keys[windows[id]!.last]!);
    const firsts = Int32Array.from(list, (id) => windows[id]!.first);
    const lasts = Int32Array.from(list, (id) => windows[id]!.last);
    const calendars = list.map((id) => windows[id]!.calendar);
    let maxSpan = 0;
    for (let g = 0; g < ids.length; g++) maxSpan = Math.max(maxSpan, ends[g]! - starts[g]!);
    groups.set(ticker, { ids, starts, ends, firsts, lasts, calendars, maxSpan });
  }
  return groups;
}

/** Growable typed arrays for the hits (doubling, so each hit costs O(1) amortised). */
function hitBuffer(n: number) {
  let capacity = Math.max(1024, 4 * n);
  let other = new Int32Array(capacity);
  let where = new Uint8Array(capacity);
  let from = new Int32Array(capacity);
  let to = new Int32Array(capacity);
  const offset = new Int32Array(n + 1);
  const buffer = {
    offset,
    count: 0,
    /** Records a hit: the other window, where, and the calendar indices it covers (none when empty). */
    push(id: number, kind: number, first: number, last: number): void {
      if (first > last) return;
      const at = buffer.count;
      if (at === capacity) {
        capacity *= 2;
        other = grown(other, new Int32Array(capacity));
        where = grown(where, new Uint8Array(capacity));
        from = grown(from, new Int32Array(capacity));
        to = grown(to, new Int32Array(capacity));
      }
      other[at] = id;
      where[at] = kind;
      from[at] = first;
      to[at] = last;
      buffer.count = at + 1;
    },
    hits(): OverlapHits {
      const used = buffer.count;
      // views, not copies: the hits live as long as the study's pass, and copying 4 arrays of
      // millions of entries (100,000 events of a busy panel) costs more than the slack
      return {
        offset,
        other: other.subarray(0, used),
        where: where.subarray(0, used),
        from: from.subarray(0, used),
        to: to.subarray(0, used),
      };
    },
  };
  return buffer;
}

function grown<T extends Int32Array | Uint8Array>(old: T, next: T): T {
  next.set(old);
  return next;
}
