/**
 * Shared setup of example 08 (FOMC statement days, overlapping events): the scheduled FOMC
 * statement days of 2014–2017 from data/us/fomc-statements-2014-2017.csv, a set of
 * rate-sensitive stocks of the S&P 500 panel (banks, insurers, utilities, REITs), the S&P 500
 * index, and the study under one overlap policy. The example script and its smoke test both
 * run their studies through `fomcStudy`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type EventSpec,
  eventStudy,
  type OverlapPolicy,
  type PriceSeries,
  type StudyResult,
} from 'eventstudy';
import { loadPrices } from 'eventstudy/node';

const DATA = join(import.meta.dirname, '..', '..', 'data');
export const FOMC_FILE = join(DATA, 'us', 'fomc-statements-2014-2017.csv');
export const PANEL_DIR = join(DATA, 'us', 'sp500_5yr', 'individual_stocks_5yr');
export const GSPC_FILE = join(DATA, 'indices', 'GSPC.csv');

/** Rate-sensitive S&P 500 members of the panel, by sector. */
export const SECTORS = {
  banks: ['JPM', 'BAC', 'WFC', 'C', 'USB', 'PNC'],
  insurers: ['MET', 'PRU', 'AIG', 'ALL', 'TRV'],
  utilities: ['DUK', 'SO', 'NEE', 'D', 'AEP', 'EXC'],
  REITs: ['SPG', 'PLD', 'EQR', 'PSA', 'AVB', 'O'],
} as const;
export type Sector = keyof typeof SECTORS;
export const TICKERS: string[] = Object.values(SECTORS).flat();

export const POLICIES: readonly OverlapPolicy[] = ['flag', 'clean-estimation', 'exclude'];
export const WINDOW: [number, number] = [-5, 5];
export const CAR_WINDOWS: [number, number][] = [
  [-1, 1],
  [0, 0],
  [-5, 5],
];
export const TESTS = ['csect', 'patell', 'bmp', 'kp'] as const;

/**
 * Other market-wide news of 2016, checked against the FOMC events as confounders (never
 * studied): the first trading day after the UK's EU referendum of 2016-06-23 (result known in
 * the European morning of 2016-06-24) and after the US presidential election of 2016-11-08.
 * The election day falls on day +5 of the 2016-11-02 statement.
 */
export const CONFOUNDING_NEWS = [
  { id: 'brexit-referendum', date: '2016-06-24' },
  { id: 'us-election-2016', date: '2016-11-09' },
] as const;

export interface FomcData {
  /** The statement days, `YYYY-MM-DD`, as listed in the CSV. */
  statements: string[];
  prices: PriceSeries[];
  /** One event per stock and statement day (`id` = the statement day). */
  events: EventSpec[];
  /** One story per piece of confounding news, on every stock. */
  confounders: EventSpec[];
}

/** Reads the statement days, the chosen panel stocks and the S&P 500 index. */
export async function loadFomcData(): Promise<FomcData> {
  const text = await readFile(FOMC_FILE, 'utf8');
  const statements = text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',')[0]!);
  const [gspc, ...stocks] = await Promise.all([
    loadPrices(GSPC_FILE),
    ...TICKERS.map((ticker) => loadPrices(join(PANEL_DIR, `${ticker}_data.csv`))),
  ]);
  const events = TICKERS.flatMap((ticker) =>
    statements.map((date) => ({ id: `FOMC ${date}`, ticker, date, group: sectorOf(ticker) })),
  );
  const confounders = CONFOUNDING_NEWS.map(({ id, date }) => ({
    id,
    ticker: TICKERS[0]!,
    tickers: TICKERS.slice(1),
    date,
  }));
  return { statements, prices: [...gspc!, ...stocks.flat()], events, confounders };
}

/** The sector of a ticker of {@link SECTORS}. */
export function sectorOf(ticker: string): Sector {
  return (Object.keys(SECTORS) as Sector[]).find((sector) =>
    (SECTORS[sector] as readonly string[]).includes(ticker),
  )!;
}

/** Every stock on every statement day against the S&P 500, market model, under one policy. */
export function fomcStudy(data: FomcData, overlaps: OverlapPolicy): StudyResult {
  return eventStudy({
    prices: data.prices,
    events: data.events,
    confounders: data.confounders,
    market: '^GSPC',
    model: 'market',
    window: WINDOW,
    carWindows: CAR_WINDOWS,
    tests: TESTS,
    overlaps,
  });
}
