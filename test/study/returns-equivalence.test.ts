/**
 * The central test of issue 13: a study from a returns file gives the same AR, SAR, CAR, BHAR,
 * model and every test as the study from the prices it was computed from (≤ 1e-12 relative), in
 * simple and log returns, under `thinTrading: 'exclude'` and `'trade-to-trade'`.
 *
 * The returns are the derived CRSP-layout file `data/crsp-derived/sp500_crsp_dsf.csv.gz` (built
 * from the S&P 500 panel by `make_crsp_panel.py`, in Python, independently of this library: RET is
 * P_t / P_{t-1} − 1 over the previous row, `C` on a listing's first row, CRSP missing codes on the
 * dates where the panel has no row, a negative PRC that RET makes irrelevant), read through
 * `loadPrices` (gzip by magic bytes, PERMNO as ticker, YYYYMMDD dates, EXCHCD). The benchmark is
 * the derived index file's `SPRTRN` (from GSPC's closes) against `^GSPC` itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/node';
import { eventStudy } from '../../src/study/event-study';
import type { EventSpec, FactorTable, PriceSeries, StudyResult, StudySpec } from '../../src/types';
import { benchmarkSpec, loadFf3, loadSp500Panel, type Sp500Panel, sampleEvents } from '../bench/sp500-panel';

const ROOT = join(import.meta.dirname, '..', '..');
const DERIVED = join(ROOT, 'data', 'crsp-derived');

/** Keys whose values name listings (tickers vs PERMNOs) rather than numbers to compare. */
const NAMES = new Set(['ticker', 'tickers', 'market', 'event', 'id', 'reason', 'settings']);

/** Largest relative difference between two results, walking every number they hold. */
function compare(a: unknown, b: unknown, path: string, worst: { rel: number; path: string }): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) {
      expect(Number.isNaN(a) && Number.isNaN(b), `${path}: ${a} vs ${b}`).toBe(true);
      return;
    }
    if (a === b) return;
    const rel = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    if (rel > worst.rel) {
      worst.rel = rel;
      worst.path = `${path}: ${a} vs ${b}`;
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    expect(b.length, `${path}.length`).toBe(a.length);
    a.forEach((x, i) => {
      compare(x, b[i], `${path}[${i}]`, worst);
    });
    return;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).filter((k) => !NAMES.has(k));
    const kb = Object.keys(b).filter((k) => !NAMES.has(k));
    expect(kb.sort(), `${path} keys`).toEqual(ka.sort());
    for (const k of ka)
      compare((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, worst);
    return;
  }
  expect(b, path).toEqual(a);
}

let panel: Sp500Panel;
let crsp: PriceSeries[];
let sprtrn: PriceSeries;
let permnoOf: Map<string, string>;
let events: EventSpec[];
let ff3: FactorTable;

beforeAll(async () => {
  panel = await loadSp500Panel();
  ff3 = await loadFf3();
  crsp = await loadPrices(join(DERIVED, 'sp500_crsp_dsf.csv.gz'));
  sprtrn = (await loadPrices(join(DERIVED, 'sp500_crsp_dsi.csv'))).find((s) => s.ticker === 'SPRTRN')!;
  permnoOf = new Map(
    readFileSync(join(DERIVED, 'sp500_crsp_permno.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [permno, ticker] = line.split(',');
        return [ticker!, permno!];
      }),
  );
  // 300 sampled events, plus, for every date a listing has no row, one whose day +3 it is (the
  // thin-trading cases: a gap inside the window, outside the CAR windows [-1, 1] and [0, 0])
  events = sampleEvents(panel.listings, 300, 13);
  const calendar = panel.market.dates;
  for (const s of panel.listings) {
    const first = s.dates[0]!;
    const last = s.dates[s.dates.length - 1]!;
    const own = new Set(s.dates);
    calendar.forEach((d, t) => {
      if (d > first && d < last && !own.has(d)) events.push({ ticker: s.ticker, date: calendar[t - 3]! });
    });
  }
}, 120_000);

function same(a: StudyResult, b: StudyResult): void {
  expect(b.events.length).toBe(a.events.length);
  expect(b.events.length).toBeGreaterThan(250);
  expect(b.excluded.map((e) => [e.index, e.code])).toEqual(a.excluded.map((e) => [e.index, e.code]));
  const worst = { rel: 0, path: '' };
  compare(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)), 'result', worst);
  expect(worst.rel, worst.path).toBeLessThanOrEqual(1e-12);
}

function pair(extra: Partial<StudySpec>): [StudyResult, StudyResult] {
  const prices = eventStudy(benchmarkSpec(panel, events, { tests: 'all', ...extra }));
  const returns = eventStudy({
    ...benchmarkSpec(panel, events, { tests: 'all', ...extra }),
    prices: [...crsp, sprtrn],
    market: 'SPRTRN',
    events: events.map((e) => ({ ...e, ticker: permnoOf.get(e.ticker)! })),
  });
  return [prices, returns];
}

describe('a study from returns equals the study from prices (S&P 500 panel, derived CRSP file)', () => {
  it('reads the derived file as returns series keyed by PERMNO, with its codes counted', () => {
    expect(crsp).toHaveLength(505);
    const aal = crsp.find((s) => s.ticker === permnoOf.get('AAL'))!;
    expect(aal.close).toBeUndefined();
    expect(aal.returns![0]).toBeNaN(); // 'C' on the first row: a price, no previous one
    expect(aal.source!.missingReturns).toEqual({ C: 1 });
    expect(crsp.find((s) => s.ticker === permnoOf.get('AAPL'))!.exchange).toBe('NASDAQ');
    const dhr = crsp.find((s) => s.ticker === permnoOf.get('DHR'))!;
    const prices = panel.listings.find((s) => s.ticker === 'DHR')!;
    expect(dhr.dates).toEqual(prices.dates); // the coded rows are holes, as in the prices
    const codes = crsp.reduce(
      (n, s) => n + Object.values(s.source!.missingReturns ?? {}).reduce((x, y) => x + y, 0),
      0,
    );
    expect(codes).toBe(505 + 51); // one C per listing + the 51 hole codes the generator wrote
  });

  for (const returns of ['simple', 'log'] as const) {
    for (const thinTrading of ['exclude', 'trade-to-trade'] as const) {
      it(`${returns} returns, thinTrading '${thinTrading}'`, () => {
        const [fromPrices, fromReturns] = pair({ returns, thinTrading });
        if (thinTrading === 'trade-to-trade')
          expect(fromPrices.events.some((e) => e.span?.some((n) => n > 1))).toBe(true);
        else expect(fromPrices.excluded.some((e) => e.code === 'event-window-gap')).toBe(true);
        same(fromPrices, fromReturns);
      }, 120_000);
    }
  }

  for (const model of [
    'market-adjusted',
    'mean-adjusted',
    'capm',
    'ff3',
    'scholes-williams',
    'dimson',
  ] as const) {
    it(`model '${model}'`, () => {
      same(...pair({ model, factors: ff3, tests: ['csect', 'patell', 'bmp', 'kp', 'rank'] }));
    }, 120_000);
  }

  it('the volume measure', () => {
    same(...pair({ measure: 'volume', model: 'mean-adjusted' }));
  }, 120_000);

  it('listings as prices with a returns benchmark (SPRTRN) equal listings and benchmark as prices', () => {
    const fromPrices = eventStudy(benchmarkSpec(panel, events, { tests: 'all' }));
    const mixed = eventStudy({
      ...benchmarkSpec(panel, events, { tests: 'all' }),
      prices: [...panel.listings, sprtrn],
      market: 'SPRTRN',
    });
    same(fromPrices, mixed);
  }, 120_000);
});
