/**
 * Research data in (issue 13): the derived CRSP-layout S&P 500 panel
 * (data/crsp-derived/sp500_crsp_dsf.csv.gz, 619,040 rows, 35.0 MB of CSV once decompressed) parsed
 * from memory and loaded from its .gz, the same panel as one Parquet file (written here by
 * DuckDB, a devDependency), and `pricesFromColumns` on 25 M rows of typed columns.
 *
 * Goals (README "Performance"): CSV parse ≥ 50 MB/s; `pricesFromColumns` ≥ 100 M values/s, a
 * value being one cell read: rows × columns read = 25 M rows × 3 (date, ticker, close) = 75 M
 * values (per price cell alone the rate is a third of it). Figures are read off the min / mean /
 * max columns: MB/s = 35.0 / time (s); values/s = 75 M / time (s). The 25 M rows are a balanced
 * panel (every ticker on one calendar, where the reader shares one dates array); the bench after
 * it gives every ticker a calendar of its own (shifted by a day per ticker: nothing shared), the
 * rate where the panel is not balanced. The last bench is a bare loop over the same columns giving
 * a dates array of its own and a close view per ticker with no check at all: the machine's
 * ceiling for the reader before it shared calendars (it is no longer a ceiling for balanced panels).
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

/** The same rows with ticker `s` on a calendar of its own: its days shifted by `s` (no two tickers share one). */
const ownCalendars = { ...columns, date: new Int32Array(ROWS) };
for (let s = 0, row = 0; s < TICKERS; s++) {
  for (let d = 0; d < DAYS; d++, row++) ownCalendars.date[row] = columns.date[row]! + s;
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
    'pricesFromColumns: 25 M rows × 3 columns read (date32, ticker, close) = 75 M values',
    () => {
      pricesFromColumns(columns);
    },
    { iterations: 5, time: 0 },
  );
  bench(
    'pricesFromColumns: the same 25 M rows, every ticker on a calendar of its own (none shared)',
    () => {
      pricesFromColumns(ownCalendars);
    },
    { iterations: 5, time: 0 },
  );
  bench(
    'bare loop over the same 25 M rows × 3 columns, no checks, a dates array per ticker',
    () => {
      bareLoop();
    },
    { iterations: 5, time: 0 },
  );
});

/** Names of the panel's dates, by day number from the first (the bare loop's lookup table). */
const FIRST_DAY = 16_000;
const DAY_NAMES = Array.from({ length: 2 * DAYS }, (_, d) =>
  new Date((FIRST_DAY + d) * 86_400_000).toISOString().slice(0, 10),
);

/**
 * Ticker runs, one close buffer, one dates array per ticker filled from a table, nothing
 * validated, nothing sorted: what `pricesFromColumns` could not beat before it shared calendars.
 */
function bareLoop(): { ticker: string; dates: string[]; close: Float64Array }[] {
  const { date, ticker, close } = columns;
  const out = new Float64Array(ROWS);
  const series: { ticker: string; dates: string[]; close: Float64Array }[] = [];
  for (let start = 0; start < ROWS; ) {
    const t = ticker[start]!;
    let end = start;
    while (end < ROWS && ticker[end] === t) end++;
    const dates = new Array<string>(end - start);
    for (let row = start; row < end; row++) {
      out[row] = close[row]!;
      dates[row - start] = DAY_NAMES[date[row]! - FIRST_DAY]!;
    }
    series.push({ ticker: t, dates, close: out.subarray(start, end) });
    start = end;
  }
  return series;
}
