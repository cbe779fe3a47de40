/**
 * Shared setup of example 02 (timestamped EV news): the bundled prices, the three stories and
 * the benchmark of each exchange. The example script and its smoke test both build their
 * studies from here, so the test checks the study the example prints.
 */
import { join } from 'node:path';
import type { EventSpec, PriceSeries, StudySpec } from 'eventstudy';
import { loadPrices } from 'eventstudy/node';

export const DATA = join(import.meta.dirname, '..', '..', 'data');

/** A news story: the event the study sees, plus what the example prints about it. */
export interface Story {
  event: EventSpec;
  headline: string;
  /** Whether the timestamp is the published time or our approximation. */
  timing: 'published' | 'approximate';
  note: string;
}

export const STORIES: readonly Story[] = [
  {
    event: {
      id: 'baidu-geely',
      ticker: 'BIDU',
      tickers: ['0175.HK'],
      date: '2021-01-07T10:48:00-05:00',
    },
    headline: 'Reuters exclusive: Baidu plans smart EV company, to make cars at Geely plant',
    timing: 'published',
    note: 'published 10:48 am EST (time stamp of the Reuters wire copy on MarketScreener)',
  },
  {
    event: {
      id: 'xiaomi-great-wall',
      ticker: '1810.HK',
      tickers: ['2333.HK', '601633.SS'],
      date: '2021-03-26T11:00:00+08:00',
    },
    headline: 'Reuters: Xiaomi to build EVs at a Great Wall Motor plant',
    timing: 'approximate',
    note: 'during Hong Kong trading hours; 11:00 HKT is our stand-in',
  },
  {
    event: { id: 'xiaomi-ev-launch', ticker: '1810.HK', date: '2021-03-30T17:30:00+08:00' },
    headline: "Xiaomi's formal announcement of its smart EV business",
    timing: 'approximate',
    note: 'after the Hong Kong close (with annual results); 17:30 HKT is our stand-in',
  },
];

/**
 * Benchmark of each listing, by ticker suffix or exchange code. A plain US ticker such as BIDU
 * resolves to the NYSE session (identical to Nasdaq's), so the US entry is keyed `NYSE`.
 */
export const BENCHMARKS: Readonly<Record<string, string>> = {
  '.HK': '^HSI',
  '.SS': '000001.SS',
  NYSE: '^GSPC',
};

/** Study settings shared by the example and its test (market model, [-5, 5], CAR[-1, 1]). */
export const SETTINGS: Pick<StudySpec, 'model' | 'window' | 'carWindows' | 'benchmarks'> = {
  model: 'market',
  window: [-5, 5],
  carWindows: [[-1, 1]],
  benchmarks: { ...BENCHMARKS },
};

/** Indices, the Hong Kong and US listings, and the Shanghai A share under its Yahoo ticker. */
export async function loadEvNewsPrices(): Promise<PriceSeries[]> {
  return [
    ...(await loadPrices([
      join(DATA, 'indices', 'HSI.csv'),
      join(DATA, 'indices', '000001.SS.csv'),
      join(DATA, 'indices', 'GSPC.csv'),
    ])),
    ...(await loadPrices([
      join(DATA, 'hk', '1810.HK.csv'),
      join(DATA, 'hk', '2333.HK.csv'),
      join(DATA, 'hk', '0175.HK.csv'),
      join(DATA, 'us', 'BIDU.csv'),
    ])),
    // The Shanghai vendor file names the stock 'sh601633'; we call it by its Yahoo ticker.
    ...(await loadPrices(join(DATA, 'cn', 'sh601633.csv'), { ticker: '601633.SS' })),
  ];
}
