/**
 * Smoke test of example 02 (examples/02-ev-news-timestamps.ts): rebuilds its study from
 * examples/lib/ev-news.ts and checks day 0, its reason and the reactions against the files.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA, loadEvNewsPrices, SETTINGS, STORIES } from '../../examples/lib/ev-news';
import { type EventResult, eventStudy, type PriceSeries, type StudyResult } from '../../src/index';

const ROOT = join(import.meta.dirname, '..', '..');

/** Close-to-close return on `date` read straight from a yfinance-style file (Close is column 1). */
function closeReturnFromFile(path: string, date: string): number {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const closeColumn = lines[0]!.split(',').indexOf('Close');
  const i = lines.findIndex((line) => line.startsWith(`${date},`));
  expect(closeColumn).toBeGreaterThan(0);
  expect(i).toBeGreaterThan(3);
  const close = (line: string) => Number(line.split(',')[closeColumn]);
  return close(lines[i]!) / close(lines[i - 1]!) - 1;
}

describe('example 02: EV news timestamps', () => {
  let prices: PriceSeries[];
  let result: StudyResult;
  let day0: number;
  const listing = (id: string, ticker: string): EventResult => {
    const found = result.events.find((event) => event.id === id && event.ticker === ticker);
    if (!found) throw new Error(`no result for ${id} ${ticker}`);
    return found;
  };

  beforeAll(async () => {
    prices = await loadEvNewsPrices();
    result = eventStudy({ prices, events: STORIES.map((story) => story.event), ...SETTINGS });
    day0 = result.days.indexOf(0);
  }, 60_000);

  it('studies every listing of every story, none excluded', () => {
    expect(result.excluded).toEqual([]);
    expect(result.events.map((event) => [event.id, event.ticker, event.market])).toEqual([
      ['baidu-geely', 'BIDU', '^GSPC'],
      ['baidu-geely', '0175.HK', '^HSI'],
      ['xiaomi-great-wall', '1810.HK', '^HSI'],
      ['xiaomi-great-wall', '2333.HK', '^HSI'],
      ['xiaomi-great-wall', '601633.SS', '000001.SS'],
      ['xiaomi-ev-launch', '1810.HK', '^HSI'],
    ]);
  });

  it('chooses day 0 per exchange session, with the reason', () => {
    expect(result.events.map((event) => [event.ticker, event.day0, event.reason, event.shift])).toEqual([
      ['BIDU', '2021-01-07', 'intraday', 0], // 10:48 in New York
      ['0175.HK', '2021-01-08', 'after-close', 1], // 23:48 in Hong Kong
      ['1810.HK', '2021-03-26', 'intraday', 0],
      ['2333.HK', '2021-03-26', 'intraday', 0],
      ['601633.SS', '2021-03-26', 'intraday', 0], // 11:00 in Shanghai, before the 11:30 lunch
      ['1810.HK', '2021-03-31', 'after-close', 1], // 17:30 in Hong Kong
    ]);
  });

  it("measures Geely's day-0 return on 2021-01-08 exactly as the file gives it", () => {
    const expected = closeReturnFromFile(join(DATA, 'hk', '0175.HK.csv'), '2021-01-08');
    expect(expected).toBeGreaterThan(0.19); // +19.60 %
    const geely = listing('baidu-geely', '0175.HK');
    expect(geely.dates[day0]).toBe('2021-01-08');
    expect(geely.returns[day0]).toBeCloseTo(expected, 12);
    const hsi = closeReturnFromFile(join(DATA, 'indices', 'HSI.csv'), '2021-01-08');
    expect(geely.marketReturns![day0]).toBeCloseTo(hsi, 12);
    expect(geely.ar[day0]).toBeGreaterThan(0.15);
    expect(geely.pValue[day0]).toBeLessThan(0.001);
  });

  it('reproduces the 2021-03-26 close-to-close moves of the reference case', () => {
    expect(listing('xiaomi-great-wall', '1810.HK').returns[day0]).toBeCloseTo(0.0628, 4);
    expect(listing('xiaomi-great-wall', '2333.HK').returns[day0]).toBeCloseTo(0.1038, 4);
    expect(listing('xiaomi-great-wall', '601633.SS').returns[day0]).toBeCloseTo(0.0999, 4);
  });

  it('a date-only study of the Baidu story puts the Geely reaction on day +1', () => {
    const baidu = STORIES[0]!.event;
    const dateOnly = eventStudy({ prices, events: [{ ...baidu, date: '2021-01-07' }], ...SETTINGS });
    const plainGeely = dateOnly.events.find((event) => event.ticker === '0175.HK')!;
    const timedGeely = listing('baidu-geely', '0175.HK');
    expect([plainGeely.day0, plainGeely.reason]).toEqual(['2021-01-07', 'date-only']);
    const plus1 = dateOnly.days.indexOf(1);
    expect(plainGeely.dates[plus1]).toBe('2021-01-08');
    expect(plainGeely.returns[plus1]).toBe(timedGeely.returns[day0]);
    expect(plainGeely.ar[plus1]).toBeGreaterThan(0.15);
    expect(plainGeely.ar[day0]).toBeLessThan(timedGeely.ar[day0]! / 2);
    // BIDU's day 0 does not move: the story is intraday in New York either way
    const plainBidu = dateOnly.events.find((event) => event.ticker === 'BIDU')!;
    expect(plainBidu.ar).toEqual(listing('baidu-geely', 'BIDU').ar);
  });

  it('the script runs and prints its tables', { timeout: 120_000 }, async () => {
    // execFile rejects unless the script exits with code 0
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'examples/02-ev-news-timestamps.ts'],
      {
        cwd: ROOT,
        timeout: 120_000,
      },
    );
    expect(stdout.split('\n')[0]).toBe(
      'EV news, timestamped: day 0 chosen per listing from its exchange session',
    );
    expect(stdout).toMatch(/0175\.HK\s+2021-01-07 23:48 HKEX \(09:30–16:00\)\s+after-close\s+2021-01-08/);
    expect(stdout).toContain('Why day 0 matters');
  });
});
