/** What price-layout detection finds, and the errors it throws. */
import { CsvFormatError } from '../errors';
import type { PriceFormat } from '../types';
import { norm } from './price-column-names';

/** One series to read from each data row: its columns (0-based, -1 when absent). */
export interface PriceTarget {
  /** Fixed ticker named by the file (yfinance `Ticker` line, wide column); absent when it comes from a ticker column or outside. */
  ticker?: string;
  close: number;
  prevClose: number;
  volume: number;
  /** Column of simple returns (CRSP `RET`, `return`), read instead of `close` (then -1); -1 when absent. */
  returns?: number;
}

/** How a price file is laid out: what {@link detectPriceLayout} found. */
export interface PriceLayout {
  format: PriceFormat;
  delimiter: string;
  /** Non-empty rows before the first data row (title lines and header lines). */
  headerRows: number;
  /** Line of the header (first line of the file when there is none), for errors. */
  headerLine: number;
  /** Fields every data row must have. */
  width: number;
  dateColumn: number;
  /** Column naming each row's ticker (long panels, Chinese vendor files, EventStudyTools), or -1. */
  tickerColumn: number;
  /** Column of CRSP's exchange code `EXCHCD` (→ `PriceSeries.exchange`), or -1 (absent). */
  exchangeColumn?: number;
  /** The series read from each row: one, or one per ticker in wide and multi-ticker files. */
  targets: PriceTarget[];
  /** Name of the price column used, for messages. */
  priceName: string;
}

/** Where a layout error points. */
export interface Where {
  file?: string;
  line: number;
  column: number;
}

/**
 * Throws the `CsvFormatError` of a layout that does not fit.
 *
 * @param message - What was expected.
 * @param where - File, line and column.
 * @throws CsvFormatError always.
 * @example
 * ```ts
 * fail('no date column: …', { file: 'x.csv', line: 1, column: 1 })
 * ```
 */
export function fail(message: string, where: Where): never {
  throw new CsvFormatError(message, where);
}

/**
 * Two columns of one name (`Close` twice, from a sheet exported with a ticker row dropped): which
 * listing each belongs to cannot be known, so it is an error naming the column.
 *
 * @param header - The header row.
 * @param k - The column found for a role (-1: none).
 * @param where - The header's place, for the error.
 * @throws CsvFormatError when a later column has the same name.
 * @example
 * ```ts
 * noSecondColumn(['Date', 'Close', 'Close'], 1, { line: 1, column: 1 }) // throws
 * ```
 */
export function noSecondColumn(header: string[], k: number, where: Where): void {
  if (k < 0) return;
  const n = norm(header[k]!);
  for (let j = k + 1; j < header.length; j++) {
    if (norm(header[j]!) === n) {
      fail(
        `duplicate column ${header[k]!.trim()} (columns ${k + 1} and ${j + 1}) and no ticker line saying whose each is: expected one ${header[k]!.trim()} column, or a yfinance Ticker line`,
        { ...where, column: j + 1 },
      );
    }
  }
}

/** What every layout read from one header row shares (all but the format, tickers and targets). */
export type LayoutBase = Pick<
  PriceLayout,
  'delimiter' | 'headerRows' | 'headerLine' | 'width' | 'dateColumn' | 'exchangeColumn'
>;
