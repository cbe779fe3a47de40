/**
 * `findOverlaps` and its helpers on a hand-built calendar of ten consecutive days (a hand-worked
 * case: every expected range below is counted on the fingers, not produced by the code).
 */
import { describe, expect, it } from 'vitest';
import { findOverlaps, type OverlapWindow } from '../../src/study/find-overlaps';
import { dropRanges, estimationRemovals, meetsEventWindow } from '../../src/study/overlap-entries';
import type { EventCalendar } from '../../src/study/study-data';

const dates = Array.from({ length: 30 }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')}`);
const calendar: EventCalendar = { owner: 'X', dates, keys: Int32Array.from(dates, (_, i) => 19723 + i) };
const at = (ticker: string, first: number, last: number, estimation?: [number, number]): OverlapWindow => ({
  ticker,
  calendar,
  first,
  last,
  ...(estimation ? { estimationFirst: estimation[0], estimationLast: estimation[1] } : {}),
});
const rows = (hits: ReturnType<typeof findOverlaps>, k: number) =>
  Array.from({ length: hits.offset[k + 1]! - hits.offset[k]! }, (_, j) => {
    const h = hits.offset[k]! + j;
    return [hits.other[h], hits.where[h], hits.from[h], hits.to[h]];
  });

describe('findOverlaps', () => {
  it('lists estimation and event-window hits with the indices concerned, by the other window’s start', () => {
    const hits = findOverlaps(
      [
        at('A', 20, 22, [5, 17]),
        at('A', 8, 10, [0, 5]),
        at('A', 16, 21, [0, 13]),
        at('B', 20, 22, [5, 17]),
        undefined,
      ],
      [at('A', 21, 21), at('B', 0, 29)],
    );
    // event 0 (window 20..22, estimation 5..17): event 1 in its estimation (8..10), event 2 in
    // both (16..17 and 20..21), confounder 0 (-1) in its event window (21)
    expect(rows(hits, 0)).toEqual([
      [1, 0, 8, 10],
      [2, 0, 16, 17],
      [2, 1, 20, 21],
      [-1, 1, 21, 21],
    ]);
    expect(rows(hits, 1)).toEqual([]); // its estimation 0..5 and window 8..10 meet no one
    expect(rows(hits, 2)).toEqual([
      [1, 0, 8, 10],
      [0, 1, 20, 21],
      [-1, 1, 21, 21],
    ]);
    // ticker B: only the confounder spanning the whole calendar
    expect(rows(hits, 3)).toEqual([
      [-2, 0, 5, 17],
      [-2, 1, 20, 22],
    ]);
    expect(rows(hits, 4)).toEqual([]);
    expect(meetsEventWindow(hits, 1)).toBe(false);
    expect(meetsEventWindow(hits, 2)).toBe(true);
    expect(Array.from(estimationRemovals(hits, 0)!)).toEqual([8, 10, 16, 17]);
    expect(estimationRemovals(hits, 1)).toBeUndefined();
  });

  it('finds a long window that starts long before the event (the sweep looks back by the longest span)', () => {
    const hits = findOverlaps([at('A', 25, 27, [20, 23]), at('A', 2, 21, [0, 1]), at('A', 3, 4, [0, 1])]);
    expect(rows(hits, 0)).toEqual([[1, 0, 20, 21]]);
  });
});

describe('dropRanges', () => {
  it('drops the days inside any range, ranges sorted by start but overlapping and nested', () => {
    const days = Int32Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    expect(Array.from(dropRanges(days, Int32Array.of(2, 6, 3, 4, 9, 9)))).toEqual([1, 7, 8, 10, 11, 12]);
  });

  it('keeps every day when no range touches them, and handles ranges outside the days', () => {
    expect(Array.from(dropRanges(Int32Array.of(5, 7), Int32Array.of(0, 4, 6, 6, 8, 20)))).toEqual([5, 7]);
    expect(Array.from(dropRanges(Int32Array.of(), Int32Array.of(0, 4)))).toEqual([]);
  });
});
