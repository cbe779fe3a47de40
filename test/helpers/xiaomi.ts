/** The Xiaomi / Great Wall case (2021-03-26) on the bundled real data, shared by tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePrices } from '../../src/io/parse-prices';
import type { EventSpec, PriceSeries } from '../../src/types';

export const DATA = join(import.meta.dirname, '..', '..', 'data');

/** Parses one bundled file the way a user would. */
export function bundled(path: string, ticker?: string): PriceSeries[] {
  const file = join(DATA, path);
  return parsePrices(readFileSync(file, 'utf8'), { file, ...(ticker ? { ticker } : {}) });
}

/** Hang Seng, SSE Composite, Xiaomi, Great Wall H and A shares. */
export function xiaomiPrices(): PriceSeries[] {
  return [
    ...bundled('indices/HSI.csv'),
    ...bundled('indices/000001.SS.csv'),
    ...bundled('hk/1810.HK.csv'),
    ...bundled('hk/2333.HK.csv'),
    ...bundled('cn/sh601633.csv', '601633.SS'),
  ];
}

/** The Reuters story of 2021-03-26 for each listing, against its home index. */
export const xiaomiEvents: EventSpec[] = [
  { id: 'xiaomi-ev', ticker: '1810.HK', date: '2021-03-26', market: '^HSI' },
  { id: 'xiaomi-ev', ticker: '2333.HK', date: '2021-03-26', market: '^HSI' },
  { id: 'xiaomi-ev', ticker: '601633.SS', date: '2021-03-26', market: '000001.SS' },
];
