/**
 * Shared setup of example 07 (same window, CAR windows and tests as example 03) (the second stage: sectors, groups, regressions) and of its tests:
 * the S&P 500 panel, the S&P 500 index, the GICS sector of each member (2018-04-02 snapshot,
 * `data/us/sp500_sectors_2018-04.csv`), and two studies on them:
 *
 * - the 2016 US election (day 0 = 2016-11-09, the first session after the vote), one event per
 *   panel stock that has a sector, grouped by sector;
 * - the Federal Reserve's five rate rises of 2015–2017 (FOMC statement days, released at 2 pm
 *   New York time, so the reaction is in that day's close), one event per stock and date.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type EventSpec, eventStudy, type PriceSeries, type StudyResult } from 'eventstudy';
import { loadPrices } from 'eventstudy/node';
import Papa from 'papaparse';

import { CAR_WINDOWS, GSPC_FILE, PANEL_DIR, TESTS, WINDOW } from './election-2016';

export { CAR_WINDOWS, TESTS, WINDOW };

const DATA = join(import.meta.dirname, '..', '..', 'data');
export const SECTORS_FILE = join(DATA, 'us', 'sp500_sectors_2018-04.csv');

/** The first trading day after the election of Tuesday 2016-11-08. */
export const ELECTION_DAY = '2016-11-09';
/** FOMC statement days on which the federal funds target range was raised by 25 bp. */
export const RATE_RISES = ['2015-12-16', '2016-12-14', '2017-03-15', '2017-06-14', '2017-12-13'] as const;

export interface SectorData {
  /** The panel plus ^GSPC. */
  prices: PriceSeries[];
  /** Panel tickers (file order) that have a GICS sector, and their sectors. */
  tickers: string[];
  sectors: Map<string, string>;
  /** Panel tickers the sector file does not list (left out of both studies). */
  withoutSector: string[];
}

/** Reads the panel folder, the S&P 500 index and the sector file. */
export async function loadSectorData(): Promise<SectorData> {
  const [panel, gspc, text] = await Promise.all([
    loadPrices(PANEL_DIR),
    loadPrices(GSPC_FILE),
    readFile(SECTORS_FILE, 'utf8'),
  ]);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const sectors = new Map<string, string>();
  for (const row of parsed.data)
    if (row['Symbol'] && row['Sector']) sectors.set(row['Symbol'], row['Sector']);
  const tickers = panel.map((series) => series.ticker).filter((ticker) => sectors.has(ticker));
  const withoutSector = panel.map((series) => series.ticker).filter((ticker) => !sectors.has(ticker));
  return { prices: [...gspc, ...panel], tickers, sectors, withoutSector };
}

/** One event per stock with a sector on `date`: `group` and the `sector` column are its sector. */
export function sectorEvents(data: SectorData, date: string, id: string): EventSpec[] {
  return data.tickers.map((ticker) => {
    const sector = data.sectors.get(ticker)!;
    return { id, ticker, date, group: sector, extra: { sector } };
  });
}

/** The election study: market model against ^GSPC, every panel stock with a sector, by sector. */
export function electionBySector(data: SectorData): StudyResult {
  return eventStudy({
    prices: data.prices,
    events: sectorEvents(data, ELECTION_DAY, 'us-election-2016'),
    market: '^GSPC',
    window: WINDOW,
    carWindows: CAR_WINDOWS,
    tests: TESTS,
  });
}

/** The rate-rise study: every stock with a sector on each of the five FOMC days, by sector. */
export function rateRisesBySector(data: SectorData): StudyResult {
  return eventStudy({
    prices: data.prices,
    events: RATE_RISES.flatMap((date) => sectorEvents(data, date, `fomc-${date}`)),
    market: '^GSPC',
    window: WINDOW,
    carWindows: CAR_WINDOWS,
    tests: TESTS,
  });
}
