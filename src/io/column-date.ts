import { keyToDate } from '../calendar/date-key';
import { parseDateAt } from './parse-date';

const DAY_MS = 86_400_000;

/**
 * A date from an in-memory column, as `YYYY-MM-DD`: a string (`2016-01-04`, `20160104`, any form
 * `parsePrices` reads), a `Date` (its UTC calendar date: DuckDB and Arrow give dates as UTC
 * midnight), or a number: an 8-digit integer is `YYYYMMDD` (CRSP), a smaller integer an Arrow
 * `date32` (days since 1970-01-01), anything larger an Arrow `timestamp` or `date64` in
 * milliseconds (its UTC date).
 *
 * @param value - The cell.
 * @returns The date, or `undefined` when the value is none of these.
 * @example
 * ```ts
 * columnDate(16804) // '2016-01-04' (date32)
 * columnDate(20160104) // '2016-01-04' (YYYYMMDD)
 * columnDate(new Date(Date.UTC(2016, 0, 4))) // '2016-01-04'
 * ```
 */
export function columnDate(value: unknown): string | undefined {
  if (typeof value === 'string') return parseDateAt(value, 0, value.length);
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? keyToDate(Math.floor(ms / DAY_MS)) : undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (Number.isInteger(value) && value >= 10_000_101 && value <= 99_991_231) {
    const text = String(value);
    return parseDateAt(text, 0, text.length);
  }
  if (Number.isInteger(value) && Math.abs(value) < 3_000_000) return keyToDate(value);
  return keyToDate(Math.floor(value / DAY_MS));
}
