import { CsvFormatError } from '../errors';
import type { DecimalSeparator, NegativePricePolicy, PriceFormat, PriceSeries, ReturnUnits } from '../types';
import type { PriceTarget } from './detect-price-layout';
import type { PriceColumns } from './named-columns';
import { dateOutOfRange, explainDate, parseDateTimeAt, parseDateWithPattern } from './parse-date';
import { planPriceRead, withPatternHint } from './plan-price-read';
import { createPriceCellReader } from './price-cell-reader';
import { type CsvCells, cellText, needsQuotedScan, scanCsvRows } from './scan-csv-rows';
import { createSeriesBuilder, finishSeries, type SeriesBuilder } from './series-builder';
import { createTradingDate } from './trading-date';

/**
 * Options of {@link parsePrices}.
 *
 * @category Reading
 */
export interface ParsePricesOptions {
  /** Ticker of a single-series file; overrides the one the file or its name gives. */
  ticker?: string;
  /** Force a layout instead of detecting it. */
  format?: PriceFormat;
  /** File name, for error messages, `source.file` and the ticker of files that do not name one. */
  file?: string;
  /**
   * What a negative price is: `'error'` (default, [methods §6](../../docs/methods.md#6-bad-input-and-exclusions)); `'abs'` reads it as CRSP does
   * (a minus sign marks a bid/ask midpoint when there was no trade: the price is |p|);
   * `'missing'` skips the row like an empty price. Either way they are counted in
   * `source.negativePrices`. Zero is always an error.
   */
  negativePrices?: NegativePricePolicy;
  /**
   * Keep only these tickers, for files with a ticker column (long panels): the rows of other
   * tickers are skipped as soon as their ticker cell is read, without reading their dates or
   * prices (so their errors go unreported). Other layouts keep every series.
   */
  tickers?: readonly string[];
  /**
   * The listing's exchange (code such as `'HKEX'` or suffix such as `'.HK'`), for daily bars
   * stamped with a time and offset away from midnight (pandas after `tz_convert('UTC')`): each
   * bar's trading date is that exchange's local date of the instant. Without it the exchange is
   * read from each series' ticker (`1810.HK` → HKEX); where it cannot be, such bars are an error.
   */
  exchange?: string;
  /**
   * Column names for headers detection does not know (issue 14), e.g.
   * `{ date: 'Stichtag', close: 'Kassakurs' }`; each overrides what would be detected.
   * `returns` names a column of simple returns, read instead of prices ([methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)); without
   * it `RET`, `ret`, `return` and `returns` are recognised (and win over `PRC`), and CRSP's index
   * columns `VWRETD`, `VWRETX`, `EWRETD`, `EWRETX`, `SPRTRN` make a wide panel of return series.
   */
  columns?: PriceColumns;
  /**
   * A date-fns pattern for the date column (`'dd.MM.yyyy'`, `'MM/dd/yyyy'`, `'yyyyMMdd'`,
   * `'d-MMM-yyyy'`), parsed by date-fns' `parse`: for day-first or month-first files that do
   * not show their order (every day ≤ 12) and for spellings the detector does not read.
   */
  dateFormat?: string;
  /**
   * The decimal separator: `'.'` or `','`. Default: `','` where the file proves it (a `;` or tab
   * delimiter and values such as `67,8542` or `1.234,56`, none such as `67.85`), else `'.'`.
   */
  decimal?: DecimalSeparator;
  /**
   * Units of a returns column: `'decimal'` (default, `0.0123`) or `'percent'` (`1.23`, divided
   * by 100 as the double nearest the decimal). In a percent file −66, −77, −88 and −99 are
   * returns, not CRSP's missing codes.
   */
  returnUnits?: ReturnUnits;
}

/** The 0-based column a target's values come from: its returns, else its close. */
function valueColumn(t: PriceTarget): number {
  return t.returns !== undefined && t.returns >= 0 ? t.returns : t.close;
}

/** Whether the trimmed cell `k` equals `s`, without allocating. */
function cellIs(cells: CsvCells, k: number, s: string): boolean {
  const src = cells.src[k]!;
  let a = cells.start[k]!;
  let e = cells.end[k]!;
  // a cell without surrounding spaces (almost all): one native comparison
  if (a < e && src.charCodeAt(a) !== 32 && src.charCodeAt(e - 1) !== 32) {
    return e - a === s.length && src.startsWith(s, a);
  }
  while (a < e && src.charCodeAt(a) === 32) a++;
  while (e > a && src.charCodeAt(e - 1) === 32) e--;
  if (e - a !== s.length) return false;
  for (let i = 0; i < s.length; i++) if (src.charCodeAt(a + i) !== s.charCodeAt(i)) return false;
  return true;
}

/**
 * Parse the text of a price file into one {@link PriceSeries} per ticker, detecting the layout: yfinance's three-line header (ticker from the `Ticker` line), yfinance history
 * (timestamped dates → local date), classic Yahoo (`Adj Close` used), long panels (one series
 * per `Name`/`ticker`/`symbol` value), wide panels (one series per column), Chinese vendor files
 * (`交易日期`, `收盘价`, `前收盘价` → `prevClose`, `股票代码` → ticker, title line above the header),
 * plain `date,close[,volume]`, and EventStudyTools' headerless `id;dd.mm.yyyy;price` (one
 * series per trimmed id). A BOM, CRLF, quoted fields, `,` thousands separators and blank lines
 * are fine.
 *
 * Rules ([methods §2](../../docs/methods.md#2-returns), §6): a row whose price is empty, `null`, `NA`, `NaN`, … is skipped and
 * counted in `source.missingPrices`; a negative price is an error unless `negativePrices` says
 * otherwise; rows out of date order are sorted (`source.sorted`);
 * exact duplicate rows are dropped and counted (`source.duplicateRows`). A series whose ticker
 * the file does not give takes `options.ticker`, else the file name without extension.
 *
 * @param text - The file's text.
 * @param options - `ticker` to name a single-series file, `format` to skip detection, `file`
 *   for messages and the ticker fallback.
 * @returns The series, in the order the file first names them.
 * @throws CsvFormatError with `file`, `line` and `column` on malformed input: empty file, no
 *   date or price column, ragged row, unparseable, ambiguous (`03/04/2021`) or impossible date,
 *   zero, negative, non-finite or non-numeric price, a price outside `[PRICE_FLOOR, PRICE_CEILING]`, one date with different prices, a ticker
 *   that cannot be determined, or a file that does not fit the forced `format`.
 * @example
 * ```ts
 * const [s] = parsePrices('date,close\n2021-03-25,23.85\n2021-03-26,25.40\n', { ticker: '1810.HK' })
 * s.dates // ['2021-03-25', '2021-03-26']
 * s.close[1] / s.close[0] - 1 // 0.0649…
 * ```
 *
 * @category Reading
 */
export function parsePrices(text: string, options: ParsePricesOptions = {}): PriceSeries[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const reader = createPriceReader(body, options);
  reader.feed(body, 0);
  return reader.finish();
}

/**
 * A price file read piece by piece (see {@link createPriceReader}): feed it whole lines, in
 * order, then finish.
 *
 * @category Reading
 */
export interface PriceReader {
  /**
   * Reads the rows of `text`, whole lines only. The first piece fed must be the `start` the reader
   * was created with (its header rows are skipped); `lineOffset` is the number of lines of the
   * file before `text`, for error messages.
   */
  feed(text: string, lineOffset: number): void;
  /** The series read, as {@link parsePrices} returns them. */
  finish(): PriceSeries[];
}

/**
 * Starts reading a price file of which only the beginning is at hand (a file too large to hold
 * as one string, read in chunks): the layout, delimiter and date order are detected from `head`
 * (its first lines), exactly as {@link parsePrices} does from the whole text.
 * Browser-safe: the chunks may come from a Node stream, a `fetch` body or a `File`.
 *
 * @param start - The first whole lines of the file (header and at least a few rows), BOM stripped.
 * @param options - As for {@link parsePrices}.
 * @returns A reader to feed `head`, then the following lines, and finish.
 * @throws CsvFormatError as {@link parsePrices} (from `feed` and `finish` too).
 * @example
 * ```ts
 * const reader = createPriceReader(firstChunk, { file: 'crsp.csv', tickers: ['AAPL'] });
 * reader.feed(firstChunk, 0);
 * reader.feed(secondChunk, linesInFirstChunk);
 * const series = reader.finish();
 * ```
 *
 * @category Reading
 */
export function createPriceReader(start: string, options: ParsePricesOptions = {}): PriceReader {
  const plan = planPriceRead(start, options);
  const { file, delimiter, quoted, layout, pattern, order, hasPrev, hasVolume, dataRows, fallback } = plan;
  const { width, dateColumn, tickerColumn, targets } = layout;
  const isReturns = (t: PriceTarget): boolean => t.returns !== undefined && t.returns >= 0;
  const builders: SeriesBuilder[] = [];
  let perTarget: SeriesBuilder[] = [];
  if (tickerColumn < 0) {
    perTarget = targets.map((t) =>
      createSeriesBuilder(
        targets.length === 1 && options.ticker !== undefined ? options.ticker : (t.ticker ?? fallback!),
        hasPrev,
        t.volume >= 0,
        dataRows,
        isReturns(t),
      ),
    );
    builders.push(...perTarget);
  }
  const byTicker = new Map<string, SeriesBuilder>();
  let current: SeriesBuilder | undefined;
  const target = targets[0]!;

  const { fail, read } = createPriceCellReader(plan);

  const wanted = options.tickers === undefined ? undefined : new Set(options.tickers);
  let skipped: string | undefined;
  /** Under `options.tickers`, whether a long-panel row belongs to a kept ticker (rows come in runs). */
  const kept = (cells: CsvCells): boolean => {
    if (current !== undefined && cellIs(cells, tickerColumn, current.ticker)) return true;
    if (skipped !== undefined && cellIs(cells, tickerColumn, skipped)) return false;
    const ticker = cellText(cells, tickerColumn).trim();
    if (wanted!.has(ticker)) return true;
    skipped = ticker;
    return false;
  };

  const trading = createTradingDate(options.exchange, dateColumn, fail);
  const stamp = trading.stamp;

  let dataRowsSeen = 0;
  let lineOffset = 0;
  let fed = false;
  const visit = (cells: CsvCells, row: number): boolean => {
    if (!fed && row < layout.headerRows) return true;
    cells.line += lineOffset;
    dataRowsSeen++;
    if (cells.count !== width) {
      fail(
        `ragged row: expected ${width} fields, found ${cells.count}`,
        cells.line,
        Math.min(cells.count, width) + 1,
      );
    }
    if (wanted !== undefined && tickerColumn >= 0 && !kept(cells)) return true;
    stamp.seconds = -1; // a dateFormat pattern gives a plain date
    const date =
      pattern === undefined
        ? parseDateTimeAt(
            cells.src[dateColumn]!,
            cells.start[dateColumn]!,
            cells.end[dateColumn]!,
            order,
            stamp,
          )
        : parseDateWithPattern(cellText(cells, dateColumn), pattern);
    if (date === undefined) {
      const t = cellText(cells, dateColumn);
      const why =
        pattern === undefined
          ? withPatternHint(explainDate(t, order))
          : `date "${t.trim()}" does not match dateFormat ${JSON.stringify(pattern)} (or is not a real date)`;
      fail(why, cells.line, dateColumn + 1);
    }
    const range = dateOutOfRange(date!);
    if (range !== undefined) fail(range, cells.line, dateColumn + 1);
    if (tickerColumn >= 0) {
      if (current === undefined || !cellIs(cells, tickerColumn, current.ticker)) {
        const ticker = cellText(cells, tickerColumn).trim();
        if (ticker === '')
          fail('empty ticker: expected a ticker in this column', cells.line, tickerColumn + 1);
        current = byTicker.get(ticker);
        if (current === undefined) {
          current = createSeriesBuilder(
            ticker,
            hasPrev,
            hasVolume,
            byTicker.size === 0 ? dataRows : 256,
            isReturns(target),
          );
          byTicker.set(ticker, current);
          builders.push(current);
        }
      }
      read(cells, current, target, trading.of(cells, current.ticker, date!));
    } else {
      for (let i = 0; i < targets.length; i++) {
        read(cells, perTarget[i]!, targets[i]!, trading.of(cells, perTarget[i]!.ticker, date!));
      }
    }
    return true;
  };

  const feed = (text: string, offset: number): void => {
    lineOffset = offset;
    scanCsvRows(text, { delimiter, file, quoted: fed ? needsQuotedScan(text) : quoted }, visit);
    fed = true;
  };

  const finish = (): PriceSeries[] => {
    if (tickerColumn >= 0 && options.ticker !== undefined) {
      if (builders.length > 1) {
        throw new CsvFormatError(
          `options.ticker names one series but the file holds ${builders.length} (${builders
            .slice(0, 5)
            .map((b) => b.ticker)
            .join(', ')}${builders.length > 5 ? ', …' : ''})`,
          { file, line: layout.headerLine, column: tickerColumn + 1 },
        );
      }
      if (builders.length === 1) builders[0]!.ticker = options.ticker;
    }
    if (dataRowsSeen === 0) {
      throw new CsvFormatError('no data rows: expected rows of prices below the header', {
        file,
        line: layout.headerLine,
        column: 1,
      });
    }
    return builders.map((b, i) =>
      finishSeries(b, {
        file,
        format: layout.format,
        priceColumn: valueColumn(tickerColumn >= 0 ? target : targets[i]!) + 1,
      }),
    );
  };
  return { feed, finish };
}
