import { exchangeLocalTime } from '../calendar/exchange-local-time';
import type { Exchange } from '../calendar/exchanges';
import { resolveExchange } from '../calendar/resolve-exchange';
import { ConfigError, CsvFormatError } from '../errors';
import type { DecimalSeparator, NegativePricePolicy, PriceFormat, PriceSeries, ReturnUnits } from '../types';
import { exchangeFromExchcd } from './crsp-exchange';
import { detectDecimalComma } from './detect-decimal-comma';
import { detectDelimiter } from './detect-delimiter';
import { detectPriceLayout, type PriceLayout, type PriceTarget } from './detect-price-layout';
import type { PriceColumns } from './named-columns';
import {
  checkDatePattern,
  type DateTimeParts,
  type DayOrder,
  dateOutOfRange,
  dayOrderEvidence,
  explainDate,
  parseDateTimeAt,
  parseDateWithPattern,
} from './parse-date';
import { parseDecimalCommaAt } from './parse-decimal-comma';
import { isMissingValue, parseNumberAt } from './parse-number';
import { priceBoundProblem } from './price-bounds';
import { type MissingReturn, readReturnCell } from './return-cell';
import { type CsvCells, cellText, headRows, needsQuotedScan, scanCsvRows } from './scan-csv-rows';
import {
  countMissingReturn,
  createSeriesBuilder,
  finishSeries,
  pushSeriesRow,
  type SeriesBuilder,
} from './series-builder';
import { tickerFromFileName } from './ticker-from-file-name';

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

const INFINITE = /^[+-]?(inf|infinity)$/i;

/** The 0-based column a target's values come from: its returns, else its close. */
function valueColumn(t: PriceTarget): number {
  return t.returns !== undefined && t.returns >= 0 ? t.returns : t.close;
}

/**
 * The hint of a negative-price error, right for its case: CRSP's `PRC` marks a bid/ask midpoint
 * with a minus sign (then `negativePrices` is the answer); in any other column a negative value
 * more likely means the column holds returns, which `negativePrices` would turn into garbage.
 */
function negativeHint(layout: PriceLayout, column: number): string {
  const name = layout.priceName.trim().toLowerCase();
  if (layout.format === 'wide') {
    return ` (if column ${column + 1} holds returns rather than prices, name it with columns: { returns: '…' })`;
  }
  if (name === 'prc' || name === 'price' || layout.format === 'eventstudytools') {
    return " (CRSP marks a bid/ask midpoint with a minus sign: pass negativePrices: 'abs' or 'missing')";
  }
  return '';
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

/** Day order of a column of `dd/mm/yyyy`-like dates, from the cells that prove it. */
function columnDayOrder(
  text: string,
  layout: PriceLayout,
  quoted: boolean,
  file?: string,
): DayOrder | undefined {
  let first: { line: number; text: string } | undefined;
  let dmy = 0;
  let mdy = 0;
  let checked = false;
  let result: DayOrder | undefined;
  scanCsvRows(text, { delimiter: layout.delimiter, file, quoted }, (cells, row) => {
    if (row < layout.headerRows || cells.count <= layout.dateColumn) return true;
    const t = cellText(cells, layout.dateColumn);
    const ev = dayOrderEvidence(t);
    if (!checked) {
      checked = true;
      if (ev === undefined) return false;
      first = { line: cells.line, text: t };
    }
    if (ev === 'dmy' && dmy === 0) dmy = cells.line;
    if (ev === 'mdy' && mdy === 0) mdy = cells.line;
    if (dmy > 0 && mdy > 0) {
      throw new CsvFormatError(
        `inconsistent dates: line ${dmy} has the day first, line ${mdy} the month first; expected one order (better: YYYY-MM-DD)`,
        { file, line: Math.max(dmy, mdy), column: layout.dateColumn + 1 },
      );
    }
    return true;
  });
  if (first !== undefined) {
    if (dmy > 0) result = 'dmy';
    else if (mdy > 0) result = 'mdy';
    else {
      throw new CsvFormatError(withPatternHint(explainDate(first.text)), {
        file,
        line: first.line,
        column: layout.dateColumn + 1,
      });
    }
  }
  return result;
}

/** An ambiguous-date message of a price file, with the option that settles it. */
function withPatternHint(message: string): string {
  return message.startsWith('ambiguous date')
    ? `${message}; or pass dateFormat: 'dd/MM/yyyy' (or 'MM/dd/yyyy')`
    : message;
}

/** Rough row count of the file, from the length of the first rows. */
function estimateRows(text: string, rows: string[][]): number {
  let chars = 0;
  for (const r of rows) for (const c of r) chars += c.length + 1;
  const per = rows.length > 0 ? chars / rows.length : 32;
  return Math.ceil((text.length / Math.max(per, 8)) * 1.05) + 16;
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
  const file = options.file;
  const body = start;
  if (body.trim() === '') {
    throw new CsvFormatError('empty file: expected a header line and rows of prices', {
      file,
      line: 1,
      column: 1,
    });
  }
  const delimiter = detectDelimiter(body);
  const quoted = needsQuotedScan(body);
  const head = headRows(body, delimiter, 12, file, quoted);
  const layout = detectPriceLayout(head.rows, head.lines, delimiter, options.format, file, options.columns);
  const { width, dateColumn, tickerColumn, targets } = layout;
  const thousands = delimiter === ',';
  const pattern = options.dateFormat;
  if (pattern !== undefined) checkDatePattern(pattern);
  if (options.decimal !== undefined && options.decimal !== '.' && options.decimal !== ',') {
    throw new ConfigError(`decimal: expected '.' or ',', got ${JSON.stringify(options.decimal)}`);
  }
  const comma =
    (options.decimal ??
      detectDecimalComma(head.rows, layout.headerRows, delimiter, [dateColumn, tickerColumn])) === ',';
  const negatives = options.negativePrices ?? 'error';
  const hasPrev = targets[0]!.prevClose >= 0;
  const hasVolume = targets[0]!.volume >= 0;
  const percent = options.returnUnits === 'percent';
  const exchangeColumn = layout.exchangeColumn ?? -1;
  const isReturns = (t: PriceTarget): boolean => t.returns !== undefined && t.returns >= 0;

  // tickers that do not come from a ticker column
  const fixed = targets.every((t) => t.ticker !== undefined);
  if (options.ticker !== undefined && fixed && targets.length > 1) {
    throw new CsvFormatError(
      `options.ticker names one series but the file holds ${targets.length} (${targets.map((t) => t.ticker).join(', ')})`,
      { file, line: layout.headerLine, column: 1 },
    );
  }
  let fallback: string | undefined;
  if (tickerColumn < 0 && !fixed) {
    fallback = options.ticker ?? (file !== undefined ? tickerFromFileName(file) : undefined);
    if (fallback === undefined) {
      throw new CsvFormatError(
        'no ticker: the file does not name its ticker; pass options.ticker (or options.file to use the file name)',
        { file, line: layout.headerLine, column: 1 },
      );
    }
  }

  const order = pattern === undefined ? columnDayOrder(body, layout, quoted, file) : undefined;
  const dataRows = estimateRows(body, head.rows);
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

  const fail = (message: string, line: number, column: number): never => {
    throw new CsvFormatError(message, { file, line, column });
  };

  /** Read a numeric cell; `NaN` for a missing value; throws on non-numeric or non-finite text. */
  const numberAt = (cells: CsvCells, k: number, what: string): number => {
    const v = comma
      ? parseDecimalCommaAt(cells.src[k]!, cells.start[k]!, cells.end[k]!)
      : parseNumberAt(cells.src[k]!, cells.start[k]!, cells.end[k]!, thousands);
    if (Number.isFinite(v)) return v;
    const t = cellText(cells, k).trim();
    if (Number.isNaN(v) && isMissingValue(t)) return Number.NaN;
    if (!Number.isNaN(v) || INFINITE.test(t)) {
      return fail(`non-finite ${what} "${t}": expected a positive number`, cells.line, k + 1);
    }
    const hint = comma
      ? " (read with a decimal comma; pass decimal: '.' if the file uses a decimal point)"
      : !Number.isNaN(parseDecimalCommaAt(t, 0, t.length))
        ? " (a decimal comma? pass decimal: ',')"
        : '';
    return fail(`non-numeric ${what} "${t}": expected a positive number${hint}`, cells.line, k + 1);
  };
  const positive = (cells: CsvCells, k: number, v: number, what: string): void => {
    const bound = v > 0 ? priceBoundProblem(v) : undefined;
    if (bound !== undefined) {
      // 5e-324 is a double but not a price: a jump from it overflows every return (issue 20)
      fail(`${what} "${cellText(cells, k).trim()}" is ${bound}`, cells.line, k + 1);
    }
    if (!(v > 0)) {
      const t = cellText(cells, k).trim();
      const hint = v < 0 && what === 'price' ? negativeHint(layout, k) : '';
      fail(
        `${v === 0 ? 'zero' : 'negative'} ${what} "${t}": expected a positive price${hint}`,
        cells.line,
        k + 1,
      );
    }
  };

  /** A returns row ([methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)): a value ≥ −1, or a missing code counted per code. */
  const readReturn = (cells: CsvCells, b: SeriesBuilder, t: PriceTarget, date: string): void => {
    const k = t.returns!;
    const shift = percent ? 2 : 0;
    const v = comma
      ? parseDecimalCommaAt(cells.src[k]!, cells.start[k]!, cells.end[k]!, shift)
      : parseNumberAt(cells.src[k]!, cells.start[k]!, cells.end[k]!, thousands, shift);
    const cell = readReturnCell(v, () => cellText(cells, k), percent);
    if (typeof cell === 'number') {
      pushSeriesRow(b, date, cell, Number.NaN, volumeAt(cells, t), cells.line);
      return;
    }
    if (typeof cell === 'string') fail(cell, cells.line, k + 1);
    const missing = cell as MissingReturn;
    countMissingReturn(b, missing.code);
    if (missing.keepsRow) pushSeriesRow(b, date, Number.NaN, Number.NaN, volumeAt(cells, t), cells.line);
    else b.missing++;
  };

  const read = (cells: CsvCells, b: SeriesBuilder, t: PriceTarget, date: string): void => {
    if (exchangeColumn >= 0) {
      const exchange = exchangeFromExchcd(cellText(cells, exchangeColumn));
      if (exchange !== undefined) b.exchange = exchange;
    }
    if (t.returns !== undefined && t.returns >= 0) {
      readReturn(cells, b, t, date);
      return;
    }
    const close = numberAt(cells, t.close, 'price');
    if (Number.isNaN(close)) {
      b.missing++;
      return;
    }
    if (close < 0 && negatives !== 'error') {
      b.negative++;
      if (negatives === 'missing') return;
      positive(cells, t.close, -close, 'price');
      pushSeriesRow(b, date, -close, prevAt(cells, t), volumeAt(cells, t), cells.line);
      return;
    }
    positive(cells, t.close, close, 'price');
    pushSeriesRow(b, date, close, prevAt(cells, t), volumeAt(cells, t), cells.line);
  };
  const prevAt = (cells: CsvCells, t: PriceTarget): number => {
    if (t.prevClose < 0) return Number.NaN;
    const prev = numberAt(cells, t.prevClose, 'previous close');
    if (!Number.isNaN(prev)) positive(cells, t.prevClose, prev, 'previous close');
    return prev;
  };
  const volumeAt = (cells: CsvCells, t: PriceTarget): number => {
    if (t.volume < 0) return Number.NaN;
    const vol = numberAt(cells, t.volume, 'volume');
    if (vol < 0)
      fail(
        `negative volume "${cellText(cells, t.volume).trim()}": expected a number ≥ 0`,
        cells.line,
        t.volume + 1,
      );
    return vol;
  };

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

  /**
   * The trading date of a row (issue 20, class 1). A plain date, a naive time, or a time at
   * midnight of its own offset (yfinance's `2021-03-26 00:00:00+08:00`, a date localised to UTC)
   * is the written date. Any other time with an offset is an instant (pandas after
   * `tz_convert('UTC')` writes the Hong Kong session of 2021-03-26 as `2021-03-25
   * 16:00:00+00:00`): its trading date is the local date at the listing's exchange, and where
   * that exchange is unknown the row is an error, never a date shifted by one.
   */
  const stamp: DateTimeParts = { seconds: -1, offset: Number.NaN };
  const explicitExchange = options.exchange === undefined ? undefined : resolveExchange('', options.exchange);
  const exchanges = new Map<string, Exchange | undefined>();
  const tradingDate = (cells: CsvCells, ticker: string, date: string): string => {
    if (!(stamp.seconds > 0) || Number.isNaN(stamp.offset)) return date;
    let exchange = explicitExchange;
    if (exchange === undefined) {
      if (!exchanges.has(ticker)) exchanges.set(ticker, resolveExchange(ticker));
      exchange = exchanges.get(ticker);
    }
    if (exchange === undefined) {
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
    return exchangeLocalTime(instant, exchange!).date;
  };

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
      read(cells, current, target, tradingDate(cells, current.ticker, date!));
    } else {
      for (let i = 0; i < targets.length; i++) {
        read(cells, perTarget[i]!, targets[i]!, tradingDate(cells, perTarget[i]!.ticker, date!));
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
