import { dateKey } from '../calendar/date-key';
import { columnDate } from './column-date';

const DAY_MS = 86_400_000;

/**
 * Day numbers and `YYYY-MM-DD` names of the dates of an in-memory column, computed once per
 * distinct date.
 */
export interface ColumnDayCache {
  /**
   * Day number (days since 1970-01-01) of a date cell, `NaN` when {@link columnDate} reads no
   * date from it; throws where {@link columnDate} throws (a day number outside the years 0000–9999).
   */
  day(value: unknown): number;
  /** The `YYYY-MM-DD` of a day number {@link ColumnDayCache.day} returned (the string {@link columnDate} gives). */
  name(day: number): string;
  /**
   * The integer cells met so far, for a reader's inline lookup: `rawDays[cell - rawLo]` is the
   * cell's day number (`undefined` outside the window, {@link NO_DAY} for a cell not met yet) and
   * `rawNames[cell - rawLo]` its name. Both may be replaced by a call of `day`.
   */
  rawLo: number;
  rawDays: Int32Array;
  rawNames: (string | undefined)[];
}

/** An empty slot of {@link ColumnDayCache.rawDays} (no day number is this small). */
export const NO_DAY = -2_147_483_648;

/**
 * A cache that reads a date column as {@link columnDate} does, once per distinct date instead of
 * once per row. Why: a long panel repeats the same few thousand dates in every ticker's rows, and
 * building the date string was a third of `pricesFromColumns`' time. Integer cells (Arrow
 * `date32` day numbers, CRSP `YYYYMMDD`) are looked up in a dense window around the first one,
 * millisecond timestamps and `Date`s by their UTC day, strings by their text; the first cell of a
 * date goes through {@link columnDate} itself, so every date, error and rejection is its.
 * Day numbers of valid dates (years 0000–9999) order exactly as their `YYYY-MM-DD` strings.
 *
 * @param rows - Number of rows of the column (sizes the integer window).
 * @returns The cache.
 * @example
 * ```ts
 * const cache = createColumnDayCache(3);
 * cache.day(16804) // 16804 (date32)
 * cache.day(20160104) // 16804 (YYYYMMDD)
 * cache.name(16804) // '2016-01-04'
 * Number.isNaN(cache.day('soon')) // true
 * ```
 */
export function createColumnDayCache(rows: number): ColumnDayCache {
  const size = Math.min(1 << 20, Math.max(1 << 10, rows));
  const rawFar = new Map<number, number>();
  /** Day number → name, dense over [dayLo, dayLo + size). */
  let names: (string | undefined)[] | undefined;
  let dayLo = 0;
  const namesFar = new Map<number, string>();
  const texts = new Map<string, number>();
  let lastText: string | undefined;
  let lastTextDay = Number.NaN;

  const known = (day: number): boolean => {
    const w = day - dayLo;
    if (names !== undefined && w >= 0 && w < size) return names[w] !== undefined;
    return namesFar.has(day);
  };
  const remember = (day: number, text: string): void => {
    if (names === undefined) {
      names = new Array<string | undefined>(size).fill(undefined);
      dayLo = day - (size >> 1);
    }
    const w = day - dayLo;
    if (w >= 0 && w < size) names[w] = text;
    else namesFar.set(day, text);
  };
  /** A date that is its own day number or a `YYYYMMDD`, met for the first time. */
  const firstInteger = (value: number): number => {
    const text = columnDate(value);
    if (text === undefined) return Number.NaN;
    const day = dateKey(text);
    if (!known(day)) remember(day, text);
    if (cache.rawNames.length === 0) {
      cache.rawDays = new Int32Array(size).fill(NO_DAY);
      cache.rawNames = new Array<string | undefined>(size).fill(undefined);
      cache.rawLo = value - (size >> 1);
    }
    const w = value - cache.rawLo;
    if (w >= 0 && w < size) {
      cache.rawDays[w] = day;
      cache.rawNames[w] = text;
    } else rawFar.set(value, day);
    return day;
  };
  /** A timestamp (or `Date`) in milliseconds: its UTC day. */
  const fromMs = (ms: number, value: unknown): number => {
    const day = Math.floor(ms / DAY_MS);
    if (known(day)) return day;
    const text = columnDate(value);
    if (text === undefined) return Number.NaN;
    remember(day, text);
    return day;
  };
  const fromNumber = (value: number): number => {
    if (Number.isInteger(value)) {
      const day = cache.rawDays[value - cache.rawLo];
      if (day !== undefined && day !== NO_DAY) return day;
      // the ranges columnDate reads as YYYYMMDD and as date32 (anything else is milliseconds)
      if ((value >= 10_000_101 && value <= 99_991_231) || Math.abs(value) < 3_000_000) {
        const far = rawFar.get(value);
        return far !== undefined ? far : firstInteger(value);
      }
    } else if (!Number.isFinite(value)) return Number.NaN;
    return fromMs(value, value);
  };
  const fromText = (value: string): number => {
    if (value === lastText) return lastTextDay;
    let day = texts.get(value);
    if (day === undefined) {
      const text = columnDate(value);
      if (text === undefined) return Number.NaN;
      day = dateKey(text);
      if (!known(day)) remember(day, text);
      texts.set(value, day);
    }
    lastText = value;
    lastTextDay = day;
    return day;
  };
  const cache: ColumnDayCache = {
    rawLo: 0,
    rawDays: new Int32Array(0),
    rawNames: [],
    day(value: unknown): number {
      if (typeof value === 'number') return fromNumber(value);
      if (typeof value === 'string') return fromText(value);
      if (value instanceof Date) {
        const ms = value.getTime();
        return Number.isFinite(ms) ? fromMs(ms, value) : Number.NaN;
      }
      return Number.NaN;
    },
    name(day: number): string {
      const w = day - dayLo;
      if (names !== undefined && w >= 0 && w < size) return names[w]!;
      return namesFar.get(day)!;
    },
  };
  return cache;
}
