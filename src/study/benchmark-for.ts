import { resolveExchange } from '../calendar/resolve-exchange';
import type { EventSpec } from '../types';

/**
 * The benchmark of one listing of an event: the event's own `market`, else the `benchmarks`
 * entry for the ticker's suffix (`'.HK'`), else the entry for its exchange code (`'HKEX'`; for a
 * US listing, whose ticker cannot tell NYSE from Nasdaq, any of `'NYSE'`, `'NASDAQ'` or `'US'`),
 * else the study's default `market`. The exchange is the event's `exchange`, else the listing's own
 * (`PriceSeries.exchange`, e.g. from CRSP `EXCHCD`), else the ticker's suffix.
 *
 * @param event - the event
 * @param ticker - the listing
 * @param benchmarks - benchmark per suffix or exchange code
 * @param market - the study's default benchmark
 * @param listingExchange - the listing series' `exchange`, if it has one
 * @returns the benchmark ticker, or `undefined` when there is none
 *
 * @example
 * ```ts
 * benchmarkFor({ ticker: '601633.SS', date: '2021-03-26' }, '601633.SS', { '.SS': '000001.SS' }); // '000001.SS'
 * ```
 */
export function benchmarkFor(
  event: EventSpec,
  ticker: string,
  benchmarks: Readonly<Record<string, string>> | undefined,
  market: string | undefined,
  listingExchange?: string,
): string | undefined {
  if (event.market !== undefined) return event.market;
  if (benchmarks) {
    for (const key of exchangeKeys(event, ticker, listingExchange))
      if (Object.hasOwn(benchmarks, key)) return benchmarks[key];
  }
  return market;
}

/**
 * The keys a per-exchange record (`benchmarks`, `factors`) is searched by for one listing, in
 * order: the ticker's suffix (`'.HK'`), then its exchange code (`'HKEX'`; for a plain US ticker
 * `'NYSE'`, `'NASDAQ'` and `'US'`, since the ticker cannot tell the two apart).
 *
 * @param event - the event (its `exchange` names its own ticker's exchange)
 * @param ticker - the listing
 * @param listingExchange - the listing series' `exchange`, if it has one
 * @returns the keys, most specific first
 *
 * @example
 * ```ts
 * exchangeKeys({ ticker: '1810.HK', date: '2021-03-26' }, '1810.HK'); // ['.HK', 'HKEX']
 * ```
 */
export function exchangeKeys(event: EventSpec, ticker: string, listingExchange?: string): string[] {
  const keys: string[] = [];
  const dot = ticker.lastIndexOf('.');
  if (dot > 0) keys.push(ticker.slice(dot).toUpperCase());
  const exchange = exchangeOf(event, ticker, listingExchange);
  if (exchange === 'NYSE' || exchange === 'NASDAQ' || exchange === 'AMEX')
    keys.push(...new Set([exchange, 'NYSE', 'NASDAQ', 'US']));
  else if (exchange !== undefined) keys.push(exchange);
  return keys;
}

function exchangeOf(event: EventSpec, ticker: string, listingExchange?: string): string | undefined {
  try {
    return resolveExchange(ticker, (ticker === event.ticker ? event.exchange : undefined) ?? listingExchange)
      ?.code;
  } catch {
    return undefined; // an unknown explicit exchange is reported where day 0 needs it
  }
}
