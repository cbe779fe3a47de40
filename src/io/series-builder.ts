import { CsvFormatError } from '../errors';
import type { PriceFormat, PriceSeries } from '../types';

/** A price series being read row by row: growable typed arrays plus the line of each row. */
export interface SeriesBuilder {
  ticker: string;
  n: number;
  dates: string[];
  close: Float64Array;
  prevClose: Float64Array | undefined;
  volume: Float64Array | undefined;
  /** Line of each stored row, for errors found after sorting. */
  lines: Int32Array;
  /** Rows skipped for a missing price. */
  missing: number;
  /** Negative prices met under a `negativePrices` policy other than `'error'`. */
  negative: number;
  /** Whether `close` holds returns (a returns file): the series then gets `returns`, not `close`. */
  returns?: boolean;
  /** Missing return cells per code (returns files). */
  codes?: Map<string, number>;
  /** Exchange code from the file (CRSP `EXCHCD` of the latest row that names one). */
  exchange?: string;
  /**
   * Set by a reader that saw the dates come strictly ascending as it stored them (the in-memory
   * columns reader compares day numbers): `finishSeries` then skips its own comparison.
   */
  ascending?: boolean;
}

/** The arrays of a builder whose caller hands in its own (empty, so nothing can be written into them). */
const NO_NUMBERS = new Float64Array(0);
const NO_LINES = new Int32Array(0);

/**
 * Start a series.
 *
 * @param ticker - The series' ticker.
 * @param prevClose - Whether the file has a previous-close column.
 * @param volume - Whether the file has a volume column.
 * @param capacity - Expected number of rows (the arrays grow as needed).
 * @param returns - Whether the values are returns rather than prices.
 * @returns An empty builder.
 * @example
 * ```ts
 * const b = createSeriesBuilder('1810.HK', false, true, 1024)
 * ```
 */
export function createSeriesBuilder(
  ticker: string,
  prevClose: boolean,
  volume: boolean,
  capacity: number,
  returns = false,
): SeriesBuilder {
  // 0: the caller hands in its own arrays (the columns reader), nothing to allocate
  const size = capacity === 0 ? 0 : Math.max(16, capacity);
  const numbers = () => (size === 0 ? NO_NUMBERS : new Float64Array(size));
  return {
    ...(returns ? { returns: true } : {}),
    ticker,
    n: 0,
    dates: [],
    close: numbers(),
    prevClose: prevClose ? numbers() : undefined,
    volume: volume ? numbers() : undefined,
    lines: size === 0 ? NO_LINES : new Int32Array(size),
    missing: 0,
    negative: 0,
  };
}

function grown(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/**
 * Append one row to a series.
 *
 * @param b - The builder.
 * @param date - `YYYY-MM-DD`.
 * @param close - The price (already validated).
 * @param prevClose - Previous close, or `NaN`.
 * @param volume - Volume, or `NaN`.
 * @param line - Line of the row in the file.
 * @example
 * ```ts
 * pushSeriesRow(b, '2021-03-26', 24.2, Number.NaN, 329482838, 676)
 * ```
 */
export function pushSeriesRow(
  b: SeriesBuilder,
  date: string,
  close: number,
  prevClose: number,
  volume: number,
  line: number,
): void {
  const i = b.n;
  if (i === b.close.length) {
    const size = Math.max(16, i * 2);
    b.close = grown(b.close, size);
    if (b.prevClose !== undefined) b.prevClose = grown(b.prevClose, size);
    if (b.volume !== undefined) b.volume = grown(b.volume, size);
    const lines = new Int32Array(size);
    lines.set(b.lines);
    b.lines = lines;
  }
  b.dates[i] = date; // not push: a reader may have sized `dates` in advance
  b.close[i] = close;
  if (b.prevClose !== undefined) b.prevClose[i] = prevClose;
  if (b.volume !== undefined) b.volume[i] = volume;
  b.lines[i] = line;
  b.n = i + 1;
}

function same(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** Where the error of a conflicting duplicate points, and the file's name for the source. */
export interface FinishContext {
  file?: string;
  format: PriceFormat;
  /** 1-based column of the price, for duplicate-date errors. */
  priceColumn: number;
}

/**
 * Count one missing return cell under its code.
 *
 * @param b - The builder.
 * @param code - The code as written (`'C'`, `'-99'`, `''`, …).
 * @example
 * ```ts
 * countMissingReturn(b, 'C')
 * ```
 */
export function countMissingReturn(b: SeriesBuilder, code: string): void {
  if (b.codes === undefined) b.codes = new Map();
  b.codes.set(code, (b.codes.get(code) ?? 0) + 1);
}

/**
 * Finish a series: sort by date when the rows were out of order (reversed files are just
 * reversed), drop exact duplicate rows (same date, price, previous close and volume; counted in
 * `source.duplicateRows`), and copy into exact-length arrays (an array that already has exactly the
 * series' rows is handed over as it is: the builder is done).
 *
 * @param b - The builder.
 * @param ctx - File, format and price column, for the source record and errors.
 * @returns The series.
 * @throws CsvFormatError when one date has rows with different values.
 * @example
 * ```ts
 * const series = finishSeries(b, { format: 'plain', priceColumn: 2 })
 * ```
 */
export function finishSeries(b: SeriesBuilder, ctx: FinishContext): PriceSeries {
  const n = b.n;
  const d = b.dates;
  let ascending = true;
  let descending = true;
  // a reader that already saw the dates ascend (b.ascending) spares the string comparisons
  for (let i = 1; i < n && b.ascending !== true && (ascending || descending); i++) {
    const a = d[i - 1]!;
    const c = d[i]!;
    // one comparison per row in the common case (dates are shared strings: `===` is cheap)
    if (a < c) descending = false;
    else {
      ascending = false;
      if (a === c) descending = false;
    }
  }
  let order: Int32Array | undefined;
  let sorted = false;
  if (!ascending) {
    sorted = true;
    order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    if (descending) order.reverse();
    else {
      const idx = Array.from(order);
      idx.sort((x, y) => (d[x]! < d[y]! ? -1 : d[x]! > d[y]! ? 1 : x - y));
      order.set(idx);
    }
  }
  // strictly ascending dates (the common case) have no duplicates: every row is kept as it is
  const keep: number[] | undefined = ascending ? undefined : [];
  const duplicates = keep === undefined ? 0 : keepRows(b, ctx, order, keep);
  const m = keep === undefined ? n : keep.length;
  const plain = keep === undefined || (order === undefined && m === n);
  const pick = (src: Float64Array): Float64Array => {
    if (plain) return src.length === n ? src : src.slice(0, n);
    const out = new Float64Array(m);
    for (let k = 0; k < m; k++) out[k] = src[keep![k]!]!;
    return out;
  };
  if (plain && d.length !== n) d.length = n;
  const dates = plain ? d : keep!.map((i) => d[i]!);
  const series: PriceSeries = b.returns
    ? { ticker: b.ticker, dates, returns: pick(b.close) }
    : { ticker: b.ticker, dates, close: pick(b.close) };
  if (b.prevClose !== undefined) series.prevClose = pick(b.prevClose);
  if (b.volume !== undefined) series.volume = pick(b.volume);
  if (b.exchange !== undefined) series.exchange = b.exchange;
  series.source = {
    ...(ctx.file !== undefined ? { file: ctx.file } : {}),
    format: ctx.format,
    missingPrices: b.missing,
    duplicateRows: duplicates,
    sorted,
  };
  if (b.negative > 0) series.source.negativePrices = b.negative;
  if (b.codes !== undefined && b.codes.size > 0) series.source.missingReturns = Object.fromEntries(b.codes);
  return series;
}

/**
 * The rows to keep of a series whose dates are not strictly ascending, in date order (`order`,
 * none when only duplicates break the order): exact duplicate rows are dropped and counted, a
 * date with different values is an error.
 */
function keepRows(
  b: SeriesBuilder,
  ctx: FinishContext,
  order: Int32Array | undefined,
  keep: number[],
): number {
  const n = b.n;
  const d = b.dates;
  const at = (k: number): number => (order === undefined ? k : order[k]!);
  let duplicates = 0;
  for (let k = 0; k < n; k++) {
    const i = at(k);
    const last = keep.length > 0 ? keep[keep.length - 1]! : -1;
    if (last >= 0 && d[last] === d[i]) {
      const identical =
        same(b.close[last]!, b.close[i]!) &&
        (b.prevClose === undefined || same(b.prevClose[last]!, b.prevClose[i]!)) &&
        (b.volume === undefined || same(b.volume[last]!, b.volume[i]!));
      if (!identical) {
        const [early, late] = b.lines[last]! < b.lines[i]! ? [last, i] : [i, last];
        throw new CsvFormatError(
          `duplicate date ${d[i]} for ${b.ticker} with different values (line ${b.lines[early]} has ${b.close[early]}, this row ${b.close[late]}): expected one row per date`,
          { file: ctx.file, line: b.lines[late]!, column: ctx.priceColumn },
        );
      }
      duplicates++;
      continue;
    }
    keep.push(i);
  }
  return duplicates;
}
