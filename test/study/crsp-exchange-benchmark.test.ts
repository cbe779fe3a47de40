/**
 * CRSP's EXCHCD picks the benchmark (issue 13 item 2): on the derived CRSP-layout file
 * (data/crsp-derived, derived from the S&P 500 panel, not CRSP), AAPL (PERMNO 10002, EXCHCD 3 →
 * NASDAQ) and XOM (10498, EXCHCD 1 → NYSE) take the `benchmarks` entry of their own exchange,
 * although a PERMNO says nothing about where it trades. Without `exchange` on the series the
 * same PERMNOs match no entry and are excluded, which shows the field is what decides.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFactors, loadPrices } from '../../src/node';
import { marketFromFactors } from '../../src/returns/market-from-factors';
import { eventStudy } from '../../src/study/event-study';
import type { PriceSeries } from '../../src/types';

const DATA = join(import.meta.dirname, '..', '..', 'data');
let listings: PriceSeries[];
let benchmarks: PriceSeries[];

beforeAll(async () => {
  const all = await loadPrices(join(DATA, 'crsp-derived', 'sp500_crsp_dsf.csv.gz'));
  listings = all.filter((s) => s.ticker === '10002' || s.ticker === '10498');
  const [sprtrn] = await loadPrices(join(DATA, 'crsp-derived', 'sp500_crsp_dsi.csv'));
  const ff = await loadFactors(join(DATA, 'factors', 'F-F_Research_Data_Factors_daily.CSV'));
  benchmarks = [sprtrn!, marketFromFactors(ff, 'Mkt')];
}, 60_000);

const events = [
  { ticker: '10002', date: '2016-01-27' },
  { ticker: '10498', date: '2016-01-27' },
];

describe('EXCHCD → PriceSeries.exchange → benchmark', () => {
  it('each PERMNO gets its own exchange’s benchmark', () => {
    expect(listings.map((s) => [s.ticker, s.exchange])).toEqual([
      ['10002', 'NASDAQ'],
      ['10498', 'NYSE'],
    ]);
    const result = eventStudy({
      prices: [...listings, ...benchmarks],
      events,
      benchmarks: { NASDAQ: 'SPRTRN', NYSE: 'Mkt' },
    });
    expect(result.excluded).toEqual([]);
    expect(result.events.map((e) => [e.ticker, e.market])).toEqual([
      ['10002', 'SPRTRN'],
      ['10498', 'Mkt'],
    ]);
    // the benchmark returns of the window are the SPRTRN file's own values
    const sprtrn = benchmarks[0]!;
    const aapl = result.events[0]!;
    aapl.dates.forEach((d, t) => {
      expect(aapl.marketReturns![t]).toBe(sprtrn.returns![sprtrn.dates.indexOf(d)]);
    });
  });

  it('without the exchange, a PERMNO matches no entry: excluded as unknown-benchmark', () => {
    const bare = listings.map(({ exchange: _, ...s }) => s);
    const result = eventStudy({
      prices: [...bare, ...benchmarks],
      events,
      benchmarks: { NASDAQ: 'SPRTRN', NYSE: 'Mkt' },
    });
    expect(result.events).toEqual([]);
    expect(result.excluded.map((e) => [e.ticker, e.code])).toEqual([
      ['10002', 'unknown-benchmark'],
      ['10498', 'unknown-benchmark'],
    ]);
  });
});
