import { type DayZeroFound, dayZero } from '../calendar/day-zero';
import { resolveExchange } from '../calendar/resolve-exchange';
import { suggestTickers } from '../io/suggest-tickers';
import type { ExclusionCode, PriceSeries } from '../types';
import { benchmarkFor } from './benchmark-for';
import type { ListingEvent } from './expand-events';
import { needsBenchmark } from './model-design';
import type { Settings } from './settings';
import type { EventCalendar, StudyData } from './study-data';

/**
 * Where one listing of an event sits: its series, benchmark, calendar and day 0.
 *
 * @example
 * ```ts
 * if (placed.ok) placed.calendar.dates[placed.zero.index] === placed.zero.date; // true
 * ```
 */
export interface Placed {
  ok: true;
  listing: PriceSeries;
  benchmark: string | undefined;
  calendar: EventCalendar;
  zero: DayZeroFound;
}

/**
 * Why a listing-event could not be placed: the first four exclusion codes of [methods §6](../../docs/methods.md#6-bad-input-and-exclusions).
 *
 * @example
 * ```ts
 * if (!placed.ok) console.log(placed.code, placed.reason); // 'unknown-ticker', "no prices for ticker 'HSI'; …"
 * ```
 */
export interface NotPlaced {
  ok: false;
  code: Extract<
    ExclusionCode,
    'unknown-ticker' | 'unknown-benchmark' | 'non-trading-day' | 'window-outside-data'
  >;
  reason: string;
}

/**
 * The outcome of {@link placeEvent}.
 *
 * @example
 * ```ts
 * const placement: Placement = placeEvent(listing, data, settings);
 * ```
 */
export type Placement = Placed | NotPlaced;

/**
 * Places one listing of an event on its calendar ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows)): the listing's series, its
 * benchmark (the event's `market`, the `benchmarks` entry, or the study's `market`), the
 * calendar (the benchmark's trading dates, or the listing's without one) and day 0 on it. Study
 * events and confounders are placed by this one function, so both follow the same day-0 rules
 * ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)).
 *
 * @param listingEvent - one listing of an input event (see `expandEvents`)
 * @param data - the study's memoised data
 * @param settings - the study's resolved settings (benchmarks, model, non-trading-day rule)
 * @returns the placement, or the exclusion code and reason when it cannot be placed
 *
 * @example
 * ```ts
 * const placed = placeEvent({ index: 0, event, ticker: event.ticker }, data, settings);
 * if (placed.ok) placed.calendar.dates[placed.zero.index]; // day 0
 * ```
 */
export function placeEvent(listingEvent: ListingEvent, data: StudyData, settings: Settings): Placement {
  const { event, ticker } = listingEvent;
  const listing = data.series(ticker);
  if (!listing) return notPlaced('unknown-ticker', unknown('ticker', ticker, data.tickers()));
  const benchmark = benchmarkFor(event, ticker, settings.benchmarks, settings.market, listing.exchange);
  if (benchmark !== undefined && !data.series(benchmark)) {
    return notPlaced('unknown-benchmark', unknown('benchmark', benchmark, data.tickers()));
  }
  if (benchmark === undefined && needsBenchmark(settings.model)) {
    return notPlaced(
      'unknown-benchmark',
      `the ${settings.model} model needs a benchmark: give StudySpec.market or the event's market`,
    );
  }
  const calendar = data.calendar(benchmark ?? listing.ticker);
  // `exchange` names the event's own listing; a story's other tickers are read from their suffix
  // (else the series' own exchange, e.g. from CRSP EXCHCD)
  const exchange = resolveExchange(
    ticker,
    (ticker === event.ticker ? event.exchange : undefined) ?? listing.exchange,
  );
  const zero = dayZero(event.date, calendar.dates, {
    nonTradingDay: settings.nonTradingDay,
    ticker,
    ...(exchange ? { exchange } : {}),
  });
  if (!zero.ok) return notPlaced(zero.code, zero.reason);
  return { ok: true, listing, benchmark, calendar, zero };
}

function notPlaced(code: NotPlaced['code'], reason: string): NotPlaced {
  return { ok: false, code, reason };
}

function unknown(what: string, ticker: string, known: string[]): string {
  const close = suggestTickers(ticker, known);
  const hint = close.length > 0 ? `; did you mean ${close.map((t) => `'${t}'`).join(' or ')}?` : '';
  return `no prices for ${what} '${ticker}'${hint}`;
}
