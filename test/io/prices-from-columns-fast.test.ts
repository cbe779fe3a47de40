/**
 * The fast columnar reader of pricesFromColumns against its general row-by-row reader
 * (`pricesFromColumnsGeneral`, the path every cell took before): the same series, field for
 * field, and the same error (class, message, file, row, line, column) on
 *  - random small synthetic tables (fast-check): every date form (date32, YYYYMMDD, millisecond
 *    timestamps, Dates, strings, garbage), sorted, unsorted and duplicate dates, long and wide
 *    layouts, prices and returns with every kind of bad or missing cell, volumes, EXCHCD, and the
 *    options (synthetic because the property needs every corner case, which no real file holds);
 *  - the real S&P 500 panel (505 tickers, 619,040 rows) as typed columns, sorted and shuffled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateKey } from '../../src/calendar/date-key';
import { parsePrices } from '../../src/io/parse-prices';
import {
  type ColumnsLike,
  type PricesFromColumnsOptions,
  pricesFromColumns,
  pricesFromColumnsGeneral,
} from '../../src/io/prices-from-columns';
import type { PriceSeries } from '../../src/types';

/** A series as plain data (typed arrays as arrays), so toStrictEqual compares every field and hole. */
function plain(series: PriceSeries[]): unknown[] {
  return series.map((s) =>
    Object.fromEntries(
      Object.entries(s).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v]),
    ),
  );
}

type Outcome = { ok: unknown[] } | { error: Record<string, unknown> };

function run(read: typeof pricesFromColumns, table: ColumnsLike, options: PricesFromColumnsOptions): Outcome {
  try {
    return { ok: plain(read(table, options)) };
  } catch (e) {
    const error = e as Error & Record<string, unknown>;
    return {
      error: {
        class: error.constructor.name,
        message: error.message,
        file: error.file,
        line: error.line,
        row: error.row,
        column: error.column,
      },
    };
  }
}

function agree(table: ColumnsLike, options: PricesFromColumnsOptions = {}): Outcome {
  const fast = run(pricesFromColumns, table, options);
  expect(fast).toStrictEqual(run(pricesFromColumnsGeneral, table, options));
  return fast;
}

const DAY = 86_400_000;
const BASE = dateKey('2016-01-04');

/** A date cell of a given form for day BASE + k, or a bad cell. */
const dateCell = (form: number) =>
  fc
    .oneof(
      { weight: 80, arbitrary: fc.integer({ min: 0, max: 6 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<unknown>('soon', null, Number.NaN, 20_161_340, 2_999_999, '2016-02-30'),
      },
    )
    .map((k) => {
      if (typeof k !== 'number' || !Number.isInteger(k) || k > 6) return k;
      const day = BASE + k;
      const iso = new Date(day * DAY).toISOString().slice(0, 10);
      switch (form) {
        case 0:
          return day; // Arrow date32
        case 1:
          return Number(iso.replaceAll('-', '')); // CRSP YYYYMMDD
        case 2:
          return day * DAY + 3_600_000; // timestamp in ms
        case 3:
          return new Date(day * DAY);
        default:
          return k % 2 === 0 ? iso : iso.replaceAll('-', '');
      }
    });

const priceCell = fc.oneof(
  { weight: 30, arbitrary: fc.double({ min: 0.01, max: 500, noNaN: true }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      0,
      -3.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      undefined,
      '12.5',
      'x',
      '',
      7n,
      -0.02,
      -99,
      -66,
      -1.5,
      -1,
      'C',
      'B',
      '.',
      'X',
      'inf',
      150,
    ),
  },
);
const volumeCell = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 10_000 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(Number.NaN, -1, null, '12', 'x', 5n, -0) },
);
const tickerCell = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom<unknown>('AAA', 'BBB', 'CCC') },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(' AAA', '', null, 10_107, Number.NaN) },
);
const exchangeCell = fc.constantFrom<unknown>(1, 2, 3, null, 'x', 31);

/** A random table: long (ticker column) or not, prices or returns, with the options to read it. */
const tables = fc
  .record({
    rows: fc.integer({ min: 0, max: 14 }),
    form: fc.integer({ min: 0, max: 4 }),
    typedDates: fc.boolean(),
    long: fc.boolean(),
    wide: fc.boolean(),
    returns: fc.boolean(),
    volume: fc.boolean(),
    exchange: fc.boolean(),
    typedValues: fc.boolean(),
    negativePrices: fc.constantFrom(undefined, 'error', 'abs', 'missing'),
    percent: fc.boolean(),
    filter: fc.boolean(),
    seed: fc.integer(),
  })
  .chain((t) =>
    fc
      .record({
        dates: fc.array(dateCell(t.form), { minLength: t.rows, maxLength: t.rows }),
        values: fc.array(priceCell, { minLength: t.rows, maxLength: t.rows }),
        second: fc.array(priceCell, { minLength: t.rows, maxLength: t.rows }),
        volumes: fc.array(volumeCell, { minLength: t.rows, maxLength: t.rows }),
        tickers: fc.array(tickerCell, { minLength: t.rows, maxLength: t.rows }),
        exchanges: fc.array(exchangeCell, { minLength: t.rows, maxLength: t.rows }),
        sortTickers: fc.boolean(),
      })
      .map((c) => {
        const numeric = (cells: unknown[]): ArrayLike<unknown> =>
          t.typedValues && cells.every((v) => typeof v === 'number')
            ? Float64Array.from(cells as number[])
            : cells;
        let dates: ArrayLike<unknown> = c.dates;
        if (
          t.typedDates &&
          t.form === 0 &&
          c.dates.every((v) => typeof v === 'number' && Number.isInteger(v))
        )
          dates = Int32Array.from(c.dates as number[]);
        const table: Record<string, ArrayLike<unknown>> = { date: dates };
        const value = t.returns ? 'RET' : 'close';
        if (t.long) {
          // sorted by ticker half of the time: the common long panel (runs), else interleaved
          table['ticker'] = c.sortTickers
            ? [...c.tickers].sort((a, b) => String(a).localeCompare(String(b)))
            : c.tickers;
          table[value] = numeric(c.values);
        } else if (t.wide && !t.returns) {
          table['AAA'] = numeric(c.values);
          table['BBB'] = numeric(c.second);
        } else table[value] = numeric(c.values);
        if (t.volume && !(t.wide && !t.long)) table['volume'] = numeric(c.volumes);
        if (t.exchange) table['EXCHCD'] = c.exchanges;
        const options: PricesFromColumnsOptions = { name: 'random' };
        if (!t.long && !(t.wide && !t.returns)) options.ticker = 'ONE';
        if (t.negativePrices !== undefined) options.negativePrices = t.negativePrices as 'error';
        if (t.percent) options.returnUnits = 'percent';
        if (t.filter) options.tickers = ['BBB', '10107'];
        if (t.long && t.seed % 3 === 0) options.ticker = 'RENAMED';
        return { table, options };
      }),
  );

describe('pricesFromColumns: fast reader = general reader', () => {
  it('on random small synthetic tables: same series, same errors', () => {
    let errors = 0;
    let series = 0;
    fc.assert(
      fc.property(tables, ({ table, options }) => {
        const outcome = agree(table, options);
        if ('error' in outcome) errors++;
        else series += outcome.ok.length;
      }),
      { numRuns: 3000 },
    );
    // the property met both outcomes many times (it is not vacuous)
    expect(errors).toBeGreaterThan(300);
    expect(series).toBeGreaterThan(1000);
  }, 120_000);

  it('an Arrow-like table of typed columns (dictionary-decoded tickers) reads as the plain columns', () => {
    const data = {
      date: Int32Array.of(BASE, BASE + 1, BASE, BASE + 1),
      ticker: ['A', 'A', 'B', 'B'],
      close: Float64Array.of(1, 2, 3, 4),
    };
    const arrow = {
      numRows: 4,
      schema: { fields: Object.keys(data).map((name) => ({ name })) },
      getChild: (name: string) => ({ toArray: () => data[name as keyof typeof data] }),
    };
    const outcome = agree(arrow);
    expect(outcome).toStrictEqual({ ok: plain(pricesFromColumnsGeneral(data)) });
  });
});

/**
 * A balanced panel: one calendar of date cells repeated for each ticker (the case where the fast
 * reader shares one dates array), some tickers' calendars changed in one cell, cut short or given
 * a bad cell, prices mostly plain with now and then a bad or missing one.
 */
const balancedPanels = fc
  .record({
    form: fc.integer({ min: 0, max: 4 }),
    tickers: fc.integer({ min: 1, max: 5 }),
    typed: fc.boolean(),
    filter: fc.boolean(),
  })
  .chain((t) =>
    fc.record({
      t: fc.constant(t),
      calendar: fc
        .uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 0, maxLength: 7 })
        .map((ks) => ks.sort()),
      changes: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), dateCell(t.form)), {
        minLength: t.tickers,
        maxLength: t.tickers,
      }),
      prices: fc.array(
        fc.oneof(
          { weight: 12, arbitrary: fc.double({ min: 0.01, max: 500, noNaN: true }) },
          { weight: 1, arbitrary: priceCell },
        ),
        { minLength: 40, maxLength: 40 },
      ),
    }),
  )
  .map(({ t, calendar, changes, prices }) => {
    const cellOf = (k: number): unknown => {
      const day = BASE + k;
      const iso = new Date(day * DAY).toISOString().slice(0, 10);
      return [day, Number(iso.replaceAll('-', '')), day * DAY, new Date(day * DAY), iso][t.form];
    };
    const date: unknown[] = [];
    const ticker: string[] = [];
    const close: unknown[] = [];
    changes.forEach(([change, at, cell], s) => {
      const cells = calendar.map(cellOf);
      // 0: the calendar as it is (twice as likely); 1: one cell changed; 2: the last cell dropped
      if (change === 1 && cells.length > 0) cells[at % cells.length] = cell;
      if (change === 2) cells.pop();
      for (const c of cells) {
        date.push(c);
        ticker.push(`T${s}`);
        close.push(prices[close.length % prices.length]);
      }
    });
    const numbers = close.every((v) => typeof v === 'number');
    const integers = date.every((v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31);
    const table: Record<string, ArrayLike<unknown>> = {
      date: t.typed && integers ? Int32Array.from(date as number[]) : date,
      ticker,
      close: t.typed && numbers ? Float64Array.from(close as number[]) : close,
    };
    const options: PricesFromColumnsOptions = { name: 'balanced' };
    if (t.filter) options.tickers = ['T0', 'T2'];
    return { table, options };
  });

describe('pricesFromColumns: fast reader = general reader on balanced panels (a calendar shared)', () => {
  it('same series and errors; tickers with one calendar share its dates array', () => {
    let shared = 0;
    let errors = 0;
    fc.assert(
      fc.property(balancedPanels, ({ table, options }) => {
        const outcome = agree(table, options);
        if ('error' in outcome) {
          errors++;
          return;
        }
        const series = pricesFromColumns(table, options);
        for (let i = 1; i < series.length; i++) {
          if (series[i]!.dates.length > 0 && series[i]!.dates === series[0]!.dates) shared++;
        }
      }),
      { numRuns: 600 },
    );
    // both outcomes, and the shared calendar, met many times (the property is not vacuous)
    expect(shared).toBeGreaterThan(100);
    expect(errors).toBeGreaterThan(60);
  }, 120_000);
});

describe('pricesFromColumns: fast reader on the real S&P 500 panel', () => {
  const DIR = join(import.meta.dirname, '..', '..', 'data', 'us', 'sp500_5yr', 'individual_stocks_5yr');
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  const lines: string[][] = [];
  for (const f of files) {
    const text = readFileSync(join(DIR, f), 'utf8').trim().split('\n');
    for (let i = 1; i < text.length; i++) lines.push(text[i]!.split(','));
  }
  const n = lines.length;
  const days = Int32Array.from(lines, (r) => dateKey(r[0]!));
  // some files leave a price empty: NaN here, a missing price for both readers
  const close = Float64Array.from(lines, (r) => (r[4] === '' ? Number.NaN : Number(r[4])));
  const volume = Float64Array.from(lines, (r) => (r[5] === '' ? Number.NaN : Number(r[5])));
  const names = lines.map((r) => r[6]!);

  it('typed columns (date32, close, volume, Name) give the general reader’s and parsePrices’ series', () => {
    expect(n).toBe(619_040);
    const outcome = agree({ date: days, close, volume, Name: names });
    if (!('ok' in outcome)) throw new Error('expected series');
    expect(outcome.ok).toHaveLength(505);
    const fast = pricesFromColumns({ date: days, close, volume, Name: names });
    for (const t of ['AAPL', 'MSFT', 'XOM']) {
      const file = readFileSync(join(DIR, `${t}_data.csv`), 'utf8');
      const [expected] = parsePrices(file);
      const s = fast.find((x) => x.ticker === t)!;
      expect(s.dates).toEqual(expected!.dates);
      expect(Array.from(s.close!)).toEqual(Array.from(expected!.close!));
      expect(Array.from(s.volume!)).toEqual(Array.from(expected!.volume!));
    }
  }, 120_000);

  it('without volume (date32, close, Name): the tickers listed all five years share one dates array', () => {
    const outcome = agree({ date: days, close, Name: names });
    if (!('ok' in outcome)) throw new Error('expected series');
    const fast = pricesFromColumns({ date: days, close, Name: names });
    const aapl = fast.find((x) => x.ticker === 'AAPL')!;
    // AAPL has every one of the panel's 1,259 days; so do most tickers, and they share its array
    expect(aapl.dates).toHaveLength(1_259);
    expect(fast.filter((x) => x.dates === aapl.dates).length).toBeGreaterThan(400);
    const [expected] = parsePrices(readFileSync(join(DIR, 'AAPL_data.csv'), 'utf8'));
    expect(aapl.dates).toEqual(expected!.dates);
    expect(Array.from(aapl.close!)).toEqual(Array.from(expected!.close!));
  }, 120_000);

  it('the same panel with ISO-string dates, and with its rows shuffled (unsorted, interleaved tickers)', () => {
    agree({ date: lines.map((r) => r[0]!), close, Name: names });
    // a fixed permutation (linear congruential), so the run is reproducible
    const order = Int32Array.from({ length: n }, (_, i) => i);
    let state = 12_345;
    for (let i = n - 1; i > 0; i--) {
      state = (state * 1_103_515_245 + 12_345) >>> 0;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const shuffled = {
      date: Int32Array.from(order, (i) => days[i]!),
      close: Float64Array.from(order, (i) => close[i]!),
      Name: Array.from(order, (i) => names[i]!),
    };
    const outcome = agree(shuffled);
    if (!('ok' in outcome)) throw new Error('expected series');
    expect(outcome.ok).toHaveLength(505);
  }, 120_000);
});
