import { CsvFormatError } from '../errors';
import type { NegativePricePolicy, PriceSeries, ReturnUnits } from '../types';
import { columnDate } from './column-date';
import { exchangeFromExchcd } from './crsp-exchange';
import { detectPriceLayout, type PriceLayout, type PriceTarget } from './detect-price-layout';
import type { PriceColumns } from './named-columns';
import { isMissingValue, parseNumberAt } from './parse-number';
import { readColumnRows } from './read-column-rows';
import { type MissingReturn, readReturnCell } from './return-cell';
import {
  countMissingReturn,
  createSeriesBuilder,
  finishSeries,
  pushSeriesRow,
  type SeriesBuilder,
} from './series-builder';

/**
 * A column of values: a plain array, a typed array, anything indexable with a length.
 *
 * @category Reading
 */
export type ColumnValues = ArrayLike<unknown>;

/**
 * The part of an Apache Arrow `Table` that {@link pricesFromColumns} uses (duck-typed).
 *
 * @category Reading
 */
export interface ArrowTableLike {
  numRows: number;
  schema: { fields: ReadonlyArray<{ name: string }> };
  getChild(name: string): { toArray(): ColumnValues } | null;
}

/**
 * The part of an Arquero table that {@link pricesFromColumns} uses (duck-typed).
 *
 * @category Reading
 */
export interface ArqueroTableLike {
  columnNames(): string[];
  array(name: string): ColumnValues;
}

/**
 * What {@link pricesFromColumns} reads: named columns of equal length, or an Arrow or Arquero table.
 *
 * @category Reading
 */
export type ColumnsLike = Readonly<Record<string, ColumnValues>> | ArrowTableLike | ArqueroTableLike;

/**
 * Options of {@link pricesFromColumns}.
 *
 * @category Reading
 */
export interface PricesFromColumnsOptions {
  /** Ticker of a single-series table (required when the table has no ticker column and no `defaultTicker`). */
  ticker?: string;
  /** Ticker of a table without a ticker column when `ticker` is absent (e.g. the file name). */
  defaultTicker?: string;
  /** Column names where the table's own are not recognised (as `parsePrices`' `columns`). */
  columns?: PriceColumns;
  /** Units of a returns column (default `'decimal'`). */
  returnUnits?: ReturnUnits;
  /** What a negative price is (default `'error'`), as for `parsePrices`. */
  negativePrices?: NegativePricePolicy;
  /** Keep only these tickers (long tables). */
  tickers?: readonly string[];
  /** A name for the table in errors and `source.file` (e.g. the query or file it came from). */
  name?: string;
}

function isArrow(t: ColumnsLike): t is ArrowTableLike {
  return (
    typeof (t as ArrowTableLike).getChild === 'function' && typeof (t as ArrowTableLike).numRows === 'number'
  );
}

function isArquero(t: ColumnsLike): t is ArqueroTableLike {
  return (
    typeof (t as ArqueroTableLike).columnNames === 'function' &&
    typeof (t as ArqueroTableLike).array === 'function'
  );
}

/** The table as named columns. */
function columnsOf(table: ColumnsLike): { names: string[]; get(name: string): ColumnValues } {
  if (isArrow(table)) {
    return {
      names: table.schema.fields.map((f) => f.name),
      get: (name) => table.getChild(name)?.toArray() ?? [],
    };
  }
  if (isArquero(table)) return { names: table.columnNames(), get: (name) => table.array(name) };
  const plain = table as Readonly<Record<string, ColumnValues>>;
  return { names: Object.keys(plain), get: (name) => plain[name]! };
}

/** A number from a numeric, bigint or text cell; `NaN` for a missing one; `undefined` for garbage. */
function numberOf(value: unknown, shift: number): number | undefined {
  if (typeof value === 'number')
    return shift === 0 ? value : Number.isFinite(value) ? value / 10 ** shift : value;
  if (typeof value === 'bigint') return Number(value);
  if (value === null || value === undefined) return Number.NaN;
  if (typeof value === 'string') {
    const v = parseNumberAt(value, 0, value.length, true, shift);
    if (!Number.isNaN(v)) return v;
    return isMissingValue(value) ? Number.NaN : undefined;
  }
  return undefined;
}

/**
 * Price or return series from a table already in memory: plain arrays, typed
 * arrays, or an Apache Arrow or Arquero table, recognised by duck typing (no dependency on
 * either). Columns are recognised by name exactly as `parsePrices` recognises a header (date,
 * close / Adj Close / PRC, RET / return, volume, ticker / PERMNO, EXCHCD, CRSP index returns, a
 * wide table of one column per ticker), or named with `columns`. Dates may be strings, `Date`s,
 * Arrow `date32` day numbers, millisecond timestamps or `YYYYMMDD` integers; numbers may be
 * numbers, bigints or text. The same rules as for files apply (a missing value skips the row,
 * CRSP codes are counted, a negative price or a return below −1 is an error, rows are sorted,
 * exact duplicates dropped), and errors are `CsvFormatError`s that give the `row` (0-based)
 * and `column` (1-based position among the table's columns) instead of a line.
 *
 * Speed: one pass over the rows, a long table cut into runs of one ticker; each distinct date is
 * read once, plain cells are written straight into the series, any other row goes through the
 * general per-cell reader (same result, same first error as reading every cell that way). The
 * `close` / `returns` / `volume` arrays of a long table's series are views into one buffer per
 * column (keeping one series keeps that buffer), and series with the same dates, each read whole
 * from one run of rows, share one `dates` array: treat both as read-only.
 *
 * @param table - The columns.
 * @param options - `ticker`, `columns`, `returnUnits`, `negativePrices`, `tickers`, `name`.
 * @returns One series per ticker, in the order the table first names them.
 * @throws CsvFormatError for columns of different lengths, no date or value column, a bad date or
 *   value (with its row), or an unknown ticker of a single-series table.
 * @example
 * ```ts
 * const [s] = pricesFromColumns(
 *   { date: ['2021-03-25', '2021-03-26'], close: Float64Array.of(23.85, 25.4) },
 *   { ticker: '1810.HK' },
 * );
 * s.close // Float64Array [23.85, 25.4]
 * ```
 *
 * @category Reading
 */
export function pricesFromColumns(table: ColumnsLike, options: PricesFromColumnsOptions = {}): PriceSeries[] {
  return readColumns(table, options, true);
}

/**
 * {@link pricesFromColumns} through its general row-by-row reader only (every cell through the
 * per-cell checks, every date through `columnDate`): the reference the fast reader is tested
 * against (test/io/prices-from-columns-fast.test.ts). Same arguments, result and errors.
 *
 * @param table - The columns.
 * @param options - As for {@link pricesFromColumns}.
 * @returns As {@link pricesFromColumns}.
 * @throws CsvFormatError as {@link pricesFromColumns}.
 * @example
 * ```ts
 * const [s] = pricesFromColumnsGeneral({ date: [16804, 16805], close: [10, 11] }, { ticker: 'X' });
 * s.dates // ['2016-01-04', '2016-01-05']
 * ```
 */
export function pricesFromColumnsGeneral(
  table: ColumnsLike,
  options: PricesFromColumnsOptions = {},
): PriceSeries[] {
  return readColumns(table, options, false);
}

function readColumns(table: ColumnsLike, options: PricesFromColumnsOptions, fast: boolean): PriceSeries[] {
  const file = options.name;
  const { names, get } = columnsOf(table);
  const header = names;
  let layout: PriceLayout;
  try {
    layout = detectPriceLayout([header], [1], ',', undefined, file, options.columns ?? {});
  } catch (error) {
    // a table has no header line: the same message, located by column only
    if (!(error instanceof CsvFormatError)) throw error;
    const message = error.message.replace(/^.*?line \d+, column \d+: /, '');
    throw new CsvFormatError(`${message} (columns: ${names.join(', ')})`, {
      file,
      column: error.column ?? 1,
    });
  }
  const columns = names.map((n) => get(n));
  const n = columns.length > 0 ? columns[0]!.length : 0;
  columns.forEach((c, k) => {
    if (c.length !== n) {
      throw new CsvFormatError(
        `column ${names[k]} has ${c.length} rows, column ${names[0]} ${n}: expected columns of one length`,
        {
          file,
          column: k + 1,
        },
      );
    }
  });
  const percent = options.returnUnits === 'percent';
  const negatives = options.negativePrices ?? 'error';
  const fail = (message: string, row: number, k: number): never => {
    throw new CsvFormatError(`${message} (column ${names[k]})`, { file, row, column: k + 1 });
  };
  const tickerColumn = layout.tickerColumn;
  const wanted = options.tickers === undefined ? undefined : new Set(options.tickers);
  const builders: SeriesBuilder[] = [];
  const byTicker = new Map<string, SeriesBuilder>();
  const isReturns = (t: PriceTarget) => t.returns !== undefined && t.returns >= 0;
  const fixed = layout.targets.map((t) => {
    if (tickerColumn >= 0) return undefined;
    const ticker =
      layout.targets.length === 1 ? (options.ticker ?? t.ticker ?? options.defaultTicker) : t.ticker;
    if (ticker === undefined) {
      throw new CsvFormatError('no ticker: the table has no ticker column; pass options.ticker', { file });
    }
    const b = createSeriesBuilder(ticker, false, t.volume >= 0, n, isReturns(t));
    builders.push(b);
    return b;
  });
  const dates = columns[layout.dateColumn]!;
  const tickers = tickerColumn >= 0 ? columns[tickerColumn]! : undefined;
  let lastKey: unknown;
  let lastDate: string | undefined;
  let current: SeriesBuilder | undefined;
  let currentKey: unknown;

  const exchangeColumn = layout.exchangeColumn ?? -1;
  const value = (row: number, t: PriceTarget, b: SeriesBuilder, date: string): void => {
    if (exchangeColumn >= 0) {
      const exchange = exchangeFromExchcd(String(columns[exchangeColumn]![row] ?? ''));
      if (exchange !== undefined) b.exchange = exchange;
    }
    const volume = t.volume >= 0 ? numberOf(columns[t.volume]![row], 0) : Number.NaN;
    if (volume === undefined || volume < 0) fail('invalid volume: expected a number ≥ 0', row, t.volume);
    if (isReturns(t)) {
      const k = t.returns!;
      const raw = columns[k]![row];
      const v = numberOf(raw, percent ? 2 : 0);
      const cell = readReturnCell(
        v ?? Number.NaN,
        () => (raw === null || raw === undefined ? '' : String(raw)),
        percent,
      );
      if (typeof cell === 'string') fail(cell, row, k);
      if (typeof cell === 'number') {
        pushSeriesRow(b, date, cell, Number.NaN, volume!, row);
        return;
      }
      const missing = cell as MissingReturn;
      countMissingReturn(b, missing.code);
      if (missing.keepsRow) pushSeriesRow(b, date, Number.NaN, Number.NaN, volume!, row);
      else b.missing++;
      return;
    }
    const k = t.close;
    let price = numberOf(columns[k]![row], 0);
    if (price === undefined) fail(`non-numeric price ${JSON.stringify(String(columns[k]![row]))}`, row, k);
    if (Number.isNaN(price)) {
      b.missing++;
      return;
    }
    if (price! < 0 && negatives !== 'error') {
      b.negative++;
      if (negatives === 'missing') return;
      price = -price!;
    }
    if (!(price! > 0) || !Number.isFinite(price))
      fail(`${price === 0 ? 'zero' : 'invalid'} price ${price}: expected a positive price`, row, k);
    pushSeriesRow(b, date, price!, Number.NaN, volume!, row);
  };

  const badDate = (row: number): never =>
    fail(
      `unreadable date ${JSON.stringify(String(dates[row]))}: expected a date string, a Date, or a date32 / timestamp number`,
      row,
      layout.dateColumn,
    );
  const emptyTicker = (row: number): never =>
    fail('empty ticker: expected a ticker in this column', row, tickerColumn);
  const open = (ticker: string, capacity: number): SeriesBuilder => {
    const b = createSeriesBuilder(
      ticker,
      false,
      layout.targets[0]!.volume >= 0,
      capacity,
      isReturns(layout.targets[0]!),
    );
    byTicker.set(ticker, b);
    builders.push(b);
    return b;
  };

  if (fast) {
    readColumnRows({
      n,
      columns,
      dateColumn: layout.dateColumn,
      tickerColumn,
      exchangeColumn,
      targets: layout.targets,
      fixed,
      wanted,
      percent,
      open,
      value,
      badDate,
      emptyTicker,
    });
  } else {
    for (let row = 0; row < n; row++) {
      const key = dates[row];
      if (key !== lastKey || lastDate === undefined) {
        lastDate = columnDate(key);
        lastKey = key;
        if (lastDate === undefined) badDate(row);
      }
      if (tickers === undefined) {
        for (let i = 0; i < layout.targets.length; i++) value(row, layout.targets[i]!, fixed[i]!, lastDate!);
        continue;
      }
      const tk = tickers[row];
      if (current === undefined || tk !== currentKey) {
        const ticker = tk === null || tk === undefined ? '' : String(tk).trim();
        if (ticker === '') emptyTicker(row);
        if (wanted !== undefined && !wanted.has(ticker)) {
          current = undefined;
          currentKey = undefined;
          continue;
        }
        current = byTicker.get(ticker) ?? open(ticker, byTicker.size === 0 ? n : 256);
        currentKey = tk;
      }
      value(row, layout.targets[0]!, current, lastDate!);
    }
  }
  if (tickerColumn >= 0 && options.ticker !== undefined && builders.length === 1)
    builders[0]!.ticker = options.ticker;
  return builders.map((b, i) => {
    const t = tickerColumn >= 0 ? layout.targets[0]! : layout.targets[i]!;
    const series = finishSeries(b, {
      ...(file !== undefined ? { file } : {}),
      format: layout.format,
      priceColumn: (isReturns(t) ? t.returns! : t.close) + 1,
    });
    return series;
  });
}
