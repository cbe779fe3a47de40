/**
 * The trading session of an exchange on a given local date, in minutes after local midnight.
 *
 * Why minutes: day 0 compares one local wall-clock time with the open and the close; integer
 * minutes (plus a fraction for seconds) make that a number comparison with no `Date`.
 */

import { ConfigError } from '../errors.js';
import type { Exchange, SessionHours } from './exchanges.js';
import { closeInLocalMinutes } from './foreign-close.js';
import { zeroPad } from './zero-pad';

/** A session in minutes after local midnight; `lunch` start inclusive, end exclusive. */
export interface SessionMinutes {
  open: number;
  close: number;
  lunch?: { start: number; end: number };
}

/**
 * Minutes after midnight of a local `'HH:MM'` time (`'24:00'` is allowed as an end of day).
 *
 * @param time - `'HH:MM'`.
 * @param where - Which exchange field it came from, for the error message.
 * @returns Minutes, 0–1440.
 * @throws {ConfigError} When `time` is not `'HH:MM'`.
 * @example
 * ```ts
 * timeToMinutes('09:30') // 570
 * ```
 */
export function timeToMinutes(time: string, where = 'time'): number {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  const h = m ? Number(m[1]) : Number.NaN;
  const min = m ? Number(m[2]) : Number.NaN;
  if (!(h >= 0 && min >= 0 && min < 60 && h * 60 + min <= 1440)) {
    throw new ConfigError(`${where}: expected a local time 'HH:MM', got ${JSON.stringify(time)}`);
  }
  return h * 60 + min;
}

function toMinutes(hours: SessionHours, code: string): SessionMinutes {
  const open = timeToMinutes(hours.open, `${code} open`);
  const close = timeToMinutes(hours.close, `${code} close`);
  if (!(open < close)) {
    throw new ConfigError(`${code}: the open (${hours.open}) must be before the close (${hours.close})`);
  }
  const out: SessionMinutes = { open, close };
  if (hours.lunch) {
    const start = timeToMinutes(hours.lunch.start, `${code} lunch start`);
    const end = timeToMinutes(hours.lunch.end, `${code} lunch end`);
    if (!(open <= start && start < end && end <= close)) {
      throw new ConfigError(`${code}: the lunch break must lie inside the session`);
    }
    out.lunch = { start, end };
  }
  return out;
}

/**
 * The session hours that applied on a local date: the first `history` entry whose `until` is
 * after the date, else the exchange's current hours.
 *
 * @param exchange - The exchange.
 * @param date - Local date `YYYY-MM-DD` at the exchange.
 * @returns The session in minutes after local midnight.
 * @throws {ConfigError} When the exchange's times are malformed or out of order.
 * @example
 * ```ts
 * sessionOn(EXCHANGES.TSE, '2024-11-01').close // 900 (15:00)
 * sessionOn(EXCHANGES.TSE, '2024-11-05').close // 930 (15:30)
 * ```
 */
export function sessionOn(exchange: Exchange, date: string): SessionMinutes {
  const history = exchange.history;
  if (history) {
    for (const past of history) {
      if (date < past.until) return toMinutes(past, exchange.code);
    }
  }
  if (exchange.closeIn === undefined) return toMinutes(exchange, exchange.code);
  const close = closeInLocalMinutes(exchange.closeIn, exchange.timeZone, date);
  const hours = { ...exchange, close: `${zeroPad(Math.floor(close / 60))}:${zeroPad(close % 60)}` };
  return toMinutes(hours, exchange.code);
}
