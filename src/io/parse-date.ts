import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { daysInMonth } from '../calendar/date-key';
import { zeroPad } from '../calendar/zero-pad';
import { ConfigError } from '../errors';

/** Order of day and month in a `dd/mm/yyyy`-like date whose separators do not say it. */
export type DayOrder = 'dmy' | 'mdy';

/**
 * Whether `y-m-d` is a real calendar date (proleptic Gregorian; years 1000–9999).
 *
 * @param year - Four-digit year.
 * @param month - Month 1–12.
 * @param day - Day of the month.
 * @returns `true` for a real date; `false` for `2021-02-30`, month 13, day 0, …
 * @example
 * ```ts
 * isCalendarDate(2024, 2, 29) // true
 * isCalendarDate(2021, 2, 29) // false
 * ```
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (!Number.isInteger(day) || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Read 1–2 digits at `i`; returns [value, next index] or undefined. */
function digits12(src: string, i: number, end: number): [number, number] | undefined {
  if (i >= end || !isDigit(src.charCodeAt(i))) return undefined;
  let v = src.charCodeAt(i) - 48;
  let j = i + 1;
  if (j < end && isDigit(src.charCodeAt(j))) {
    v = v * 10 + src.charCodeAt(j) - 48;
    j++;
  }
  return [v, j];
}

function digitsN(src: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = src.charCodeAt(i + k);
    if (!isDigit(c)) return -1;
    v = v * 10 + c - 48;
  }
  return v;
}

function build(year: number, month: number, day: number): string | undefined {
  return isCalendarDate(year, month, day) ? `${year}-${zeroPad(month)}-${zeroPad(day)}` : undefined;
}

/**
 * Which day order a day-first-or-month-first date (`03/04/2021`, `3-4-2021`) proves by itself:
 * `'dmy'` when the first number is over 12, `'mdy'` when the second is, `'both'` when neither
 * can be a month, `'none'` when either could be (ambiguous), `undefined` when the text is not such
 * a date at all (ISO, `YYYYMMDD` and `dd.mm.yyyy` dates are not).
 *
 * @param text - A date cell.
 * @returns The evidence the cell gives.
 * @example
 * ```ts
 * dayOrderEvidence('25/04/2021') // 'dmy'
 * dayOrderEvidence('03/04/2021') // 'none'
 * ```
 */
export function dayOrderEvidence(text: string): DayOrder | 'none' | 'both' | undefined {
  const m = /^\s*(\d{1,2})[/-](\d{1,2})[/-]\d{4}\s*$/.exec(text);
  if (m === null) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b > 12) return 'both';
  if (a > 12) return 'dmy';
  if (b > 12) return 'mdy';
  return 'none';
}

/**
 * The time part of a timestamped date cell, filled in by {@link parseDateTimeAt}.
 * Reused between rows (no allocation per cell).
 */
export interface DateTimeParts {
  /** Seconds after midnight of the written time, `-1` when the cell is a plain date. */
  seconds: number;
  /** UTC offset of the written time in minutes (`+08:00` → 480), `NaN` when none is written. */
  offset: number;
}

/**
 * Reads `T10:15[:30[.123]][Z|±HH[:MM]]` (or with a space for `T`, and an optional space before
 * the offset) at `src[i, e)`, which must hold nothing else. Writes seconds and offset to `parts`.
 * Returns false for anything else: `99:99:99`, `T1garbage`, trailing text.
 */
function readTimePart(src: string, i: number, e: number, parts: DateTimeParts): boolean {
  const sep = src.charCodeAt(i);
  if (sep !== 84 && sep !== 116 && sep !== 32) return false; // 'T', 't', ' '
  const h = digitsN(src, i + 1, 2);
  if (h < 0 || h > 23 || src.charCodeAt(i + 3) !== 58) return false;
  const mi = digitsN(src, i + 4, 2);
  if (mi < 0 || mi > 59) return false;
  let j = i + 6;
  let sec = 0;
  if (j < e && src.charCodeAt(j) === 58) {
    sec = digitsN(src, j + 1, 2);
    if (sec < 0 || sec > 59) return false;
    j += 3;
    const dot = src.charCodeAt(j);
    if (j < e && (dot === 46 || dot === 44)) {
      let k = j + 1;
      while (k < e && isDigit(src.charCodeAt(k))) k++;
      if (k === j + 1) return false;
      sec += Number(`0.${src.slice(j + 1, k)}`);
      j = k;
    }
  }
  if (j > e) return false;
  parts.seconds = h * 3600 + mi * 60 + sec;
  parts.offset = Number.NaN;
  if (j === e) return true;
  if (src.charCodeAt(j) === 32) j++;
  const z = src.charCodeAt(j);
  if ((z === 90 || z === 122) && j + 1 === e) {
    parts.offset = 0;
    return true;
  }
  if (z !== 43 && z !== 45) return false;
  const oh = digitsN(src, j + 1, 2);
  if (oh < 0 || oh > 18) return false;
  let k = j + 3;
  let om = 0;
  if (k < e) {
    if (src.charCodeAt(k) === 58) k++;
    om = digitsN(src, k, 2);
    if (om < 0 || om > 59) return false;
    k += 2;
  }
  if (k !== e) return false;
  parts.offset = (z === 45 ? -1 : 1) * (oh * 60 + om);
  return true;
}

const scratch: DateTimeParts = { seconds: -1, offset: Number.NaN };

/**
 * Parse the date in `src[start, end)` to `YYYY-MM-DD`, validating that it is a real calendar
 * date. Accepted: `YYYY-MM-DD` (also `/` or `.` separators, 1- or 2-digit month and day), the
 * same followed by a valid time (`2020-01-02 00:00:00+08:00`, `…T10:00Z`: the written date is
 * returned; {@link parseDateTimeAt} also gives the time and offset), `YYYYMMDD`, `dd.mm.yyyy` (dots are always day first), and `dd/mm/yyyy` or
 * `mm/dd/yyyy` (also with `-`) when `order` says which, or when the cell itself shows it (a part
 * over 12). Anything else, including an ambiguous `03/04/2021` without `order`, gives
 * `undefined`; {@link explainDate} says why.
 *
 * @param src - The string holding the cell.
 * @param start - Index of the cell's first character.
 * @param end - Index one past the cell's last character.
 * @param order - Day order of slash dates, when known for the whole column.
 * @returns `YYYY-MM-DD`, or `undefined` when the cell is not an unambiguous valid date.
 * @example
 * ```ts
 * parseDateAt('2021-03-26', 0, 10) // '2021-03-26'
 * parseDateAt('26.03.2021', 0, 10) // '2021-03-26'
 * parseDateAt('03/04/2021', 0, 10) // undefined (ambiguous)
 * parseDateAt('03/04/2021', 0, 10, 'dmy') // '2021-04-03'
 * ```
 */
export function parseDateAt(src: string, start: number, end: number, order?: DayOrder): string | undefined {
  return parseDateTimeAt(src, start, end, order, scratch);
}

/** First year of {@link ISO_DATES}. */
const ISO_FIRST_YEAR = 1900;
/** Slots per year in {@link ISO_DATES}: month 1–12 and day 1–31 as `month * 32 + day`. */
const ISO_YEAR_SLOTS = 13 * 32;
/**
 * Valid `YYYY-MM-DD` dates of 1900–2155 met so far, at `(year − 1900) · 416 + month · 32 + day`:
 * one string per calendar date, shared by every series that has it, found by an index rather
 * than a hash (a price history has a few thousand dates; the table is at most 106,496 slots).
 */
const ISO_DATES: (string | undefined)[] = [];

/**
 * The `YYYY-MM-DD` at `src[s, s + 10)` as the number YYYYMMDD (which orders as the text does) when
 * it is four, two and two ASCII digits with `-` between, not yet checked to be a real date; `-1`
 * for text of any other shape. Read by char codes in one straight run, without substrings: the
 * parsers and the spec check meet it once per date of every series.
 *
 * @param src - The string holding the date.
 * @param s - Index of its first character.
 * @returns YYYYMMDD, or -1.
 * @example
 * ```ts
 * isoDateDigits('2021-03-26', 0); // 20210326
 * isoDateDigits('2021- 3-26', 0); // -1
 * ```
 */
export function isoDateDigits(src: string, s: number): number {
  if (src.charCodeAt(s + 4) !== 45 || src.charCodeAt(s + 7) !== 45) return -1;
  // digits by char codes: `(c - 48) >>> 0 > 9` is true for anything but 0–9
  const y1 = src.charCodeAt(s) - 48;
  const y2 = src.charCodeAt(s + 1) - 48;
  const y3 = src.charCodeAt(s + 2) - 48;
  const y4 = src.charCodeAt(s + 3) - 48;
  const m1 = src.charCodeAt(s + 5) - 48;
  const m2 = src.charCodeAt(s + 6) - 48;
  const d1 = src.charCodeAt(s + 8) - 48;
  const d2 = src.charCodeAt(s + 9) - 48;
  // each digit alone: an OR of two digits can pass 9 (2 | 8 = 10), so the test cannot be merged
  if (y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || y4 >>> 0 > 9) return -1;
  if (m1 >>> 0 > 9 || m2 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9) return -1;
  return (y1 * 1000 + y2 * 100 + y3 * 10 + y4) * 10000 + (m1 * 10 + m2) * 100 + d1 * 10 + d2;
}

/**
 * The `YYYY-MM-DD` at `src[s, s + 10)` (see {@link isoDateDigits}) as its {@link ISO_DATES} slot
 * plus 1 (1900–2155, month ≤ 12, day ≤ 31); `0` for any other such date, `-1` for text that is
 * not of that shape.
 */
function isoSlot(src: string, s: number): number {
  const digits = isoDateDigits(src, s);
  if (digits < 0) return -1;
  const year = Math.floor(digits / 10000) - ISO_FIRST_YEAR;
  const month = Math.floor(digits / 100) % 100;
  const day = digits % 100;
  // outside the table (and month 13+, day 32+, which would fall in another slot): no slot
  if (year < 0 || year > 255 || month > 12 || day > 31) return 0;
  return year * ISO_YEAR_SLOTS + month * 32 + day + 1;
}

/**
 * {@link parseDateAt}, also reporting a timestamp's time of day and UTC offset in `parts` (the
 * one date reader of price and factor files). A cell is a date, a timestamp or nothing: after a
 * year-first date only a valid time may follow (`2021-03-26 16:00:00+00:00`), so
 * `2021-03-26 99:99:99` and `2021-03-26T1garbage` are `undefined`, not the date.
 *
 * @param src - The string holding the cell.
 * @param start - Index of the cell's first character.
 * @param end - Index one past the cell's last character.
 * @param order - Day order of slash dates, when known for the whole column.
 * @param parts - Receives `seconds` (−1 for a plain date) and `offset` (`NaN` when none).
 * @returns `YYYY-MM-DD` of the written date, or `undefined`.
 * @example
 * ```ts
 * const parts = { seconds: -1, offset: Number.NaN };
 * parseDateTimeAt('2021-03-25 16:00:00+00:00', 0, 25, undefined, parts); // '2021-03-25'
 * parts; // { seconds: 57600, offset: 0 }
 * ```
 */
export function parseDateTimeAt(
  src: string,
  start: number,
  end: number,
  order: DayOrder | undefined,
  parts: DateTimeParts,
): string | undefined {
  parts.seconds = -1;
  parts.offset = Number.NaN;
  let s = start;
  let e = end;
  while (s < e && src.charCodeAt(s) === 32) s++;
  while (e > s && src.charCodeAt(e - 1) === 32) e--;
  const len = e - s;
  if (len === 10) {
    const slot = isoSlot(src, s);
    if (slot > 0) {
      const known = ISO_DATES[slot - 1];
      if (known !== undefined) return known;
      const year = Math.floor((slot - 1) / ISO_YEAR_SLOTS) + ISO_FIRST_YEAR;
      const rest = (slot - 1) % ISO_YEAR_SLOTS;
      if (!isCalendarDate(year, rest >> 5, rest & 31)) return undefined;
      const date = src.slice(s, e);
      ISO_DATES[slot - 1] = date;
      return date;
    }
    if (slot === 0) {
      // outside the table: read and checked every time
      const y = digitsN(src, s, 4);
      const m = digitsN(src, s + 5, 2);
      const d = digitsN(src, s + 8, 2);
      return isCalendarDate(y, m, d) ? src.slice(s, e) : undefined;
    }
  }
  if (len < 8) return undefined;
  const c4 = src.charCodeAt(s + 4);
  if (c4 === 45 || c4 === 47 || c4 === 46) {
    // year first
    const year = digitsN(src, s, 4);
    if (year < 0) return undefined;
    const m = digits12(src, s + 5, e);
    if (m === undefined || src.charCodeAt(m[1]) !== c4) return undefined;
    const d = digits12(src, m[1] + 1, e);
    if (d === undefined) return undefined;
    const after = d[1];
    // After the date only a whole, valid time may follow: junk is not a date (issue 20).
    if (after < e && !readTimePart(src, after, e, parts)) return undefined;
    if (c4 === 45 && after - s === 10 && isCalendarDate(year, m[0], d[0])) {
      return src.slice(s, s + 10);
    }
    return build(year, m[0], d[0]);
  }
  if (len === 8) {
    const v = digitsN(src, s, 8);
    if (v >= 0) return build(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
  }
  // day or month first: d{1,2} sep d{1,2} sep yyyy
  const a = digits12(src, s, e);
  if (a === undefined) return undefined;
  const sep = src.charCodeAt(a[1]);
  if (sep !== 46 && sep !== 47 && sep !== 45) return undefined;
  const b = digits12(src, a[1] + 1, e);
  if (b === undefined || src.charCodeAt(b[1]) !== sep || e - (b[1] + 1) !== 4) return undefined;
  const year = digitsN(src, b[1] + 1, 4);
  if (year < 0) return undefined;
  if (sep === 46) return build(year, b[0], a[0]);
  let o = order;
  if (o === undefined) {
    if (a[0] > 12 && b[0] <= 12) o = 'dmy';
    else if (b[0] > 12 && a[0] <= 12) o = 'mdy';
    else return undefined;
  }
  return o === 'dmy' ? build(year, b[0], a[0]) : build(year, a[0], b[0]);
}

/**
 * Why a date cell was rejected by {@link parseDateAt}, as a message saying what was expected.
 *
 * @param text - The rejected cell.
 * @param order - The day order that was in force, if any.
 * @returns A human-readable explanation.
 * @example
 * ```ts
 * explainDate('03/04/2021') // 'ambiguous date "03/04/2021": …'
 * ```
 */
export function explainDate(text: string, order?: DayOrder): string {
  const t = text.trim();
  if (t === '') return 'empty date: expected a date such as 2021-03-26';
  const evidence = dayOrderEvidence(t);
  if (evidence === 'none' && order === undefined) {
    return `ambiguous date "${t}": day and month cannot be told apart (expected YYYY-MM-DD, or a column with a day over 12)`;
  }
  const shape =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})([T ].*)?$/.exec(t) ??
    /^(\d{4})(\d{2})(\d{2})()$/.exec(t) ??
    /^(\d{1,2})\.(\d{1,2})\.(\d{4})()$/.exec(t);
  if (shape !== null && shape[4] !== undefined && shape[4] !== '') {
    const date = `${shape[1]}-${shape[2]!.padStart(2, '0')}-${shape[3]!.padStart(2, '0')}`;
    if (parseDateAt(date, 0, date.length) !== undefined) {
      return `invalid time after the date "${t}": expected HH:MM[:SS[.fff]] and an optional offset (Z, +08:00), or the date alone`;
    }
  }
  if (shape !== null || evidence !== undefined) {
    return `invalid calendar date "${t}": expected a real date such as 2021-03-26`;
  }
  return `unparseable date "${t}": expected YYYY-MM-DD, YYYYMMDD or dd.mm.yyyy`;
}

/** Reference date for date-fns `parse`: fills the fields a pattern leaves out (none, for dates). */
const PATTERN_REFERENCE = new Date(2000, 0, 1);

/**
 * Check a `dateFormat` pattern before reading a file with it, so a malformed pattern is one
 * configuration error rather than an error per row.
 *
 * @param pattern - A date-fns pattern, e.g. `'dd.MM.yyyy'`.
 * @throws ConfigError naming `dateFormat` when date-fns rejects the pattern (`'YYYY'`, `'DD'`,
 *   unescaped letters) or it has no year, month or day.
 * @example
 * ```ts
 * checkDatePattern('dd.MM.yyyy') // ok
 * checkDatePattern('DD.MM.YYYY') // throws ConfigError
 * ```
 */
export function checkDatePattern(pattern: string): void {
  if (typeof pattern !== 'string' || pattern.trim() === '') {
    throw new ConfigError(
      `dateFormat: expected a date-fns pattern such as 'dd.MM.yyyy', got ${JSON.stringify(pattern)}`,
    );
  }
  try {
    parse('1', pattern, PATTERN_REFERENCE);
  } catch (e) {
    throw new ConfigError(`dateFormat ${JSON.stringify(pattern)}: ${(e as Error).message}`);
  }
  const bare = pattern.replace(/'[^']*'/g, '');
  if (!/y/.test(bare) || !/M|L/.test(bare) || !/d/.test(bare)) {
    throw new ConfigError(
      `dateFormat ${JSON.stringify(pattern)}: expected a year (yyyy), a month (MM, MMM) and a day (dd) in the pattern`,
    );
  }
}

/**
 * Parse a date cell with a date-fns pattern (the `dateFormat` option of `parsePrices`): the
 * whole trimmed cell must match and be a real calendar date.
 *
 * @param text - The cell.
 * @param pattern - A date-fns pattern checked by {@link checkDatePattern}, e.g. `'MM/dd/yyyy'`.
 * @returns `YYYY-MM-DD`, or `undefined` when the cell does not match the pattern.
 * @example
 * ```ts
 * parseDateWithPattern('08.02.2013', 'dd.MM.yyyy') // '2013-02-08'
 * parseDateWithPattern('8-Feb-2013', 'd-MMM-yyyy') // '2013-02-08'
 * parseDateWithPattern('2013-02-08', 'dd.MM.yyyy') // undefined
 * ```
 */
export function parseDateWithPattern(text: string, pattern: string): string | undefined {
  const d = parse(text.trim(), pattern, PATTERN_REFERENCE);
  if (!isValid(d)) return undefined;
  const year = d.getFullYear();
  if (year < 1000 || year > 9999) return undefined;
  return `${year}-${zeroPad(d.getMonth() + 1)}-${zeroPad(d.getDate())}`;
}

/** First and last dates a price file may hold (issue 14): outside them a date is a placeholder or a typo. */
export const PRICE_DATE_RANGE = { first: '1900-01-01', last: '2100-12-31' } as const;

/**
 * Why a parsed price date is out of range, or `undefined` when it is within 1900–2100.
 *
 * @param date - A parsed date, `YYYY-MM-DD`.
 * @returns The message, naming spreadsheet placeholders where the date is one.
 * @example
 * ```ts
 * dateOutOfRange('2021-03-26') // undefined
 * dateOutOfRange('9999-12-31') // 'date 9999-12-31 out of range: …'
 * ```
 */
export function dateOutOfRange(date: string): string | undefined {
  // 19xx and 20xx (every date of almost every file) by their first characters
  const c0 = date.charCodeAt(0);
  const c1 = date.charCodeAt(1);
  if ((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48)) return undefined;
  if (date >= PRICE_DATE_RANGE.first && date <= PRICE_DATE_RANGE.last) return undefined;
  const placeholder =
    date >= '9000-01-01' || date === '1899-12-30' || date === '1899-12-31'
      ? ' (a placeholder such as 9999-12-31 or an Excel zero date 1899-12-30, not a trading day)'
      : '';
  return `date ${date} out of range: expected a trading date from ${PRICE_DATE_RANGE.first} to ${PRICE_DATE_RANGE.last}${placeholder}`;
}
