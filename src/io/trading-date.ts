import { exchangeLocalTime } from '../calendar/exchange-local-time';
import type { Exchange } from '../calendar/exchanges';
import { resolveExchange } from '../calendar/resolve-exchange';
import type { DateTimeParts } from './parse-date';
import { type CsvCells, cellText } from './scan-csv-rows';

/** What {@link createTradingDate} gives: the time parts a date cell fills, and the trading date. */
export interface TradingDate {
  /** Filled by `parseDateTimeAt` for each row's date cell (reset to a plain date first). */
  stamp: DateTimeParts;
  /** The trading date of the row whose date cell filled `stamp`, for the listing `ticker`. */
  of(cells: CsvCells, ticker: string, date: string): string;
}

/**
 * The trading date of a row (issue 20, class 1). A plain date, a naive time, or a time at
 * midnight of its own offset (yfinance's `2021-03-26 00:00:00+08:00`, a date localised to UTC)
 * is the written date. Any other time with an offset is an instant (pandas after
 * `tz_convert('UTC')` writes the Hong Kong session of 2021-03-26 as `2021-03-25
 * 16:00:00+00:00`): its trading date is the local date at the listing's exchange, and where
 * that exchange is unknown the row is an error, never a date shifted by one.
 *
 * @param exchange - `options.exchange`, when given.
 * @param dateColumn - The date column (0-based), for errors.
 * @param fail - Throws a row's error.
 * @returns `{ stamp, of }`.
 * @example
 * ```ts
 * const trading = createTradingDate(undefined, 0, fail);
 * ```
 */
export function createTradingDate(
  exchange: string | undefined,
  dateColumn: number,
  fail: (message: string, line: number, column: number) => never,
): TradingDate {
  const stamp: DateTimeParts = { seconds: -1, offset: Number.NaN };
  const explicitExchange = exchange === undefined ? undefined : resolveExchange('', exchange);
  const exchanges = new Map<string, Exchange | undefined>();
  const of = (cells: CsvCells, ticker: string, date: string): string => {
    if (!(stamp.seconds > 0) || Number.isNaN(stamp.offset)) return date;
    let at = explicitExchange;
    if (at === undefined) {
      if (!exchanges.has(ticker)) exchanges.set(ticker, resolveExchange(ticker));
      at = exchanges.get(ticker);
    }
    if (at === undefined) {
      fail(
        `daily bar "${cellText(cells, dateColumn).trim()}" is an instant, not at midnight of its offset, so its trading date is the local date at the listing's exchange, and the exchange of ${JSON.stringify(ticker)} cannot be read from its ticker: pass options.exchange (such as 'HKEX'), or write the bars in the exchange's time zone`,
        cells.line,
        dateColumn + 1,
      );
    }
    const instant =
      Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) +
      stamp.seconds * 1000 -
      stamp.offset * 60_000;
    return exchangeLocalTime(instant, at!).date;
  };
  return { stamp, of };
}
