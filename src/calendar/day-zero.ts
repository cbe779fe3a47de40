/**
 * Day 0 of an event: a date or a timestamp → a trading date on the event's calendar
 * ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows), issue 8).
 *
 * Design choices:
 * - The calendar is the data. Holidays are the weekdays missing from `calendar`; nothing here
 *   knows a holiday list, so a study always agrees with the prices it measures.
 * - A date outside the calendar's span (before its first date, after its last) fails with
 *   `'window-outside-data'` even under `'next'`/`'previous'`: the data cannot say whether it
 *   was a trading day, and mapping a 1990 event to the first date of a 2010 series would be
 *   wrong by years.
 * - A timestamp is an instant: it is converted to the exchange's local wall-clock time with the
 *   IANA rules and compared with that day's session. The zone's UTC offset at that instant
 *   comes from `tzOffset` of `@date-fns/tz` (the primitive under its `TZDate`, which reads the
 *   runtime's IANA data through `Intl`); the local date and minute then follow by integer
 *   arithmetic. That is about three times faster than building a `TZDate` per event and gives
 *   the same wall-clock time: an instant has exactly one offset, so no DST gap or overlap can
 *   arise. Before the
 *   open → that day (`'pre-open'`, priced at the open); from the open to the close, lunch break
 *   included → that day (`'intraday'`); at or after the close → the next trading day
 *   (`'after-close'`); a local date that is not a trading day → the next trading day
 *   (`'non-trading-day'`). `nonTradingDay` applies only to date-only events: a timestamp's
 *   first possible price reaction is always forward in time, so it always maps forward.
 * - `shift` is the signed number of calendar days from the requested date (for a timestamp,
 *   the exchange-local date of the instant) to day 0.
 * - A date-only event on the calendar has reason `'date-only'`; one moved by `'next'` or
 *   `'previous'` has reason `'non-trading-day'` (the rule that chose day 0; the sign of
 *   `shift` says which way).
 * - Errors versus exclusions: a timestamp without an offset, or a timestamp whose exchange is
 *   unknown, is a malformed event (`EventSpecError`, not a guessed zone); a valid event whose
 *   day 0 cannot be placed on the data is an `{ ok: false }` result with an exclusion code.
 * - Cost: one binary search over the caller's array of `YYYY-MM-DD` strings (compared as
 *   strings, no `Date` per entry, no copy), so it can run once per event for 100,000 events.
 *
 * Known limits: half-day sessions (HKEX closes 12:00 on some eves, NYSE 13:00) and closing
 * auctions are not modelled (see `exchanges.ts`): a story between a half-day close and the
 * regular close is mapped to that day.
 */

import { ConfigError, EventSpecError } from '../errors.js';
import type { DayZeroReason, NonTradingDayPolicy } from '../types';
import { lowerBound } from './calendar-search.js';
import { civilToKey, daysInMonth } from './date-key.js';
import { exchangeForTicker } from './exchange-for-ticker.js';
import { exchangeLocalTime } from './exchange-local-time.js';
import type { Exchange } from './exchanges.js';
import { sessionOn } from './session.js';

/**
 * Day 0 found on the calendar.
 *
 * @category Study
 */
export interface DayZeroFound {
  ok: true;
  /** Index of day 0 in the calendar: `calendar[index] === date`. */
  index: number;
  /** Day 0, `YYYY-MM-DD`. */
  date: string;
  /** The requested date: the event date, or the exchange-local date of the timestamp. */
  requested: string;
  /** Signed calendar days from `requested` to `date`. */
  shift: number;
  reason: DayZeroReason;
}

/**
 * Day 0 could not be placed on the calendar: the event is excluded with this code.
 *
 * @category Study
 */
export interface DayZeroMissing {
  ok: false;
  code: 'non-trading-day' | 'window-outside-data';
  /** A human sentence saying why. */
  reason: string;
}

/**
 * The outcome of {@link dayZero}.
 *
 * @category Study
 */
export type DayZeroResult = DayZeroFound | DayZeroMissing;

/**
 * Options of {@link dayZero}.
 *
 * @category Study
 */
export interface DayZeroOptions {
  /** Date-only events on a non-trading day: next date (default), previous date, or exclude. */
  nonTradingDay?: NonTradingDayPolicy;
  /** The listing's exchange (wins over `ticker`). */
  exchange?: Exchange;
  /** The listing's ticker, read with `exchangeForTicker` when `exchange` is absent. */
  ticker?: string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

function checkDate(when: string, y: number, m: number, d: number): void {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new EventSpecError(`event date ${JSON.stringify(when)} is not a valid calendar date`);
  }
}

function found(
  calendar: readonly string[],
  index: number,
  requested: string,
  requestedKey: number,
  reason: DayZeroReason,
): DayZeroFound {
  const date = calendar[index] as string;
  const shift =
    date === requested
      ? 0
      : civilToKey(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) -
        requestedKey;
  return { ok: true, index, date, requested, shift, reason };
}

function outside(calendar: readonly string[], requested: string): DayZeroMissing {
  const span =
    calendar.length === 0
      ? 'the calendar is empty'
      : `the calendar runs from ${calendar[0]} to ${calendar[calendar.length - 1]}`;
  return { ok: false, code: 'window-outside-data', reason: `${requested} is outside the data: ${span}` };
}

function inSpan(calendar: readonly string[], date: string): boolean {
  return (
    calendar.length > 0 &&
    date >= (calendar[0] as string) &&
    date <= (calendar[calendar.length - 1] as string)
  );
}

/**
 * Day 0 of an event on its calendar ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows)).
 *
 * @param when - The event's date `YYYY-MM-DD`, or an ISO 8601 timestamp with an offset or `Z`
 *   (`2021-03-26T11:00:00+08:00`, `2021-03-26T03:00Z`; seconds and fractions optional; `T` or a
 *   space between date and time; offsets `±HH:MM`, `±HHMM` or `±HH`).
 * @param calendar - The event's calendar: strictly increasing trading dates `YYYY-MM-DD` (not
 *   copied, not modified).
 * @param options - `nonTradingDay` for date-only events (default `'next'`); the listing's
 *   `exchange`, or its `ticker` to read the exchange from (needed for timestamps only).
 * @returns `{ ok: true, index, date, requested, shift, reason }`, or `{ ok: false, code, reason }`
 *   with code `'non-trading-day'` (`'skip'` rule) or `'window-outside-data'` (the date is
 *   outside the calendar's span, or is after the close of its last date).
 * @throws {EventSpecError} When `when` is not a valid date or timestamp, a timestamp has no
 *   offset, or a timestamp's exchange cannot be resolved.
 * @throws {ConfigError} When `nonTradingDay` is not one of its values, or the exchange's time zone
 *   or hours are invalid.
 * @example
 * ```ts
 * const hk = ['2021-03-26', '2021-03-29', '2021-03-30', '2021-03-31']
 * dayZero('2021-03-27', hk) // { ok: true, index: 1, date: '2021-03-29', requested: '2021-03-27', shift: 2, reason: 'non-trading-day' }
 * dayZero('2021-03-26T11:00:00+08:00', hk, { ticker: '1810.HK' }) // ok, date '2021-03-26', reason 'intraday'
 * dayZero('2021-03-30T18:30:00+08:00', hk, { ticker: '1810.HK' }) // ok, date '2021-03-31', shift 1, 'after-close'
 * ```
 *
 * @category Study
 */
export function dayZero(
  when: string,
  calendar: readonly string[],
  options: DayZeroOptions = {},
): DayZeroResult {
  const rule = options.nonTradingDay ?? 'next';
  if (rule !== 'next' && rule !== 'previous' && rule !== 'skip') {
    throw new ConfigError(`nonTradingDay must be 'next', 'previous' or 'skip', got ${JSON.stringify(rule)}`);
  }
  if (typeof when !== 'string') throw new EventSpecError(`event date must be a string, got ${typeof when}`);
  const text = when.trim();

  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const y = Number(dateOnly[1]);
    const m = Number(dateOnly[2]);
    const d = Number(dateOnly[3]);
    checkDate(when, y, m, d);
    if (!inSpan(calendar, text)) return outside(calendar, text);
    const key = civilToKey(y, m, d);
    const i = lowerBound(calendar, text);
    if (calendar[i] === text) return found(calendar, i, text, key, 'date-only');
    if (rule === 'skip') {
      return {
        ok: false,
        code: 'non-trading-day',
        reason: `${text} is not a trading day on the calendar (nonTradingDay: 'skip')`,
      };
    }
    // Inside the span and not on it, so both neighbours exist.
    return found(calendar, rule === 'next' ? i : i - 1, text, key, 'non-trading-day');
  }

  const ts = TIMESTAMP.exec(text);
  if (!ts) {
    throw new EventSpecError(
      `event date ${JSON.stringify(when)} is neither a date YYYY-MM-DD nor an ISO 8601 timestamp with an offset`,
    );
  }
  if (ts[8] === undefined && ts[9] === undefined) {
    throw new EventSpecError(
      `timestamp ${JSON.stringify(when)} has no time-zone offset: add Z or ±HH:MM (the zone is not guessed)`,
    );
  }
  const y = Number(ts[1]);
  const mo = Number(ts[2]);
  const d = Number(ts[3]);
  checkDate(when, y, mo, d);
  const h = Number(ts[4]);
  const mi = Number(ts[5]);
  const s = ts[6] === undefined ? 0 : Number(ts[6]);
  const ms = ts[7] === undefined ? 0 : Math.floor(Number(`0.${ts[7]}`) * 1000);
  const offH = ts[10] === undefined ? 0 : Number(ts[10]);
  const offM = ts[11] === undefined ? 0 : Number(ts[11]);
  if (h > 23 || mi > 59 || s > 59 || offH > 18 || offM > 59) {
    throw new EventSpecError(`timestamp ${JSON.stringify(when)} has an out-of-range time or offset`);
  }
  const offset = (ts[9] === '-' ? -1 : 1) * (offH * 60 + offM);

  const exchange =
    options.exchange ?? (options.ticker === undefined ? undefined : exchangeForTicker(options.ticker));
  if (exchange === undefined) {
    const why =
      options.ticker === undefined
        ? 'no exchange or ticker was given'
        : `the exchange of ${JSON.stringify(options.ticker)} cannot be read from its ticker`;
    throw new EventSpecError(
      `timestamp ${JSON.stringify(when)} cannot be placed in an exchange's time zone: ${why}; set the listing's exchange explicitly`,
    );
  }

  const instant = Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60_000;
  const { key, date: localDate, minute } = exchangeLocalTime(instant, exchange);

  if (!inSpan(calendar, localDate))
    return outside(calendar, `${localDate} (${exchange.code} local date of ${text})`);
  const i = lowerBound(calendar, localDate);
  if (calendar[i] !== localDate) return found(calendar, i, localDate, key, 'non-trading-day');
  const session = sessionOn(exchange, localDate);
  if (minute < session.open) return found(calendar, i, localDate, key, 'pre-open');
  if (minute < session.close) return found(calendar, i, localDate, key, 'intraday');
  if (i + 1 >= calendar.length) {
    return {
      ok: false,
      code: 'window-outside-data',
      reason: `${text} is after the ${exchange.code} close on ${localDate}, the last calendar date; the next trading day is not in the data`,
    };
  }
  return found(calendar, i + 1, localDate, key, 'after-close');
}
