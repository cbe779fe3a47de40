import { dateKey } from '../calendar/date-key';
import { alignedReturns } from '../returns/align-returns';
import { compoundOverSpans, type TradeToTradeReturns, tradeToTradeReturns } from '../returns/trade-to-trade';
import type { FactorTable, PriceSeries, ReturnKind } from '../types';
import { isFactorTable } from './factor-table-for';

/** One event calendar: the trading dates of the series that defines it ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows)). */
export interface EventCalendar {
  /** Ticker whose dates make the calendar (the benchmark, or the listing when there is none). */
  owner: string;
  dates: readonly string[];
  /** Each date as days since 1970-01-01, for calendar-date alignment across events. */
  keys: Int32Array;
}

/**
 * Shared, memoised data of one study: calendars and calendar-aligned returns, each computed once
 * per (listing, calendar) however many events use them, so an event costs only its own window.
 */
export interface StudyData {
  series(ticker: string): PriceSeries | undefined;
  tickers(): string[];
  calendar(owner: string): EventCalendar;
  /** Listing returns on a calendar (`NaN` = unusable). */
  returns(ticker: string, calendar: EventCalendar): Float64Array;
  /** A series shifted on the calendar: entry t holds entry t + by (`NaN` off the ends). */
  shifted(key: string, series: Float64Array, by: number, calendar: EventCalendar): Float64Array;
  /** log(1 + volume) of a listing on a calendar (`NaN` where it has no row or no volume). */
  logVolume(ticker: string, calendar: EventCalendar): Float64Array;
  /** Trade-to-trade returns and spans of a listing on a calendar (Maynes & Rumsey 1993). */
  tradeToTrade(ticker: string, calendar: EventCalendar): TradeToTradeReturns;
  /** A benchmark compounded over a trade-to-trade listing's spans. */
  compounded(benchmark: string, ticker: string, calendar: EventCalendar): Float64Array;
  /** `a − b` on a calendar, e.g. R − R_m or R − Rf. */
  difference(key: string, a: Float64Array, b: Float64Array, calendar: EventCalendar): Float64Array;
  /**
   * Factor columns on a calendar (`NaN` where the table has no row), of `table` or, without
   * it, of the study's single table (`undefined` when it has a table per exchange).
   */
  factors(calendar: EventCalendar, table?: FactorTable): Record<string, Float64Array> | undefined;
  /** A number naming a factor table in cache keys (tables per exchange have different RF). */
  tableId(table: FactorTable | undefined): number;
}

/**
 * Builds the memoised data of a study.
 *
 * @param prices - every price series of the study (tickers must be unique)
 * @param kind - simple or log returns
 * @param factorTables - factor returns for factor models: one table, or one per exchange
 * @returns lazily filled caches
 *
 * @example
 * ```ts
 * const data = createStudyData(prices, 'simple');
 * const hsi = data.calendar('^HSI');
 * const xiaomi = data.returns('1810.HK', hsi);
 * ```
 */
export function createStudyData(
  prices: readonly PriceSeries[],
  kind: ReturnKind,
  factorTables?: FactorTable | Readonly<Record<string, FactorTable>>,
): StudyData {
  const factorTable = factorTables !== undefined && isFactorTable(factorTables) ? factorTables : undefined;
  const byTicker = new Map<string, PriceSeries>();
  for (const series of prices) byTicker.set(series.ticker, series);
  const calendars = new Map<string, EventCalendar>();
  const returns = new Map<string, Float64Array>();
  const differences = new Map<string, Float64Array>();
  const tradeToTrade = new Map<string, TradeToTradeReturns>();
  const factors = new Map<FactorTable, Map<string, Record<string, Float64Array>>>();
  const tableIds = new Map<FactorTable, number>();

  const calendar = (owner: string): EventCalendar => {
    let found = calendars.get(owner);
    if (!found) {
      const dates = byTicker.get(owner)!.dates;
      found = { owner, dates, keys: Int32Array.from(dates, dateKey) };
      calendars.set(owner, found);
    }
    return found;
  };

  return {
    series: (ticker) => byTicker.get(ticker),
    tickers: () => [...byTicker.keys()],
    calendar,
    returns(ticker, on) {
      const key = `${ticker}\u0000${on.owner}`;
      let found = returns.get(key);
      if (!found) {
        found = alignedReturns(byTicker.get(ticker)!, on.dates, kind);
        returns.set(key, found);
      }
      return found;
    },
    shifted(key, series, by, on) {
      const cacheKey = `${key}\u0000shift${by}\u0000${on.owner}`;
      let found = differences.get(cacheKey);
      if (!found) {
        found = new Float64Array(series.length).fill(Number.NaN);
        for (let t = Math.max(0, -by); t < series.length && t + by < series.length; t++)
          found[t] = series[t + by]!;
        differences.set(cacheKey, found);
      }
      return found;
    },
    logVolume(ticker, on) {
      const cacheKey = `${ticker}\u0000volume\u0000${on.owner}`;
      let found = differences.get(cacheKey);
      if (!found) {
        found = logVolumeOn(byTicker.get(ticker)!, on.dates);
        differences.set(cacheKey, found);
      }
      return found;
    },
    tradeToTrade(ticker, on) {
      const key = `${ticker}\u0000${on.owner}`;
      let found = tradeToTrade.get(key);
      if (!found) {
        found = tradeToTradeReturns(byTicker.get(ticker)!, on.dates, kind);
        tradeToTrade.set(key, found);
      }
      return found;
    },
    compounded(benchmark, ticker, on) {
      const key = `${benchmark}\u0000over\u0000${ticker}\u0000${on.owner}`;
      let found = differences.get(key);
      if (!found) {
        found = compoundOverSpans(this.returns(benchmark, on), this.tradeToTrade(ticker, on).span, kind);
        differences.set(key, found);
      }
      return found;
    },
    difference(key, a, b, on) {
      const cacheKey = `${key}\u0000${on.owner}`;
      let found = differences.get(cacheKey);
      if (!found) {
        found = new Float64Array(a.length);
        for (let t = 0; t < a.length; t++) found[t] = a[t]! - b[t]!;
        differences.set(cacheKey, found);
      }
      return found;
    },
    tableId(table) {
      if (table === undefined) return 0;
      let id = tableIds.get(table);
      if (id === undefined) {
        id = tableIds.size + 1;
        tableIds.set(table, id);
      }
      return id;
    },
    factors(on, table = factorTable) {
      if (!table) return undefined;
      let byOwner = factors.get(table);
      if (!byOwner) {
        byOwner = new Map();
        factors.set(table, byOwner);
      }
      let found = byOwner.get(on.owner);
      if (!found) {
        found = alignFactors(table, on.dates);
        byOwner.set(on.owner, found);
      }
      return found;
    },
  };
}

/**
 * log(1 + V_t) on the calendar, the volume measure of Campbell & Wasley (1996): the log damps
 * the skewness of raw volume and the 1 keeps zero-volume days (HK half-days) finite.
 */
function logVolumeOn(series: PriceSeries, dates: readonly string[]): Float64Array {
  const out = new Float64Array(dates.length).fill(Number.NaN);
  if (!series.volume) return out;
  let j = 0;
  for (let t = 0; t < dates.length; t++) {
    while (j < series.dates.length && series.dates[j]! < dates[t]!) j++;
    if (j < series.dates.length && series.dates[j] === dates[t]) out[t] = Math.log1p(series.volume[j]!);
  }
  return out;
}

function alignFactors(table: FactorTable, dates: readonly string[]): Record<string, Float64Array> {
  const position = new Map<string, number>();
  table.dates.forEach((date, i) => {
    position.set(date, i);
  });
  const aligned: Record<string, Float64Array> = Object.create(null);
  for (const name of Object.keys(table.factors)) {
    const source = table.factors[name]!;
    const column = new Float64Array(dates.length).fill(Number.NaN);
    dates.forEach((date, t) => {
      const i = position.get(date);
      if (i !== undefined) column[t] = source[i]!;
    });
    aligned[name] = column;
  }
  return aligned;
}
