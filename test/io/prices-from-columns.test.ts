/**
 * pricesFromColumns (issue 13 item 5) on the real S&P 500 panel: the same series as parsePrices
 * from the same rows, whichever column form holds them (plain arrays, typed arrays, Dates, date32
 * day numbers, an Arrow-like and an Arquero-like table: duck-typed stand-ins exposing the two or
 * three methods the function uses, since neither library is a dependency), and the errors with
 * their row and column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateKey } from '../../src/calendar/date-key';
import { parsePrices } from '../../src/io/parse-prices';
import { pricesFromColumns } from '../../src/io/prices-from-columns';
import { csvError } from '../helpers/csv-error';

const ROOT = join(import.meta.dirname, '..', '..');
const FILES = ['AAPL', 'MSFT', 'DHR'].map((t) =>
  readFileSync(join(ROOT, 'data', 'us', 'sp500_5yr', 'individual_stocks_5yr', `${t}_data.csv`), 'utf8'),
);
const text =
  FILES[0]! +
  FILES.slice(1)
    .map((f) => f.slice(f.indexOf('\n') + 1))
    .join('');
const expected = parsePrices(text);
const rows = text
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));
const col = (k: number) => rows.map((r) => r[k]!);

function same(series: ReturnType<typeof pricesFromColumns>): void {
  expect(series.map((s) => s.ticker)).toEqual(['AAPL', 'MSFT', 'DHR']);
  series.forEach((s, i) => {
    expect(s.dates).toEqual(expected[i]!.dates);
    expect(Array.from(s.close!)).toEqual(Array.from(expected[i]!.close!));
    expect(Array.from(s.volume!)).toEqual(Array.from(expected[i]!.volume!));
  });
}

describe('pricesFromColumns', () => {
  it('plain arrays of strings give what parsePrices gives', () => {
    same(pricesFromColumns({ date: col(0), close: col(4), volume: col(5), Name: col(6) }));
  });

  it('typed arrays, Dates and date32 day numbers', () => {
    const close = Float64Array.from(col(4), Number);
    const volume = Float64Array.from(col(5), Number);
    const dates = col(0).map((d) => new Date(`${d}T00:00:00Z`));
    same(pricesFromColumns({ date: dates, close, volume, Name: col(6) }));
    const days = Int32Array.from(col(0), (d) => dateKey(d));
    same(pricesFromColumns({ date: days, close, volume, Name: col(6) }));
  });

  it('an Arrow-like and an Arquero-like table (duck-typed)', () => {
    const data: Record<string, unknown[]> = {
      date: col(0),
      close: col(4).map(Number),
      volume: col(5).map(BigInt),
      Name: col(6),
    };
    const arrow = {
      numRows: rows.length,
      schema: { fields: Object.keys(data).map((name) => ({ name })) },
      getChild: (name: string) => ({ toArray: () => data[name]! }),
    };
    same(pricesFromColumns(arrow));
    const arquero = { columnNames: () => Object.keys(data), array: (name: string) => data[name]! };
    same(pricesFromColumns(arquero));
  });

  it('returns columns with CRSP codes, and tickers / columns options', () => {
    const [s] = pricesFromColumns(
      { DATE: [20160104, 20160105, 20160106], PERMNO: [10107, 10107, 10107], DRET: ['C', 0.0045, -99] },
      { columns: { returns: 'DRET' } },
    );
    expect(s!.ticker).toBe('10107');
    expect(Array.from(s!.returns!)).toEqual([Number.NaN, 0.0045]);
    expect(s!.source!.missingReturns).toEqual({ C: 1, '-99': 1 });
    const only = pricesFromColumns({ date: col(0), close: col(4), Name: col(6) }, { tickers: ['MSFT'] });
    expect(only.map((x) => x.ticker)).toEqual(['MSFT']);
  });

  it('errors name the row and the column', () => {
    const bad = csvError(() =>
      pricesFromColumns({ date: ['2016-01-04', 'soon'], close: [1, 2] }, { ticker: 'X', name: 'q' }),
    );
    expect([bad.file, bad.row, bad.column, bad.line]).toEqual(['q', 1, 1, undefined]);
    const r = csvError(() =>
      pricesFromColumns({ date: ['2016-01-04', '2016-01-05'], ret: [0.1, -1.5] }, { ticker: 'X' }),
    );
    expect([r.row, r.column]).toEqual([1, 2]);
    expect(r.message).toMatch(/below −1/);
    const noDate = csvError(() =>
      pricesFromColumns({ day_of: ['2016-01-04'], close: [1] }, { ticker: 'X', name: 'q' }),
    );
    expect([noDate.file, noDate.column]).toEqual(['q', 1]);
    expect(noDate.message).toMatch(/no date column/);
    const ragged = csvError(() =>
      pricesFromColumns({ date: ['2016-01-04'], close: [1, 2] }, { ticker: 'X' }),
    );
    expect(ragged.column).toBe(2);
  });
});
