import { dateKey } from '../calendar/date-key';
import type { PriceFormat, PriceSeries } from '../types';

/** A gap between two consecutive trading dates longer than a normal holiday. */
export interface PriceGap {
  /** Last date before the gap. */
  from: string;
  /** First date after the gap. */
  to: string;
  /** Weekdays (Monday–Friday) strictly between `from` and `to` with no price. */
  weekdays: number;
}

/** A day-on-day return beyond the jump threshold: a split, a data error, or real news. */
export interface PriceJump {
  date: string;
  /** Simple return from the previous close (the vendor's previous close where the file has it). */
  return: number;
}

/** What {@link inspectPrices} finds in one series. */
export interface PriceInspection {
  ticker: string;
  file?: string;
  format?: PriceFormat;
  rows: number;
  first: string;
  last: string;
  /** Rows whose price was empty or `null` (skipped by the parser). */
  missingPrices: number;
  duplicateRows: number;
  /** Whether the file was out of date order. */
  sorted: boolean;
  gaps: PriceGap[];
  jumps: PriceJump[];
}

/** Options of {@link inspectPrices}. */
export interface InspectOptions {
  /** Report gaps with more than this many missing weekdays (default 5). */
  maxGapWeekdays?: number;
  /** Report returns with |r| above this (default 0.25). */
  jumpThreshold?: number;
}

/**
 * Checks a price series before it is used: its date range and size, the rows the parser
 * skipped, gaps of more than five missing weekdays (longer than any exchange holiday) and
 * suspicious jumps (|return| > 25 %, often an unadjusted split).
 *
 * @param series - a parsed price series
 * @param options - thresholds
 * @returns what was found
 *
 * @example
 * ```ts
 * const [series] = parsePrices(csv, { file: '1810.HK.csv' });
 * inspectPrices(series).jumps; // [{ date: '2019-…', return: -0.31 }, …]
 * ```
 */
export function inspectPrices(series: PriceSeries, options: InspectOptions = {}): PriceInspection {
  const maxGap = options.maxGapWeekdays ?? 5;
  const threshold = options.jumpThreshold ?? 0.25;
  const { dates, close, prevClose, returns } = series;
  const gaps: PriceGap[] = [];
  const jumps: PriceJump[] = [];
  for (let k = 1; k < dates.length; k++) {
    const weekdays = weekdaysBetween(dates[k - 1]!, dates[k]!);
    if (weekdays > maxGap) gaps.push({ from: dates[k - 1]!, to: dates[k]!, weekdays });
    // a returns series (CRSP RET) gives the change itself
    let change = Number.NaN;
    if (returns) change = returns[k]!;
    else if (close) {
      const previous = prevClose && Number.isFinite(prevClose[k]!) ? prevClose[k]! : close[k - 1]!;
      change = close[k]! / previous - 1;
    }
    if (Math.abs(change) > threshold) jumps.push({ date: dates[k]!, return: change });
  }
  const inspection: PriceInspection = {
    ticker: series.ticker,
    rows: dates.length,
    first: dates[0] ?? '',
    last: dates[dates.length - 1] ?? '',
    missingPrices: series.source?.missingPrices ?? 0,
    duplicateRows: series.source?.duplicateRows ?? 0,
    sorted: series.source?.sorted ?? false,
    gaps,
    jumps,
  };
  if (series.source?.file !== undefined) inspection.file = series.source.file;
  if (series.source?.format !== undefined) inspection.format = series.source.format;
  return inspection;
}

/** Weekdays strictly between two `YYYY-MM-DD` dates. */
function weekdaysBetween(from: string, to: string): number {
  const start = dateKey(from);
  const end = dateKey(to);
  let count = 0;
  for (let day = start + 1; day < end; day++) {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
