/**
 * The exchange of a listing, read from its ticker ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows)).
 *
 * Rules, in order (the ticker is upper-cased first, so `1810.hk` reads as `1810.HK`):
 * 1. A `^` index in {@link INDEX_EXCHANGES} (Yahoo spellings): `^HSI` → HKEX, `^GSPC` → NYSE, …
 *    Index tickers are not self-describing, so the map is small and explicit; any other `^`
 *    ticker is unknown.
 * 2. A suffix in {@link SUFFIX_EXCHANGES}: `.HK` HKEX, `.SS` SSE, `.SZ` SZSE, `.T` TSE, `.L` LSE,
 *    `.DE` XETRA, and `.SH` (the Tushare/Wind spelling of Shanghai) SSE. Chinese index tickers
 *    such as `000001.SS` (SSE Composite) and `399001.SZ` follow from the suffix. The Yahoo
 *    suffixes of the international exchanges (issue 14): `.SA` B3, `.PA` `.AS` `.BR` `.LS`
 *    Euronext, `.MI` Milan, `.OL` Oslo, `.MC` BME, `.SW` SIX, `.ST` `.HE` `.CO` Nasdaq Nordic,
 *    `.TO` TSX, `.AX` ASX, `.KS` KRX, `.KQ` KOSDAQ, `.NS` NSE, `.BO` BSE, `.TW` TWSE, `.SI`
 *    SGX, `.JO` JSE.
 * 3. No suffix and letters only, optionally with a Yahoo share-class part after a hyphen
 *    (`AAPL`, `BIDU`, `BRK-B`) → NYSE. NYSE and Nasdaq have the same session, so the choice
 *    between them does not change day 0.
 * 4. Anything else (an unknown suffix such as `.NZ`, a dotted share class such as `BRK.B`,
 *    digits with no suffix such as `600519`) → `undefined`: a timestamped event then needs its
 *    exchange set explicitly (see `resolveExchange`) rather than a guessed time zone.
 *
 * Caveat: a bare index name such as `HSI` (no `^`) is letters only and so reads as a US
 * ticker; give such a listing its exchange explicitly.
 */

import { EXCHANGES, type Exchange } from './exchanges.js';
import { INTERNATIONAL_SUFFIXES } from './international-exchanges.js';

/**
 * Ticker suffix (after the last `.`, upper case) → exchange.
 *
 * @example
 * ```ts
 * SUFFIX_EXCHANGES['HK']?.code // 'HKEX'
 * ```
 */
export const SUFFIX_EXCHANGES: Readonly<Record<string, Exchange>> = Object.freeze({
  HK: EXCHANGES.HKEX,
  SS: EXCHANGES.SSE,
  SH: EXCHANGES.SSE,
  SZ: EXCHANGES.SZSE,
  T: EXCHANGES.TSE,
  L: EXCHANGES.LSE,
  DE: EXCHANGES.XETRA,
  ...Object.fromEntries(
    Object.entries(INTERNATIONAL_SUFFIXES).map(([suffix, code]) => [suffix, EXCHANGES[code]]),
  ),
});

/**
 * Common Yahoo `^` index tickers → the exchange whose session the index follows.
 *
 * @example
 * ```ts
 * INDEX_EXCHANGES['^N225']?.code // 'TSE'
 * ```
 */
export const INDEX_EXCHANGES: Readonly<Record<string, Exchange>> = Object.freeze({
  '^HSI': EXCHANGES.HKEX, // Hang Seng Index
  '^HSCE': EXCHANGES.HKEX, // Hang Seng China Enterprises
  '^GSPC': EXCHANGES.NYSE, // S&P 500
  '^SPX': EXCHANGES.NYSE, // S&P 500 (alternative spelling)
  '^DJI': EXCHANGES.NYSE, // Dow Jones Industrial Average
  '^NYA': EXCHANGES.NYSE, // NYSE Composite
  '^RUT': EXCHANGES.NYSE, // Russell 2000
  '^IXIC': EXCHANGES.NASDAQ, // Nasdaq Composite
  '^NDX': EXCHANGES.NASDAQ, // Nasdaq-100
  '^N225': EXCHANGES.TSE, // Nikkei 225
  '^FTSE': EXCHANGES.LSE, // FTSE 100
  '^FTMC': EXCHANGES.LSE, // FTSE 250
  '^GDAXI': EXCHANGES.XETRA, // DAX
});

const US_PLAIN = /^[A-Z]+(?:-[A-Z]+)?$/;

/**
 * The exchange of a ticker, from its suffix or the small index map; `undefined` when the ticker
 * does not say (never a guess).
 *
 * @param ticker - A listing or index ticker, e.g. `'1810.HK'`, `'BIDU'`, `'^HSI'`.
 * @returns The exchange, or `undefined`.
 * @example
 * ```ts
 * exchangeForTicker('1810.HK')?.code // 'HKEX'
 * exchangeForTicker('601633.SS')?.timeZone // 'Asia/Shanghai'
 * exchangeForTicker('BIDU')?.code // 'NYSE'
 * exchangeForTicker('^HSI')?.code // 'HKEX'
 * exchangeForTicker('RY.TO')?.code // 'TSX'
 * exchangeForTicker('AIR.NZ') // undefined
 * ```
 *
 * @category Study
 */
export function exchangeForTicker(ticker: string): Exchange | undefined {
  const t = ticker.trim().toUpperCase();
  if (t.startsWith('^')) return INDEX_EXCHANGES[t];
  const dot = t.lastIndexOf('.');
  if (dot >= 0) {
    if (dot === 0) return undefined;
    const suffix = t.slice(dot + 1);
    return Object.hasOwn(SUFFIX_EXCHANGES, suffix) ? SUFFIX_EXCHANGES[suffix] : undefined;
  }
  return US_PLAIN.test(t) ? EXCHANGES.NYSE : undefined;
}
