/**
 * The exchanges `eventstudy` knows: IANA time zone and regular trading session ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows)).
 *
 * Design choices:
 * - Times are local wall-clock `'HH:MM'` strings in the exchange's IANA zone, exactly as the
 *   exchanges publish them; the UTC offset of a given day comes from the IANA rules (through
 *   `@date-fns/tz`), never from an offset typed in here, so daylight saving in New York, London
 *   and Berlin is right on every date.
 * - `open` is the start of continuous trading (an opening auction before it counts as
 *   pre-open: news then is priced at the open of the same day, which is the same day 0).
 *   `close` is the end of the regular session. Closing auctions that run a few minutes past it
 *   (HKEX 16:00–16:10, LSE 16:30–16:35, XETRA 17:30–17:35) are not modelled: a story inside
 *   them is dated after the close, i.e. to the next trading day.
 * - Holidays are not here: they come from the data (the event's calendar), so a weekday missing
 *   from the calendar is a non-trading day. Half-day sessions (HKEX closes at 12:00 on the eves
 *   of Christmas, New Year and Lunar New Year; NYSE at 13:00 on some eves) are not in the table
 *   either: a story between the early close and the regular close is mapped to that day, though
 *   its first reaction is on the next trading day. Typhoon and rainstorm suspensions in Hong
 *   Kong likewise.
 * - Session changes are modelled where they fall inside the bundled data (2010 on) and are
 *   cheap to state: `history` lists earlier sessions by the first date they no longer applied.
 *   HKEX moved its open from 10:00 to 09:30 (lunch 12:00–13:30) on 2011-03-07 and shortened the
 *   lunch to 12:00–13:00 on 2012-03-05; TSE extended its close from 15:00 to 15:30 on
 *   2024-11-05.
 * - NYSE and Nasdaq share one session; a plain US ticker cannot say which it is listed on, and
 *   it does not matter for day 0.
 */

import {
  INTERNATIONAL_EXCHANGES,
  type InternationalExchangeCode,
  MIC_ALIASES,
} from './international-exchanges.js';

/** A lunch break, local `'HH:MM'` start (inclusive) and end (exclusive). */
export interface Lunch {
  readonly start: string;
  readonly end: string;
}

/** A regular trading session in local `'HH:MM'` wall-clock time. */
export interface SessionHours {
  /** Start of continuous trading. */
  readonly open: string;
  /** End of the regular session; a story at or after it belongs to the next trading day. */
  readonly close: string;
  /** Lunch break, where the exchange has one (inside the trading day for day 0). */
  readonly lunch?: Lunch;
}

/** Session hours that applied on dates before `until` (exclusive, `YYYY-MM-DD`). */
export interface PastSession extends SessionHours {
  readonly until: string;
}

/**
 * An exchange: its code, name, IANA time zone and current regular session.
 *
 * @category Study
 */
export interface Exchange extends SessionHours {
  /** Short code, e.g. `'HKEX'`. */
  readonly code: string;
  /** Full name. */
  readonly name: string;
  /** IANA time zone, e.g. `'Asia/Hong_Kong'`. */
  readonly timeZone: string;
  /** Earlier sessions, sorted by `until` ascending; the current session applies from the last `until`. */
  readonly history?: readonly PastSession[];
  /**
   * For an exchange whose close is fixed in another zone's wall-clock time (B3 closes at 15:55
   * New York time, so 16:55 or 17:55 in São Paulo): the current session's close is this time in
   * `timeZone`, converted to local time on each date; `close` is then its value in one season.
   */
  readonly closeIn?: { readonly time: string; readonly timeZone: string };
}

/**
 * Codes of the built-in exchanges.
 *
 * @category Study
 */
export type ExchangeCode =
  | 'HKEX'
  | 'SSE'
  | 'SZSE'
  | 'TSE'
  | 'NYSE'
  | 'AMEX'
  | 'NASDAQ'
  | 'LSE'
  | 'XETRA'
  | InternationalExchangeCode;

/**
 * The built-in exchanges, by code.
 *
 * @example
 * ```ts
 * EXCHANGES.HKEX.timeZone // 'Asia/Hong_Kong'
 * EXCHANGES.TSE.close // '15:30' (15:00 before 2024-11-05, see EXCHANGES.TSE.history)
 * ```
 *
 * @category Study
 */
export const EXCHANGES: Readonly<Record<ExchangeCode, Exchange>> = Object.freeze({
  // HKEX, "Trading Hours" of the securities market (hkex.com.hk); the 2011 and 2012 changes are
  // HKEX's trading-hours extension phases 1 and 2.
  HKEX: {
    code: 'HKEX',
    name: 'Hong Kong Exchanges and Clearing',
    timeZone: 'Asia/Hong_Kong',
    open: '09:30',
    close: '16:00',
    lunch: { start: '12:00', end: '13:00' },
    history: [
      { until: '2011-03-07', open: '10:00', close: '16:00', lunch: { start: '12:30', end: '14:30' } },
      { until: '2012-03-05', open: '09:30', close: '16:00', lunch: { start: '12:00', end: '13:30' } },
    ],
  },
  // SSE Trading Rules §3.1 (sse.com.cn): continuous 09:30–11:30 and 13:00–15:00.
  SSE: {
    code: 'SSE',
    name: 'Shanghai Stock Exchange',
    timeZone: 'Asia/Shanghai',
    open: '09:30',
    close: '15:00',
    lunch: { start: '11:30', end: '13:00' },
  },
  // SZSE Trading Rules §3.1 (szse.cn): continuous 09:30–11:30 and 13:00–14:57, closing call to 15:00.
  SZSE: {
    code: 'SZSE',
    name: 'Shenzhen Stock Exchange',
    timeZone: 'Asia/Shanghai',
    open: '09:30',
    close: '15:00',
    lunch: { start: '11:30', end: '13:00' },
  },
  // JPX, "Trading Hours" (jpx.co.jp): morning 09:00–11:30, afternoon 12:30–15:30 since 2024-11-05.
  TSE: {
    code: 'TSE',
    name: 'Tokyo Stock Exchange',
    timeZone: 'Asia/Tokyo',
    open: '09:00',
    close: '15:30',
    lunch: { start: '11:30', end: '12:30' },
    history: [
      { until: '2024-11-05', open: '09:00', close: '15:00', lunch: { start: '11:30', end: '12:30' } },
    ],
  },
  // NYSE, "Holidays and Trading Hours" (nyse.com): core session 09:30–16:00 ET.
  NYSE: {
    code: 'NYSE',
    name: 'New York Stock Exchange',
    timeZone: 'America/New_York',
    open: '09:30',
    close: '16:00',
  },
  // NYSE American (formerly AMEX), CRSP EXCHCD 2: same hours as the NYSE
  AMEX: {
    code: 'AMEX',
    name: 'NYSE American',
    timeZone: 'America/New_York',
    open: '09:30',
    close: '16:00',
  },
  // Nasdaq, "Stock Market Hours" (nasdaq.com): market session 09:30–16:00 ET.
  NASDAQ: {
    code: 'NASDAQ',
    name: 'Nasdaq',
    timeZone: 'America/New_York',
    open: '09:30',
    close: '16:00',
  },
  // LSE, SETS trading hours (londonstockexchange.com): continuous 08:00–16:30, closing auction to 16:35.
  LSE: {
    code: 'LSE',
    name: 'London Stock Exchange',
    timeZone: 'Europe/London',
    open: '08:00',
    close: '16:30',
  },
  // Deutsche Börse, Xetra trading hours (deutsche-boerse.com): continuous 09:00–17:30, closing auction to 17:35.
  XETRA: {
    code: 'XETRA',
    name: 'Xetra (Deutsche Börse)',
    timeZone: 'Europe/Berlin',
    open: '09:00',
    close: '17:30',
  },
  ...INTERNATIONAL_EXCHANGES,
});

/**
 * A built-in exchange by code, case-insensitively (`'hkex'`, `'HKEX'`), or by its ISO 10383
 * market identifier code (`'XPAR'` → Euronext Paris).
 *
 * @param code - Exchange code, e.g. `'NYSE'`.
 * @returns The exchange, or `undefined` for an unknown code.
 * @example
 * ```ts
 * exchangeByCode('xetra')?.timeZone // 'Europe/Berlin'
 * exchangeByCode('XASX')?.code // 'ASX'
 * exchangeByCode('NZX') // undefined
 * ```
 */
export function exchangeByCode(code: string): Exchange | undefined {
  const upper = code.trim().toUpperCase();
  const key = Object.hasOwn(MIC_ALIASES, upper) ? MIC_ALIASES[upper]! : upper;
  return Object.hasOwn(EXCHANGES, key) ? EXCHANGES[key as ExchangeCode] : undefined;
}
