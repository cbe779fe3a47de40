/**
 * The S&P 500 panel of the benchmarks and the determinism test: 505 listings (2013-02-08 to
 * 2018-02-07) with `^GSPC` as the market, and events sampled from it with a fixed seed.
 */
import { fileURLToPath } from 'node:url';
import { loadFactors, loadPrices } from '../../src/node';
import { mulberry32, randomInteger } from '../../src/stats/seeded-random';
import type { EventSpec, FactorTable, PriceSeries, StudySpec } from '../../src/types';
import { JOB_SETTINGS } from './cold/sp500-job.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Folder of the 505 long-format panel files. */
export const PANEL_FOLDER = `${root}data/us/sp500_5yr/individual_stocks_5yr`;
/** The market index file (yfinance layout, ticker `^GSPC`). */
export const MARKET_FILE = `${root}data/indices/GSPC.csv`;
/** Ken French's daily three factors. */
export const FF3_FILE = `${root}data/factors/F-F_Research_Data_Factors_daily.CSV`;

/** The panel's listings and the market index. */
export interface Sp500Panel {
  listings: PriceSeries[];
  market: PriceSeries;
}

/** Loads the panel folder and the market index. */
export async function loadSp500Panel(): Promise<Sp500Panel> {
  const [listings, indices] = await Promise.all([loadPrices(PANEL_FOLDER), loadPrices(MARKET_FILE)]);
  return { listings, market: indices[0]! };
}

/** Loads the Fama–French three-factor table. */
export function loadFf3(): Promise<FactorTable> {
  return loadFactors(FF3_FILE);
}

/** Trading days an event needs before day 0 (estimation [-260, -11]) and after it (window end). */
const ROOM_BEFORE = 260;
const ROOM_AFTER = 5;

/**
 * `count` events drawn with replacement, uniformly over the (listing, date) pairs of the panel
 * whose date leaves room for the estimation and event windows in the listing's own data.
 *
 * @param listings - the panel's listings
 * @param count - number of events
 * @param seed - seed of the Mulberry32 generator
 */
export function sampleEvents(listings: readonly PriceSeries[], count: number, seed: number): EventSpec[] {
  const ticker: number[] = [];
  const date: number[] = [];
  listings.forEach((series, s) => {
    for (let i = ROOM_BEFORE; i < series.dates.length - ROOM_AFTER; i++) {
      ticker.push(s);
      date.push(i);
    }
  });
  const random = mulberry32(seed);
  const events: EventSpec[] = [];
  for (let k = 0; k < count; k++) {
    const pick = randomInteger(random, ticker.length);
    const series = listings[ticker[pick]!]!;
    events.push({ ticker: series.ticker, date: series.dates[date[pick]!]! });
  }
  return events;
}

/**
 * The benchmark study of issue 5: market model, window [-5, 5], estimation 250 days ending at
 * day -11, default tests (with `kp`) and CAR windows [-1, 1], [0, 0], [-5, 5].
 */
export function benchmarkSpec(
  panel: Sp500Panel,
  events: EventSpec[],
  extra: Partial<StudySpec> = {},
): StudySpec {
  return {
    prices: [...panel.listings, panel.market],
    events,
    market: panel.market.ticker,
    ...JOB_SETTINGS,
    ...extra,
  };
}
