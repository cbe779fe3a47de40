/**
 * The wall-clock date and time at an exchange of an instant ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows)). The zone's UTC
 * offset at that instant comes from `tzOffset` of `@date-fns/tz` (the primitive under its
 * `TZDate`, which reads the runtime's IANA data through `Intl`); the local date and minute then
 * follow by integer arithmetic. An instant has exactly one offset, so no DST gap or overlap can
 * arise. Shared by day 0 of timestamped events and by the trading date of timestamped daily bars.
 */

import { tzOffset } from '@date-fns/tz';
import { ConfigError } from '../errors.js';
import { keyToDate } from './date-key.js';
import type { Exchange } from './exchanges.js';

const DAY_MS = 86_400_000;

/** An instant as the exchange's clock shows it. */
export interface ExchangeLocalTime {
  /** Local date as days since 1970-01-01. */
  key: number;
  /** Local date `YYYY-MM-DD`. */
  date: string;
  /** Minutes after local midnight (with a fraction for seconds). */
  minute: number;
}

/**
 * The local date and minute of an instant at an exchange.
 *
 * @param instant - Milliseconds since 1970-01-01T00:00Z.
 * @param exchange - The exchange (its IANA `timeZone` is used).
 * @returns The local date (as text and day number) and the minute of the day.
 * @throws {ConfigError} When the exchange's time zone is not a known IANA zone.
 * @example
 * ```ts
 * exchangeLocalTime(Date.UTC(2021, 2, 25, 16), EXCHANGES.HKEX) // { key: 18712, date: '2021-03-26', minute: 0 }
 * ```
 */
export function exchangeLocalTime(instant: number, exchange: Exchange): ExchangeLocalTime {
  const zoneOffset = tzOffset(exchange.timeZone, new Date(instant));
  if (Number.isNaN(zoneOffset)) {
    throw new ConfigError(`${exchange.code}: unknown IANA time zone ${JSON.stringify(exchange.timeZone)}`);
  }
  const local = instant + zoneOffset * 60_000;
  const key = Math.floor(local / DAY_MS);
  return { key, date: keyToDate(key), minute: (local - key * DAY_MS) / 60_000 };
}
