/**
 * Research data in (issue 13): the derived CRSP-layout S&P 500 panel
 * (data/crsp-derived/sp500_crsp_dsf.csv.gz, 619,040 rows, 35.0 MB of CSV once decompressed) parsed
 * from memory and loaded from its .gz, the same panel as one Parquet file (written here by
 * DuckDB, a devDependency), and `pricesFromColumns` on 25 M rows of typed columns.
 *
 * Goals (README "Performance"): CSV parse ≥ 50 MB/s; `pricesFromColumns` ≥ 100 M values/s, a
 * value being one cell of the three columns read (date, ticker, close). Figures are read off the
 * `mean` column: MB/s = 35.0 / mean (s); values/s = 75 M / mean (s).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, bench, describe } from 'vitest';
import { parsePrices } from '../../src/io/parse-prices';
import { pricesFromColumns } from '../../src/io/prices-from-columns';
import { loadPrices } from '../../src/node';

const ROOT = join(import.meta.dirname, '..', '..');
const DSF = join(ROOT, 'data', 'crsp-derived', 'sp500_crsp_dsf.csv.gz');
const text = gunzipSync(readFileSync(DSF)).toString('utf8');

const dir = mkdtempSync(join(tmpdir(), 'es13-bench-'));
const PARQUET = join(dir, 'sp500_crsp_dsf.parquet');
{
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  // RET stays text (its CRSP codes: C, B, -99, …), as in the CSV; PERMNO and the YYYYMMDD date integers
  await connection.run(
    `COPY (SELECT * FROM read_csv('${DSF}', header = true,
             columns = {'PERMNO': 'INTEGER', 'date': 'INTEGER', 'EXCHCD': 'INTEGER', 'TICKER': 'VARCHAR',
                        'PRC': 'DOUBLE', 'VOL': 'BIGINT', 'RET': 'VARCHAR'}))
     TO '${PARQUET}' (FORMAT parquet, COMPRESSION snappy)`,
  );
  connection.closeSync();
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 25 M rows: 20,000 tickers × 1,250 trading days, dates as Arrow date32 day numbers. */
const TICKERS = 20_000;
const DAYS = 1_250;
const ROWS = TICKERS * DAYS;
const names = Array.from({ length: TICKERS }, (_, i) => `T${i}`);
const columns = {
  date: new Int32Array(ROWS),
  ticker: new Array<string>(ROWS),
  close: new Float64Array(ROWS),
};
for (let s = 0, row = 0; s < TICKERS; s++) {
  let price = 20 + (s % 100);
  for (let d = 0; d < DAYS; d++, row++) {
    columns.date[row] = 16_000 + d + 2 * Math.floor(d / 5); // weekdays only
    columns.ticker[row] = names[s]!;
    price *= 1 + ((((row * 2_654_435_761) >>> 0) % 2_001) - 1_000) / 100_000; // ±1 %, deterministic
    columns.close[row] = price;
  }
}

describe('research data in (CRSP layout, Parquet, columns)', () => {
  bench(
    'parsePrices: CRSP-layout panel from memory (35.0 MB, 619,040 rows, RET with codes)',
    () => {
      parsePrices(text, { file: DSF });
    },
    { iterations: 5, time: 0 },
  );
  bench(
    'loadPrices: the same panel from its .csv.gz (12.2 MB, streamed through node:zlib)',
    async () => {
      await loadPrices(DSF);
    },
    { iterations: 5, time: 0 },
  );
  bench(
    'loadPrices: the same panel as one Parquet file (hyparquet)',
    async () => {
      await loadPrices(PARQUET);
    },
    { iterations: 5, time: 0 },
  );
  bench(
    'pricesFromColumns: 25 M rows (date32, ticker, close) = 75 M values',
    () => {
      pricesFromColumns(columns);
    },
    { iterations: 3, time: 0 },
  );
});
