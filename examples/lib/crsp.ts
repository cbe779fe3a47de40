/**
 * Shared setup of example 05 (a CRSP-style study): the derived CRSP-layout files of
 * data/crsp-derived (built from the S&P 500 panel by make_crsp_panel.py; derived, not CRSP), the
 * same panel's own price files, the Fama–French market return as the benchmark, and the studies
 * the example prints side by side. The example script and its test both run their studies
 * through these functions.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  applyDelistings,
  type Delisting,
  type EventSpec,
  eventStudy,
  marketFromFactors,
  type PriceSeries,
  type StudyResult,
  type StudySpec,
} from 'eventstudy';
import { loadDelistings, loadEvents, loadFactors, loadPrices } from 'eventstudy/node';

const DATA = join(import.meta.dirname, '..', '..', 'data');
export const DSF_FILE = join(DATA, 'crsp-derived', 'sp500_crsp_dsf.csv.gz');
export const DELIST_FILE = join(DATA, 'crsp-derived', 'sp500_crsp_delist.csv');
export const PERMNO_FILE = join(DATA, 'crsp-derived', 'sp500_crsp_permno.csv');
export const PANEL_DIR = join(DATA, 'us', 'sp500_5yr', 'individual_stocks_5yr');
export const FF3_FILE = join(DATA, 'factors', 'F-F_Research_Data_Factors_daily.CSV');
/** The 500 events drawn at random from the panel (derived, see data/us/sp500-500-events.mts). */
export const PLACEBO_FILE = join(DATA, 'us', 'sp500-500-events.csv');

/** The benchmark's ticker: the CRSP value-weighted market of the Fama–French file (Mkt-RF + RF). */
export const MARKET = 'Mkt';
export const PLACEBO_WINDOW: [number, number] = [-5, 5];
export const PLACEBO_CARS: [number, number][] = [
  [-1, 1],
  [0, 0],
  [-5, 5],
];
/** A delisting is the last thing that happens to a listing: its window ends on day 0. */
export const DELISTING_WINDOW: [number, number] = [-5, 0];
export const TESTS = ['csect', 'patell', 'bmp', 'kp', 'rank'] as const;

export interface CrspData {
  /** The CRSP-layout returns series, by PERMNO (`RET`, with its missing codes counted). */
  returns: PriceSeries[];
  /** The same listings from their price files, by ticker. */
  prices: PriceSeries[];
  /** The Fama–French market return as a returns series (`marketFromFactors`). */
  market: PriceSeries;
  delistings: Delisting[];
  /** Ticker → PERMNO, as CRSP's `stocknames` would give it. */
  permnoOf: Map<string, string>;
  /** The 500 random events, by ticker. */
  placebo: EventSpec[];
}

/** Reads the derived CRSP files, the panel's price files, the Fama–French factors and the events. */
export async function loadCrspData(): Promise<CrspData> {
  const [returns, prices, factors, delistings, permnos, placebo] = await Promise.all([
    loadPrices(DSF_FILE),
    loadPrices(PANEL_DIR),
    loadFactors(FF3_FILE),
    loadDelistings(DELIST_FILE),
    readFile(PERMNO_FILE, 'utf8'),
    loadEvents(PLACEBO_FILE),
  ]);
  const permnoOf = new Map(
    permnos
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => {
        const [permno, ticker] = line.split(',');
        return [ticker!, permno!] as const;
      }),
  );
  return { returns, prices, market: marketFromFactors(factors, MARKET), delistings, permnoOf, placebo };
}

/** The events of `events` named by PERMNO instead of ticker. */
export function byPermno(events: readonly EventSpec[], permnoOf: ReadonlyMap<string, string>): EventSpec[] {
  return events.map((event) => ({ ...event, ticker: permnoOf.get(event.ticker)! }));
}

/** The returns series with the delisting file folded in (Shumway 1997). */
export function delistedReturns(data: CrspData): PriceSeries[] {
  return applyDelistings(data.returns, data.delistings);
}

function study(prices: PriceSeries[], market: PriceSeries, events: EventSpec[], extra: Partial<StudySpec>) {
  return eventStudy({
    prices: [...prices, market],
    events,
    market: MARKET,
    tests: [...TESTS],
    ...extra,
  });
}

export interface SideBySide {
  /** The study from the panel's price files. */
  fromPrices: StudyResult;
  /** The same study from the CRSP-layout returns, with the delisting returns applied. */
  fromReturns: StudyResult;
}

/** The 500 random events, market model against the FF market, from prices and from returns. */
export function placeboStudies(data: CrspData): SideBySide {
  const spec = { window: PLACEBO_WINDOW, carWindows: PLACEBO_CARS };
  return {
    fromPrices: study(data.prices, data.market, data.placebo, spec),
    fromReturns: study(delistedReturns(data), data.market, byPermno(data.placebo, data.permnoOf), spec),
  };
}

/** One event per delisting, on its delisting date, by ticker (the PERMNO file gives the ticker). */
export function delistingEvents(data: CrspData): EventSpec[] {
  const tickerOf = new Map([...data.permnoOf].map(([ticker, permno]) => [permno, ticker]));
  return data.delistings.map((d) => ({
    id: `delisting ${tickerOf.get(d.ticker)}`,
    ticker: tickerOf.get(d.ticker)!,
    date: d.date,
  }));
}

/** The delisting-date events from prices, from returns without and with the delisting returns. */
export function delistingStudies(data: CrspData): SideBySide & { withoutDelistings: StudyResult } {
  const events = delistingEvents(data);
  const spec = {
    window: DELISTING_WINDOW,
    carWindows: [[-1, 0], [0, 0], DELISTING_WINDOW] as [number, number][],
  };
  const permnoEvents = byPermno(events, data.permnoOf);
  return {
    fromPrices: study(data.prices, data.market, events, spec),
    withoutDelistings: study(data.returns, data.market, permnoEvents, spec),
    fromReturns: study(delistedReturns(data), data.market, permnoEvents, spec),
  };
}
