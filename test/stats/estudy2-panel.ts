/**
 * Builds the EventPanel of the estudy2 worked example (test/fixtures/estudy2/README.md) directly
 * from the fixture CSVs, the way the study pipeline must build it under `conventions: 'estudy2'`:
 * 7 US stocks vs ^GSPC, log returns, market model, estimation 2019-04-01..2020-03-13, event window
 * 2020-03-16..2020-03-20 (relative days 0..4, estimation days −240..−1).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EventPanel } from '../../src/stats/panel';

const dir = fileURLToPath(new URL('../fixtures/estudy2/', import.meta.url));

/** A small CSV table: header names and rows of cells (quotes stripped). */
export function readCsv(name: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(dir + name, 'utf8')
    .trim()
    .split(/\r?\n/);
  const split = (line: string): string[] => line.split(',').map((c) => c.replace(/^"|"$/g, ''));
  return { header: split(lines[0]!), rows: lines.slice(1).map(split) };
}

const num = (s: string): number => (s === 'NA' ? Number.NaN : Number(s));
const epochDay = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;

export const ESTIMATION_END = '2020-03-13';
export const EVENT_START = '2020-03-16';
export const EVENT_END = '2020-03-20';

export interface Estudy2Fixture {
  panel: EventPanel;
  tickers: string[];
  eventDates: string[];
}

/** The panel of the estudy2 example (SAR with estudy2's C_t from every benchmark day). */
export function estudy2Panel(): Estudy2Fixture {
  const rates = readCsv('estudy2_rates_log.csv');
  const ars = readCsv('expected_abnormal_returns_all_days.csv');
  const params = readCsv('expected_market_model_params.csv');
  const tickers = ars.header.slice(1);
  const gspcCol = rates.header.indexOf('GSPC');
  const gspc = new Map(rates.rows.map((r) => [r[0]!, num(r[gspcCol]!)]));

  const estRows = ars.rows.filter((r) => r[0]! <= ESTIMATION_END);
  const eventRows = ars.rows.filter((r) => r[0]! >= EVENT_START && r[0]! <= EVENT_END);
  const eventDates = eventRows.map((r) => r[0]!);
  const n = tickers.length;
  const t = eventRows.length;
  const days = eventRows.map((_, j) => j);

  // Market mean and S_mm over every benchmark return of the estimation window (estudy2).
  const mkt = estRows.map((r) => gspc.get(r[0]!)!);
  const mMean = mkt.reduce((a, b) => a + b, 0) / mkt.length;
  const mSS = mkt.reduce((a, b) => a + (b - mMean) ** 2, 0);

  const par = new Map(params.rows.map((r) => [r[0]!, { m: num(r[3]!), sd: num(r[4]!) }]));
  const ar = new Float64Array(n * t);
  const sar = new Float64Array(n * t);
  const windowDate = new Int32Array(n * t);
  const marketReturn = new Float64Array(n * t);
  const df = new Float64Array(n);
  const m = new Float64Array(n);
  const sigma = new Float64Array(n);
  const marketMean = new Float64Array(n).fill(mMean);
  const marketSS = new Float64Array(n).fill(mSS);
  const offsets = new Int32Array(n + 1);
  const estAr: number[] = [];
  const estDay: number[] = [];
  const estDate: number[] = [];
  const car = new Float64Array(n);
  const scar = new Float64Array(n);
  const bhar = new Float64Array(n);
  const rateCol = (ticker: string): number => rates.header.indexOf(ticker);
  const rateOf = new Map(rates.rows.map((r) => [r[0]!, r]));

  tickers.forEach((ticker, i) => {
    const p = par.get(ticker)!;
    m[i] = p.m;
    df[i] = p.m - 1;
    sigma[i] = p.sd;
    estRows.forEach((r, k) => {
      const v = num(r[i + 1]!);
      if (Number.isNaN(v)) return;
      estAr.push(v);
      estDay.push(k - estRows.length);
      estDate.push(epochDay(r[0]!));
    });
    offsets[i + 1] = estAr.length;
    let sumMkt = 0;
    let sumR = 0;
    let sumE = 0;
    eventRows.forEach((r, j) => {
      const a = num(r[i + 1]!);
      const x = gspc.get(r[0]!)!;
      const c = 1 + 1 / p.m + (x - mMean) ** 2 / mSS;
      ar[i * t + j] = a;
      sar[i * t + j] = a / (p.sd * Math.sqrt(c));
      windowDate[i * t + j] = epochDay(r[0]!);
      marketReturn[i * t + j] = x;
      car[i] = car[i]! + a;
      sumMkt += x - mMean;
      const ret = num(rateOf.get(r[0]!)![rateCol(ticker)]!);
      sumR += ret;
      sumE += ret - a;
    });
    scar[i] = car[i]! / (p.sd * Math.sqrt(t + (t * t) / p.m + sumMkt ** 2 / mSS));
    bhar[i] = Math.exp(sumR) - Math.exp(sumE);
  });

  const panel: EventPanel = {
    events: n,
    days,
    ar,
    sar,
    windowDate,
    df,
    m,
    sigma,
    estimation: {
      offsets,
      ar: Float64Array.from(estAr),
      day: Int32Array.from(estDay),
      date: Int32Array.from(estDate),
    },
    carWindows: [{ window: [0, t - 1], first: 0, last: t - 1 }],
    car,
    scar,
    bhar,
    marketReturn,
    marketMean,
    marketSS,
  };
  return { panel, tickers, eventDates };
}
