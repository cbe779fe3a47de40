import { type ColumnDayCache, createColumnDayCache, NO_DAY } from './column-day-cache';
import { exchangeFromExchcd } from './crsp-exchange';
import type { PriceTarget } from './detect-price-layout';
import type { SeriesBuilder } from './series-builder';

/** {@link NO_DAY} as a module constant, read in the hot loop. */
const EMPTY_SLOT = NO_DAY;

/** A column as `pricesFromColumns` reads it: anything indexable with a length. */
type Column = ArrayLike<unknown>;

/** What {@link readColumnRows} needs of `pricesFromColumns`' setup (the general reader's pieces). */
export interface ColumnRows {
  /** Rows of the table. */
  n: number;
  /** The table's columns, in order. */
  columns: readonly Column[];
  dateColumn: number;
  /** Column of the ticker, or -1 (then `fixed` holds one builder per target). */
  tickerColumn: number;
  /** CRSP `EXCHCD` column, or -1. */
  exchangeColumn: number;
  targets: readonly PriceTarget[];
  /** The builder of each target of a table without a ticker column. */
  fixed: readonly (SeriesBuilder | undefined)[];
  /** Tickers to keep (long tables), or all. */
  wanted: Set<string> | undefined;
  /** Units of a returns column. */
  percent: boolean;
  /** A new builder for a ticker of a long table, registered in output order. */
  open(ticker: string, capacity: number): SeriesBuilder;
  /** The general reader of one cell (every rule and error of `pricesFromColumns`). */
  value(row: number, t: PriceTarget, b: SeriesBuilder, date: string): void;
  /** Throw the general reader's error for an unreadable date in `row`. */
  badDate(row: number): never;
  /** Throw the general reader's error for an empty ticker in `row`. */
  emptyTicker(row: number): never;
}

/** Runs of equal ticker cells (`!==`, as the general reader compares them) and their series. */
interface Runs {
  count: number;
  start: Int32Array;
  /** Index of the run's series in `builders`; -1 for a ticker left out by `wanted`, -2 for an empty one. */
  series: Int32Array;
  builders: SeriesBuilder[];
}

const SKIPPED = -1;
const EMPTY = -2;

/**
 * Split the ticker column into runs and give each wanted ticker one builder, created in the
 * order the table first names it and sized to its row count (so no array ever grows).
 */
function tickerRuns(rows: ColumnRows, tickers: Column): Runs {
  const n = rows.n;
  let start = new Int32Array(Math.min(n, 1024) + 1);
  let count = n > 0 ? 1 : 0;
  let previous: unknown = n > 0 ? tickers[0] : undefined;
  for (let row = 1; row < n; row++) {
    const tk = tickers[row];
    if (tk !== previous) {
      if (count === start.length) {
        const grown = new Int32Array(Math.min(n, start.length * 2));
        grown.set(start);
        start = grown;
      }
      start[count++] = row;
      previous = tk;
    }
  }
  const series = new Int32Array(count);
  const ids = new Map<string, number>();
  const sizes: number[] = [];
  for (let k = 0; k < count; k++) {
    const row = start[k]!;
    const length = (k + 1 < count ? start[k + 1]! : n) - row;
    const tk = tickers[row];
    const ticker = tk === null || tk === undefined ? '' : String(tk).trim();
    if (ticker === '') series[k] = EMPTY;
    else if (rows.wanted !== undefined && !rows.wanted.has(ticker)) series[k] = SKIPPED;
    else {
      let id = ids.get(ticker);
      if (id === undefined) {
        id = sizes.length;
        ids.set(ticker, id);
        sizes.push(0);
      }
      sizes[id]! += length;
      series[k] = id;
    }
  }
  // one buffer per column for all series (views into it), not one per series: tens of
  // thousands of separate buffers made V8 run a full collection for their external memory.
  // The row numbers are cut from chunks as `write` needs them (SeriesWriter.write)
  let total = 0;
  for (const size of sizes) total += size;
  const close = new Float64Array(total);
  const volume = rows.targets[0]!.volume >= 0 ? new Float64Array(total) : undefined;
  const builders: SeriesBuilder[] = [];
  let offset = 0;
  for (const [ticker, id] of ids) {
    const size = sizes[id]!;
    const b = rows.open(ticker, 0);
    b.close = close.subarray(offset, offset + size);
    if (volume !== undefined) b.volume = volume.subarray(offset, offset + size);
    // `dates` is sized when the series' first run is read (SeriesWriter.write), not here: made
    // all at once they would all be alive together, and the collector copied them between spaces
    builders[id] = b;
    offset += size;
  }
  return { count, start, series, builders };
}

/** Date order of one series as its rows are read: day of the last stored row, strictly ascending so far. */
interface Order {
  last: Float64Array;
  ascending: Uint8Array;
}

/**
 * Whether a price cell needs nothing but storing: a finite positive number (everything else, a
 * missing, negative, zero, non-finite or non-numeric cell, goes to the general reader).
 */
function plainPrice(p: unknown): p is number {
  return typeof p === 'number' && p > 0 && p < Number.POSITIVE_INFINITY;
}

/** Whether a return cell needs nothing but storing (decimal: not one of CRSP's −66/−77/−88/−99). */
function plainReturn(r: unknown, percent: boolean): r is number {
  if (typeof r !== 'number' || !(r < Number.POSITIVE_INFINITY)) return false;
  if (percent) return r / 100 >= -1;
  return r >= -1 && r !== -66 && r !== -77 && r !== -88 && r !== -99;
}

/** Whether a volume cell needs nothing but storing (a number, not negative; `NaN` is kept as missing). */
function plainVolume(v: unknown): v is number {
  return typeof v === 'number' && !(v < 0);
}

/**
 * The dates of a series read whole from one run of a long table, every row stored: the run's
 * first row (its date cells are rows `from` … `from + dates.length − 1` of the date column), the
 * dates and the day of the last.
 */
interface Calendar {
  from: number;
  dates: string[];
  lastDay: number;
}

/** Calendars met so far, by {@link calendarKey}. */
type Calendars = Map<string, Calendar>;

/** Rows, first and last date cell of a run: the calendars it may share. */
function calendarKey(dates: Column, from: number, to: number): string {
  return `${to - from} ${String(dates[from])} ${String(dates[to - 1])}`;
}

/**
 * Row numbers for the series `write` reads, cut from shared chunks allocated as they are needed:
 * a few buffers rather than one per series (see `tickerRuns`), and none for a panel whose series
 * all share a calendar.
 */
class LineChunks {
  private chunk = new Int32Array(0);
  private used = 0;

  take(size: number): Int32Array {
    if (this.used + size > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(size, 1 << 20));
      this.used = 0;
    }
    const lines = this.chunk.subarray(this.used, this.used + size);
    this.used += size;
    return lines;
  }
}

/** Reads the rows of one series (one run of a long table, or a whole single-series table). */
class SeriesWriter {
  private readonly price: Column;
  private readonly volume: Column | undefined;
  private readonly exchange: Column | undefined;
  private readonly returns: boolean;
  /** Prices without volume or exchange (the usual columnar panel). */
  private readonly simple: boolean;
  private readonly lineChunks = new LineChunks();
  private lastExchangeCell: unknown = Symbol('none');
  private lastExchange: string | undefined;

  constructor(
    private readonly rows: ColumnRows,
    private readonly t: PriceTarget,
    private readonly days: ColumnDayCache,
  ) {
    this.returns = t.returns !== undefined && t.returns >= 0;
    this.price = rows.columns[this.returns ? t.returns! : t.close]!;
    this.volume = t.volume >= 0 ? rows.columns[t.volume] : undefined;
    this.exchange = rows.exchangeColumn >= 0 ? rows.columns[rows.exchangeColumn] : undefined;
    this.simple = !this.returns && this.volume === undefined && this.exchange === undefined;
  }

  /**
   * One run of a long table: `write`, except for a whole series in one run whose date cells are
   * those of a calendar met before and whose prices are all plain, which gets its prices copied
   * and the calendar's dates array shared. Why: a balanced panel repeats one calendar for every
   * ticker; comparing date cells is cheaper than looking each up, and one shared array instead of
   * one per ticker spares the collector 25 M slots at 25 M rows. Such a series' row numbers are
   * not stored: only a series whose dates are not strictly ascending needs them (for a
   * duplicate's error), and a calendar's are. A whole series that `write` stored every row of,
   * ascending, becomes a calendar.
   */
  writeRun(b: SeriesBuilder, id: number, order: Order, from: number, to: number, calendars: Calendars): void {
    const n = to - from;
    if (!this.simple || b.n !== 0 || b.close.length !== n) {
      this.write(b, id, order, from, to);
      return;
    }
    const key = calendarKey(this.rows.columns[this.rows.dateColumn]!, from, to);
    const calendar = calendars.get(key);
    if (calendar !== undefined && this.writeOnCalendar(b, calendar, from, n)) {
      order.last[id] = calendar.lastDay;
      return;
    }
    this.write(b, id, order, from, to);
    if (calendar === undefined && b.n === n && order.ascending[id] === 1) {
      calendars.set(key, { from, dates: b.dates, lastDay: order.last[id]! });
    }
  }

  /** The `n` rows from `from` on the calendar's dates, if its cells and plain prices allow (else nothing is kept). */
  private writeOnCalendar(b: SeriesBuilder, calendar: Calendar, from: number, n: number): boolean {
    const dates = this.rows.columns[this.rows.dateColumn]!;
    // every cell, the first and last too: the key compared their text, not the cells
    for (let k = 0, other = calendar.from; k < n; k++, other++) {
      if (dates[from + k] !== dates[other]) return false;
    }
    const { price } = this;
    const close = b.close;
    for (let k = 0; k < n; k++) {
      const p = price[from + k];
      if (!(typeof p === 'number' && p > 0 && p < Number.POSITIVE_INFINITY)) return false;
      close[k] = p;
    }
    b.n = n;
    b.dates = calendar.dates;
    return true;
  }

  /** Dates of rows `from` … `to − 1` only (a ticker left out): the general reader still checks them. */
  checkDates(from: number, to: number): void {
    const dates = this.rows.columns[this.rows.dateColumn]!;
    for (let row = from; row < to; row++) {
      if (Number.isNaN(this.days.day(dates[row]))) this.rows.badDate(row);
    }
  }

  /**
   * Rows `from` … `to − 1` into `b` (series `id` of `order`): plain cells written straight into
   * the builder's arrays, any other row handed whole to the general reader.
   */
  write(b: SeriesBuilder, id: number, order: Order, from: number, to: number): void {
    const { rows, days, price, volume, exchange, returns } = this;
    const dates = rows.columns[rows.dateColumn]!;
    const percent = rows.percent;
    let i = b.n;
    let close = b.close;
    // row numbers only for the rows `write` reads (a calendar's series needs none)
    if (b.lines.length !== close.length) b.lines = this.lineChunks.take(close.length);
    let lines = b.lines;
    let vol = b.volume;
    // sized once (a fast builder's arrays hold exactly its rows): stored by index, as pushSeriesRow does
    if (b.dates.length !== close.length) b.dates = new Array<string>(close.length);
    let names = b.dates;
    let last = order.last[id]!;
    let ascending = order.ascending[id]!;
    let { rawLo, rawDays, rawNames } = days;
    const simple = this.simple;
    for (let row = from; row < to; row++) {
      // a date32 or YYYYMMDD cell met before: two array reads; anything else through the cache
      const cell = dates[row];
      const w = typeof cell === 'number' ? cell - rawLo : -1;
      let day = rawDays[w];
      let name: string;
      if (day !== undefined && day !== EMPTY_SLOT) name = rawNames[w]!;
      else {
        day = days.day(cell);
        if (Number.isNaN(day)) {
          b.n = i;
          order.last[id] = last;
          order.ascending[id] = ascending;
          rows.badDate(row);
        }
        name = days.name(day);
        ({ rawLo, rawDays, rawNames } = days);
      }
      const p = price[row];
      if (simple) {
        // prices without volume or exchange (the usual columnar panel): the shortest path
        if (i < close.length && typeof p === 'number' && p > 0 && p < Number.POSITIVE_INFINITY) {
          close[i] = p;
          lines[i] = row;
          names[i] = name;
          i++;
          if (day <= last) ascending = 0;
          last = day;
          continue;
        }
      } else {
        const v = volume === undefined ? Number.NaN : volume[row];
        if (
          i < close.length &&
          (returns ? plainReturn(p, percent) : plainPrice(p)) &&
          (volume === undefined || plainVolume(v))
        ) {
          if (exchange !== undefined) this.exchangeOf(b, exchange[row]);
          close[i] = returns && percent ? (p as number) / 100 : (p as number);
          if (vol !== undefined) vol[i] = v as number;
          lines[i] = row;
          names[i] = name;
          i++;
          if (day <= last) ascending = 0;
          last = day;
          continue;
        }
      }
      // any other row: the general reader stores, counts or rejects it
      b.n = i;
      rows.value(row, this.t, b, name);
      if (b.n === i) continue;
      i = b.n;
      close = b.close;
      lines = b.lines;
      vol = b.volume;
      names = b.dates;
      if (day <= last) ascending = 0;
      last = day;
    }
    b.n = i;
    order.last[id] = last;
    order.ascending[id] = ascending;
  }

  /** CRSP `EXCHCD` of a row, as the general reader takes it (the latest row that names an exchange). */
  private exchangeOf(b: SeriesBuilder, cell: unknown): void {
    if (cell !== this.lastExchangeCell) {
      this.lastExchangeCell = cell;
      this.lastExchange = exchangeFromExchcd(String(cell ?? ''));
    }
    if (this.lastExchange !== undefined) b.exchange = this.lastExchange;
  }
}

function newOrder(series: number): Order {
  return {
    last: new Float64Array(series).fill(Number.NEGATIVE_INFINITY),
    ascending: new Uint8Array(series).fill(1),
  };
}

/**
 * The fast reader of `pricesFromColumns`: one pass over the rows, series by series. A long
 * table is cut into runs of one ticker (a panel sorted by ticker is a few long runs; an unsorted
 * one many short ones), each series' arrays are sized once from its row count, plain cells (a
 * finite positive price or a return ≥ −1, a volume ≥ 0, a date met before) are written straight
 * into them, and any other row goes whole to the general reader, which stores, counts or rejects
 * it exactly as it does on its own. Rows are visited in the table's order and every check of a row
 * comes in the general reader's order (date, ticker, volume, value), so the first error is the
 * same error (class, row, column, message). Each builder is marked `ascending` when its dates
 * came strictly ascending, so `finishSeries` need not compare them again.
 *
 * @param rows - The table and the general reader's pieces.
 * @returns The builders, in output order (long tables; the fixed ones are `rows.fixed`).
 * @example
 * ```ts
 * const builders = readColumnRows(rows); // then finishSeries on each
 * ```
 */
export function readColumnRows(rows: ColumnRows): SeriesBuilder[] {
  const days = createColumnDayCache(rows.n);
  if (rows.tickerColumn < 0) {
    readFixedRows(rows, days);
    return [];
  }
  const runs = tickerRuns(rows, rows.columns[rows.tickerColumn]!);
  const writer = new SeriesWriter(rows, rows.targets[0]!, days);
  const order = newOrder(runs.builders.length);
  const calendars: Calendars = new Map();
  for (let k = 0; k < runs.count; k++) {
    const from = runs.start[k]!;
    const to = k + 1 < runs.count ? runs.start[k + 1]! : rows.n;
    const id = runs.series[k]!;
    if (id === EMPTY) {
      writer.checkDates(from, from + 1);
      rows.emptyTicker(from);
    }
    if (id === SKIPPED) writer.checkDates(from, to);
    else writer.writeRun(runs.builders[id]!, id, order, from, to, calendars);
  }
  runs.builders.forEach((b, id) => {
    if (order.ascending[id] === 1) b.ascending = true;
  });
  return runs.builders;
}

/** A table without a ticker column: every row feeds each target's series, in target order. */
function readFixedRows(rows: ColumnRows, days: ColumnDayCache): void {
  const builders = rows.fixed as readonly SeriesBuilder[];
  const order = newOrder(builders.length);
  if (builders.length === 1)
    new SeriesWriter(rows, rows.targets[0]!, days).write(builders[0]!, 0, order, 0, rows.n);
  else {
    const writers = rows.targets.map((t) => new SeriesWriter(rows, t, days));
    for (let row = 0; row < rows.n; row++) {
      for (let i = 0; i < writers.length; i++) writers[i]!.write(builders[i]!, i, order, row, row + 1);
    }
  }
  builders.forEach((b, id) => {
    if (order.ascending[id] === 1) b.ascending = true;
  });
}
