/**
 * The command line on research data (issue 13 item 6): the derived CRSP-layout files in
 * data/crsp-derived (built from the S&P 500 panel by make_crsp_panel.py, derived, not CRSP) read
 * through `--prices` (gzip by its first bytes, RET over PRC, PERMNO as ticker, the index file's
 * SPRTRN as benchmark), `--return-units percent`, `--negative-prices abs|missing`,
 * `--delistings FILE` and a `.parquet` price file. Each run is checked against an independent
 * one: the same study run from the panel's own price files (data/us/sp500_5yr and
 * data/indices/GSPC.csv), or a hand computation of what the flag changes.
 *
 * The first test reads the whole daily file (505 listings, 619k rows); the others, whose flags act
 * on a few listings alone, read `THREE`: the same file cut to the rows of the three event
 * PERMNOs and of those the delisting file names (header and rows unchanged, gzipped again), made in `beforeAll` in a temporary folder
 * (derived at test time, never committed). One read of the whole file instead of about ten.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './run-cli';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'eventstudy-cli-crsp-'));
const DSF = 'data/crsp-derived/sp500_crsp_dsf.csv.gz';
const DSI = 'data/crsp-derived/sp500_crsp_dsi.csv';
const DELIST = 'data/crsp-derived/sp500_crsp_delist.csv';
const STOCKS = 'data/us/sp500_5yr/individual_stocks_5yr';

const cli = runCli;

interface JsonEvent {
  id: string;
  ticker: string;
  ar: number[];
  returns: number[];
  cars: { window: [number, number]; car: number; scar: number; bhar: number }[];
  model: Record<string, unknown>;
}

interface JsonResult {
  events: JsonEvent[];
  excluded: { id?: string; code: string }[];
  caar: unknown;
}

async function json(...args: string[]): Promise<JsonResult> {
  const outcome = await cli('run', ...args, '--format', 'json', '--quiet');
  expect(outcome.stderr).toBe('');
  expect(outcome.code).toBe(0);
  return JSON.parse(outcome.stdout) as JsonResult;
}

/** Every AR, CAR, SCAR, BHAR and the CAAR of `b` within `tolerance` (relative) of `a`. */
function expectSameNumbers(a: JsonResult, b: JsonResult, tolerance: number): void {
  expect(b.events.map((e) => e.id)).toEqual(a.events.map((e) => e.id));
  expect(a.events.length).toBeGreaterThan(0);
  const close = (x: number, y: number, what: string) =>
    expect(Math.abs(x - y), what).toBeLessThanOrEqual(tolerance * Math.max(Math.abs(x), Math.abs(y), 1e-300));
  a.events.forEach((e, i) => {
    const f = b.events[i]!;
    e.ar.forEach((x, t) => {
      close(x, f.ar[t]!, `${e.id} ar[${t}]`);
    });
    e.cars.forEach((c, k) => {
      for (const key of ['car', 'scar', 'bhar'] as const)
        close(c[key], f.cars[k]![key], `${e.id} ${key} ${c.window}`);
    });
  });
  const caar = (r: JsonResult) =>
    JSON.stringify(r.caar)
      .match(/-?\d+(\.\d+)?(e-?\d+)?/g)!
      .map(Number);
  caar(a).forEach((x, k) => {
    close(x, caar(b)[k]!, `caar ${k}`);
  });
}

// AAPL, XOM (its 2016-06-01 row has the file's negative PRC) and AAL (delisted, invented, on
// 2018-02-07, its last row): by PERMNO for the CRSP files, by ticker for the price files.
const EVENTS = [
  ['a', 'AAPL', '10002', '2016-01-27'],
  ['x', 'XOM', '10498', '2016-06-01'],
  ['l', 'AAL', '10001', '2017-04-27'],
] as const;
const BY_PERMNO = join(tmp, 'events-permno.csv');
const BY_TICKER = join(tmp, 'events-ticker.csv');
const PRICES = [
  '--prices',
  `${STOCKS}/AAPL_data.csv`,
  `${STOCKS}/XOM_data.csv`,
  `${STOCKS}/AAL_data.csv`,
  'data/indices/GSPC.csv',
];
const PERCENT = join(tmp, 'dsi-percent.csv');
/** The daily file cut to the event listings and the delisted ones (see the header comment). */
const THREE = join(tmp, 'dsf-three.csv.gz');
const PARQUET = join(tmp, 'three.parquet');
let fromPrices: JsonResult;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

beforeAll(async () => {
  writeFileSync(BY_PERMNO, `id,permno,date\n${EVENTS.map(([id, , p, d]) => `${id},${p},${d}`).join('\n')}\n`);
  writeFileSync(BY_TICKER, `id,ticker,date\n${EVENTS.map(([id, t, , d]) => `${id},${t},${d}`).join('\n')}\n`);
  // The index file in percent, as some vendors write it: SPRTRN × 100 (round-trip decimal text).
  const [head, ...rows] = readFileSync(join(ROOT, DSI), 'utf8').trim().split('\n');
  writeFileSync(
    PERCENT,
    `${head}\n${rows.map((row) => `${row.split(',')[0]},${Number(row.split(',')[1]) * 100}`).join('\n')}\n`,
  );
  // the event listings, and the listings the delisting file names (each must have a series)
  const delisted = readFileSync(join(ROOT, DELIST), 'utf8').trim().split('\n').slice(1);
  const permnos = new Set<string>([
    ...EVENTS.map(([, , permno]) => permno),
    ...delisted.map((row) => row.split(',')[0]!),
  ]);
  const [dsfHead, ...dsfRows] = gunzipSync(readFileSync(join(ROOT, DSF)))
    .toString('utf8')
    .trim()
    .split('\n');
  const three = dsfRows.filter((row) => permnos.has(row.slice(0, row.indexOf(','))));
  writeFileSync(THREE, gzipSync(`${dsfHead}\n${three.join('\n')}\n`));
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  await connection.run(
    `COPY (SELECT date, close, volume, Name FROM read_csv(['${STOCKS}/AAPL_data.csv', '${STOCKS}/XOM_data.csv',
             '${STOCKS}/AAL_data.csv'], header = true, columns = {'date': 'DATE', 'open': 'DOUBLE',
             'high': 'DOUBLE', 'low': 'DOUBLE', 'close': 'DOUBLE', 'volume': 'BIGINT', 'Name': 'VARCHAR'})
           ORDER BY Name, date) TO '${PARQUET}' (FORMAT parquet)`,
  );
  connection.closeSync();
  fromPrices = await json(...PRICES, '--events', BY_TICKER, '--market', '^GSPC');
}, 120_000);

describe.concurrent('eventstudy run on CRSP-layout files', { timeout: 120_000 }, () => {
  test('a CRSP daily file (.csv.gz) and the index file: the study from the prices', async () => {
    const crsp = await json('--prices', DSF, DSI, '--events', BY_PERMNO, '--market', 'SPRTRN');
    expect(crsp.events.map((e) => e.ticker)).toEqual(['10002', '10498', '10001']);
    expectSameNumbers(fromPrices, crsp, 1e-12);
  });

  test('--return-units percent reads an index file in percent as the decimal one', async () => {
    const decimal = await json('--prices', THREE, DSI, '--events', BY_PERMNO, '--market', 'SPRTRN');
    const percent = await json(
      ...['--prices', THREE, '--return-units', 'percent', '--prices', PERCENT],
      ...['--events', BY_PERMNO, '--market', 'SPRTRN'],
    );
    expectSameNumbers(decimal, percent, 1e-12);
    // without the flag a day of −3.7 % reads as −370 %: an error whose hint is the flag
    const unflagged = await cli(
      'run',
      '--prices',
      THREE,
      PERCENT,
      '--events',
      BY_PERMNO,
      '--market',
      'SPRTRN',
    );
    expect(unflagged.code).toBe(1);
    expect(unflagged.stderr).toMatch(
      /CsvFormatError: .*dsi-percent\.csv, line \d+, column 2: return ".*" below −1/,
    );
    expect(unflagged.stderr).toMatch(/give --return-units percent before the file/);
    expect(unflagged.stderr).not.toMatch(/returnUnits/);
  });

  test('--negative-prices: PRC read as the price is an error naming the flag; abs gives the prices study', async () => {
    // a reading flag applies to the --prices paths after it: the index file comes first
    const prc = ['--prices', DSI, '--column', 'close=PRC', '--prices', THREE];
    const refused = await cli('run', ...prc, '--events', BY_PERMNO, '--market', 'SPRTRN');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(
        `CsvFormatError: ${escapeRegExp(THREE)}, line \\d+, column 5: negative price "-\\d+\\.\\d+"`,
      ),
    );
    expect(refused.stderr).toMatch(/give --negative-prices abs or missing before the file/);
    // |PRC| is the panel's close, so the study from PRC is the study from the price files
    const abs = await json(
      ...['--prices', DSI, '--negative-prices', 'abs', '--column', 'close=PRC', '--prices', THREE],
      ...['--events', BY_PERMNO, '--market', 'SPRTRN'],
    );
    expectSameNumbers(fromPrices, abs, 1e-12);
  });

  test('--negative-prices missing drops the row: the XOM event loses its day 0 and is excluded', async () => {
    const missing = await json(
      ...['--prices', DSI, '--negative-prices', 'missing', '--column', 'close=PRC', '--prices', THREE],
      ...['--events', BY_PERMNO, '--market', 'SPRTRN'],
    );
    expect(missing.events.map((e) => e.id)).toEqual(['a', 'l']);
    expect(missing.excluded).toHaveLength(1);
    expect(missing.excluded[0]!.code).toBe('event-window-gap');
  });

  test('--delistings: the delisting return compounds into the last day’s return', async () => {
    const late = join(tmp, 'events-delisted.csv');
    writeFileSync(late, 'id,permno,date\nl,10001,2018-02-07\n');
    const window = ['--window', '-3,0', '--car', '0,0'];
    const base = ['--prices', THREE, DSI, '--events', late, '--market', 'SPRTRN', ...window];
    const without = await json(...base);
    const withDelisting = await json(...base, '--delistings', DELIST);
    // AAL's last closes 51.18 → 51.40 (data/us/sp500_5yr); DLRET −0.25 (the invented delisting)
    const ret = 51.4 / 51.18 - 1;
    const compounded = (1 + ret) * (1 - 0.25) - 1;
    const r0 = (r: JsonResult) => r.events[0]!.returns.at(-1)!;
    expect(r0(without)).toBeCloseTo(ret, 14);
    expect(r0(withDelisting)).toBeCloseTo(compounded, 14);
    // same model (estimated before day 0), so the AR moves by the return's change
    const ar0 = (r: JsonResult) => r.events[0]!.ar.at(-1)!;
    expect(ar0(withDelisting) - ar0(without)).toBeCloseTo(compounded - ret, 14);
  });

  test('--delistings with an unknown PERMNO: the file, line and column, and the flag that skips it', async () => {
    const unknown = join(tmp, 'delist-unknown.csv');
    writeFileSync(unknown, 'PERMNO,DLSTDT,DLSTCD,DLRET\n10001,20180207,233,-0.25\n99999,20180207,233,-0.5\n');
    const base = ['--prices', THREE, DSI, '--events', BY_PERMNO, '--market', 'SPRTRN'];
    const refused = await cli('run', ...base, '--delistings', unknown);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `CsvFormatError: ${unknown}, line 3, column 1: delisting of unknown listing 99999`,
    );
    expect(refused.stderr).toMatch(/give --unknown-delistings ignore/);
    const ignored = await cli(
      'run',
      ...base,
      '--delistings',
      unknown,
      '--unknown-delistings',
      'ignore',
      '--quiet',
    );
    expect(ignored.code).toBe(0);
  });

  test('a .parquet file through --prices gives the study from its CSV files', async () => {
    const parquet = await json(
      '--prices',
      PARQUET,
      'data/indices/GSPC.csv',
      '--events',
      BY_TICKER,
      '--market',
      '^GSPC',
    );
    expectSameNumbers(fromPrices, parquet, 0);
  });
});
