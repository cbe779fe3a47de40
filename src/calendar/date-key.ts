/**
 * Calendar dates as integer day numbers, for aligning events on calendar dates ([methods §4](../../docs/methods.md#4-cross-event-statistics),
 * the Kolari–Pynnönen ω and ρ) and for counting the shift between a requested date and day 0.
 *
 * Why integers and no `Date`: the statistics key tens of thousands of dates; an integer is
 * compared, hashed and subtracted for free, and the civil-calendar arithmetic below (Howard
 * Hinnant's `days_from_civil`, proleptic Gregorian) needs no time zone, so no local-time or
 * daylight-saving surprise can move a date by one day.
 */

import { EventStudyError } from '../errors.js';
import { zeroPad } from './zero-pad';

/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const EPOCH_SHIFT = 719_468;

function digit(text: string, at: number): number {
  const c = text.charCodeAt(at) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

function badDate(date: unknown): EventStudyError {
  return new EventStudyError(`expected a calendar date 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
}

/**
 * Whether `year` is a Gregorian leap year.
 *
 * @param year - Full year, e.g. 2024.
 * @returns `true` for 2000 and 2024, `false` for 1900 and 2021.
 * @example
 * ```ts
 * isLeapYear(2024) // true
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month of a year.
 *
 * @param year - Full year.
 * @param month - Month 1–12.
 * @returns 28–31.
 * @example
 * ```ts
 * daysInMonth(2024, 2) // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a calendar date `YYYY-MM-DD` (negative before 1970).
 *
 * The date is validated (four-digit year, month 1–12, a day that exists in that month) because
 * a silently wrong key would misalign a whole cross-section; reading the digits with
 * `charCodeAt` keeps the check allocation-free.
 *
 * @param date - A calendar date `YYYY-MM-DD`, years 0000–9999.
 * @returns Integer day number; `dateKey('1970-01-01') === 0`.
 * @throws {EventStudyError} When `date` is not a valid `YYYY-MM-DD` date.
 * @example
 * ```ts
 * dateKey('2021-03-26') // 18712
 * dateKey('1969-12-31') // -1
 * ```
 */
export function dateKey(date: string): number {
  if (typeof date !== 'string' || date.length !== 10 || date[4] !== '-' || date[7] !== '-') {
    throw badDate(date);
  }
  const y0 = digit(date, 0);
  const y1 = digit(date, 1);
  const y2 = digit(date, 2);
  const y3 = digit(date, 3);
  const m0 = digit(date, 5);
  const m1 = digit(date, 6);
  const d0 = digit(date, 8);
  const d1 = digit(date, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) throw badDate(date);
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw badDate(date);
  return civilToKey(year, month, day);
}

/**
 * Day number of a (year, month, day) triple; no validation (the callers validate).
 *
 * @param year - Full year.
 * @param month - Month 1–12.
 * @param day - Day of month 1–31.
 * @returns Days since 1970-01-01.
 * @example
 * ```ts
 * civilToKey(2021, 3, 26) // 18712
 * ```
 */
export function civilToKey(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - EPOCH_SHIFT;
}

/**
 * The calendar date `YYYY-MM-DD` of a day number (the inverse of {@link dateKey}).
 *
 * @param key - Integer days since 1970-01-01, within years 0000–9999.
 * @returns The date, e.g. `'2021-03-26'`.
 * @throws {EventStudyError} When `key` is not an integer or falls outside years 0000–9999
 *   (which `YYYY-MM-DD` cannot write).
 * @example
 * ```ts
 * keyToDate(18712) // '2021-03-26'
 * ```
 */
export function keyToDate(key: number): string {
  if (!Number.isInteger(key)) throw new EventStudyError(`expected an integer day number, got ${key}`);
  const z = key + EPOCH_SHIFT;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) {
    throw new EventStudyError(`day number ${key} is outside the years 0000-9999`);
  }
  return `${zeroPad(year, 4)}-${zeroPad(month)}-${zeroPad(day)}`;
}
