/**
 * Parquet input and the DuckDB scale path (issue 13 item 5). DuckDB (`@duckdb/node-api`, a
 * devDependency) writes the real S&P 500 panel as one long Parquet file; `loadPrices` must read it
 * (through hyparquet) to the very series it reads from the CSV files, and a DuckDB query that
 * selects only the tickers some events need must give, through `pricesFromColumns`, the same
 * series again.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/errors';
import { pricesFromColumns } from '../../src/io/prices-from-columns';
import { loadPrices } from '../../src/node';
import type { PriceSeries } from '../../src/types';

const ROOT = join(import.meta.dirname, '..', '..');
const PANEL = join(ROOT, 'data', 'us', 'sp500_5yr', 'individual_stocks_5yr');
const dir = mkdtempSync(join(tmpdir(), 'es13-parquet-'));
const LONG = join(dir, 'sp500.parquet');
const NO_DATE = join(dir, 'no-date.parquet');
let csv: PriceSeries[];
let connection: Awaited<ReturnType<DuckDBInstance['connect']>>;

beforeAll(async () => {
  const db = await DuckDBInstance.create(':memory:');
  connection = await db.connect();
  await connection.run(
    `COPY (SELECT date, close, volume, Name FROM read_csv('${PANEL}/*_data.csv', header = true,
             columns = {'date': 'DATE', 'open': 'DOUBLE', 'high': 'DOUBLE', 'low': 'DOUBLE', 'close': 'DOUBLE',
                        'volume': 'BIGINT', 'Name': 'VARCHAR'}) ORDER BY Name, date)
     TO '${LONG}' (FORMAT parquet, COMPRESSION snappy)`,
  );
  await connection.run(`COPY (SELECT 'AAPL' AS Name, 1.5 AS close) TO '${NO_DATE}' (FORMAT parquet)`);
  csv = await loadPrices(PANEL, { tickers: ['AAPL', 'DHR', 'XOM'] });
}, 120_000);

const byTicker = (s: PriceSeries[]) => new Map(s.map((x) => [x.ticker, x]));

describe('Parquet', () => {
  it('loadPrices reads a long Parquet panel to the same series as the CSV files', async () => {
    const parquet = byTicker(await loadPrices(LONG));
    expect(parquet.size).toBe(505);
    for (const s of csv) {
      const p = parquet.get(s.ticker)!;
      expect(p.dates).toEqual(s.dates);
      expect(Array.from(p.close!)).toEqual(Array.from(s.close!));
      expect(Array.from(p.volume!)).toEqual(Array.from(s.volume!));
    }
  }, 60_000);

  it('a DuckDB query for the tickers the events need, handed to pricesFromColumns', async () => {
    const events = [
      { ticker: 'AAPL', date: '2016-11-09' },
      { ticker: 'DHR', date: '2016-11-09' },
      { ticker: 'XOM', date: '2016-11-09' },
    ];
    const list = events.map((e) => `'${e.ticker}'`).join(', ');
    const reader = await connection.runAndReadAll(
      `SELECT date, close, volume, Name FROM '${LONG}' WHERE Name IN (${list}) ORDER BY Name, date`,
    );
    const series = pricesFromColumns(reader.getColumnsObjectJS() as Record<string, unknown[]>, {
      name: 'duckdb',
    });
    const expected = byTicker(csv);
    expect(series.map((s) => s.ticker)).toEqual(['AAPL', 'DHR', 'XOM']);
    for (const s of series) {
      expect(s.dates).toEqual(expected.get(s.ticker)!.dates);
      expect(Array.from(s.close!)).toEqual(Array.from(expected.get(s.ticker)!.close!));
    }
  });

  it('a Parquet file without a date column: CsvFormatError with the file and column', async () => {
    try {
      await loadPrices(NO_DATE);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvFormatError);
      expect([(e as CsvFormatError).file, (e as CsvFormatError).column]).toEqual([NO_DATE, 1]);
      expect((e as Error).message).toMatch(/no date column.*columns: Name, close/);
    }
  });
});
