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
    const dot = ticker.lastIndexOf('.');
    const suffix = dot > 0 ? ticker.slice(dot).toUpperCase() : undefined;
    if (suffix !== undefined && Object.hasOwn(benchmarks, suffix)) return benchmarks[suffix];
    const exchange = exchangeOf(event, ticker, listingExchange);
    const keys =
      exchange === 'NYSE' || exchange === 'NASDAQ' || exchange === 'AMEX'
        ? [exchange, 'NYSE', 'NASDAQ', 'US']
        : [exchange];
    for (const key of keys) if (key !== undefined && Object.hasOwn(benchmarks, key)) return benchmarks[key];
  }
  return market;
}

function exchangeOf(event: EventSpec, ticker: string, listingExchange?: string): string | undefined {
  try {
    return resolveExchange(ticker, (ticker === event.ticker ? event.exchange : undefined) ?? listingExchange)
      ?.code;
  } catch {
    return undefined; // an unknown explicit exchange is reported where day 0 needs it
  }
}
