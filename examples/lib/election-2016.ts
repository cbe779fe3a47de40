/**
 * Shared setup of example 03 (the 2016 US election): the S&P 500 panel, the S&P 500 index, the
 * Fama–French + momentum factors, and the study of every panel stock on 2016-11-09 under one
 * model. The example script and its smoke test both run their studies through `electionStudy`.
 */
import { join } from 'node:path';
import { type EventSpec, eventStudy, type FactorTable, type PriceSeries, type StudyResult } from 'eventstudy';
import { loadFactors, loadPrices } from 'eventstudy/node';

const DATA = join(import.meta.dirname, '..', '..', 'data');
export const PANEL_DIR = join(DATA, 'us', 'sp500_5yr', 'individual_stocks_5yr');
export const GSPC_FILE = join(DATA, 'indices', 'GSPC.csv');
export const FACTOR_FILES = [
  join(DATA, 'factors', 'F-F_Research_Data_Factors_daily.CSV'),
  join(DATA, 'factors', 'F-F_Momentum_Factor_daily.CSV'),
];

/** The first trading day after the election of Tuesday 2016-11-08. */
export const EVENT_DATE = '2016-11-09';
export const WINDOW: [number, number] = [-5, 5];
export const CAR_WINDOWS: [number, number][] = [
  [0, 0],
  [0, 1],
  [-1, 1],
];
export const TESTS = ['csect', 'patell', 'bmp', 'kp', 'generalizedSign', 'rank'] as const;
export const MODELS = ['market', 'ff3', 'carhart'] as const;
export type ElectionModel = (typeof MODELS)[number];

export interface ElectionData {
  /** The panel's stocks (one series per `*_data.csv`, named by its `Name` column). */
  panel: PriceSeries[];
  /** The panel plus ^GSPC, as the study takes them. */
  prices: PriceSeries[];
  factors: FactorTable;
  /** One event per panel stock, all on 2016-11-09, all one story. */
  events: EventSpec[];
}

/** Reads the panel folder, the S&P 500 index and the factor files. */
export async function loadElectionData(): Promise<ElectionData> {
  const [panel, gspc, factors] = await Promise.all([
    loadPrices(PANEL_DIR),
    loadPrices(GSPC_FILE),
    loadFactors(FACTOR_FILES),
  ]);
  const events = panel.map((series) => ({ id: 'us-election-2016', ticker: series.ticker, date: EVENT_DATE }));
  return { panel, prices: [...gspc, ...panel], factors, events };
}

/** Every panel stock on 2016-11-09 against the S&P 500 (market model) or the factors (FF3, Carhart). */
export function electionStudy(data: ElectionData, model: ElectionModel): StudyResult {
  return eventStudy({
    prices: data.prices,
    events: data.events,
    market: '^GSPC',
    model,
    factors: data.factors,
    window: WINDOW,
    carWindows: CAR_WINDOWS,
    tests: TESTS,
  });
}
