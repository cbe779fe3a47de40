import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CsvFormatError, EventSpecError } from '../../src/errors';
import { loadEvents, loadFactors, loadPrices } from '../../src/node';

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (p: string): string => join(root, p);

describe('loadPrices', () => {
  it('reads a folder in name order, with tickers from the files and progress', async () => {
    const progress: [number, number][] = [];
    const series = await loadPrices(at('data/hk'), { onProgress: (d, t) => progress.push([d, t]) });
    expect(series.map((s) => s.ticker)).toEqual([
      '0175.HK',
      '0489.HK',
      '1211.HK',
      '1810.HK',
      '2015.HK',
      '2238.HK',
      '2333.HK',
      '9866.HK',
      '9868.HK',
      '9888.HK',
    ]);
    // throttled to a few calls a second: increasing, and always the final one
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress.length).toBeLessThanOrEqual(10);
    for (let k = 1; k < progress.length; k++) expect(progress[k]![0]).toBeGreaterThan(progress[k - 1]![0]);
    expect(progress.at(-1)).toEqual([10, 10]);
    expect(series[3]!.source!.file).toBe(at('data/hk/1810.HK.csv'));
  });

  it('mixes files and folders and keeps only the asked tickers', async () => {
    const series = await loadPrices([at('data/indices'), at('data/cn/sh601633.csv'), at('data/hk')], {
      tickers: ['^HSI', '1810.HK', 'sh601633'],
    });
    expect(series.map((s) => s.ticker)).toEqual(['^HSI', 'sh601633', '1810.HK']);
    const hsi = series[0]!;
    const i = hsi.dates.indexOf('2021-03-26');
    expect(Math.round((hsi.close![i]! / hsi.close![i - 1]! - 1) * 10000) / 100).toBe(1.57);
  });

  it('reads the whole S&P 500 panel', async () => {
    const t0 = performance.now();
    const series = await loadPrices(at('data/us/sp500_5yr/individual_stocks_5yr'));
    const ms = performance.now() - t0;
    expect(series).toHaveLength(505);
    expect(series.reduce((n, s) => n + s.dates.length, 0)).toBe(619040);
    expect(series[0]!.ticker).toBe('AAL'); // 'AAL_data.csv' sorts before 'A_data.csv'
    expect(series.find((s) => s.ticker === 'AAPL')!.close![0]).toBe(67.8542);
    console.log(`loadPrices(S&P 500 panel): ${ms.toFixed(0)} ms`);
  });

  it('renames the series of a single file with ticker', async () => {
    const [gw] = await loadPrices(at('data/cn/sh601633.csv'), { ticker: '601633.SS' });
    expect(gw!.ticker).toBe('601633.SS');
    expect(gw!.prevClose![gw!.dates.indexOf('2021-03-26')]).toBe(28.14);
    await expect(loadPrices(at('data/hk'), { ticker: 'X' })).rejects.toThrow(/10 files/);
  });

  it('refuses one ticker in two files, naming both', async () => {
    const p = loadPrices([at('data/hk/1810.HK.csv'), at('data/hk/alt/1810.HK.history.csv')]);
    await expect(p).rejects.toBeInstanceOf(CsvFormatError);
    await expect(p).rejects.toThrow(/duplicate ticker 1810\.HK: also in .*data\/hk\/1810\.HK\.csv/);
  });

  it('puts the file path in parse errors, and passes format and negativePrices', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eventstudy-'));
    const bad = join(dir, 'BAD.csv');
    await writeFile(bad, 'date,close\n2021-03-26,1\n2021-03-29,-2\n');
    await expect(loadPrices(bad)).rejects.toMatchObject({ file: bad, line: 3, column: 2 });
    const [ok] = await loadPrices(bad, { negativePrices: 'abs' });
    expect(ok!.close![1]).toBe(2);
    await expect(loadPrices(bad, { format: 'yfinance' })).rejects.toThrow(/not a yfinance file/);
  });
});

describe('loadEvents', () => {
  it('reads an events file and reports bad events with the path', async () => {
    const events = await loadEvents(at('test/fixtures/eventstudytools_sp500/01_RequestFile.csv'));
    expect(events).toHaveLength(16);
    const dir = await mkdtemp(join(tmpdir(), 'eventstudy-'));
    const file = join(dir, 'events.csv');
    await writeFile(file, 'ticker,date\n1810.HK,2021-03-26T10:15\n');
    const p = loadEvents(file);
    await expect(p).rejects.toBeInstanceOf(EventSpecError);
    await expect(p).rejects.toMatchObject({ file, line: 2, column: 2 });
  });
});

describe('loadFactors', () => {
  it('joins several files on common dates', async () => {
    const ff = await loadFactors([
      at('data/factors/F-F_Research_Data_5_Factors_2x3_daily.CSV'),
      at('data/factors/F-F_Momentum_Factor_daily.CSV'),
    ]);
    expect(Object.keys(ff.factors)).toEqual(['Mkt-RF', 'SMB', 'HML', 'RMW', 'CMA', 'RF', 'Mom']);
    expect(ff.dates[0]).toBe('1963-07-01');
    expect(ff.dates.at(-1)).toBe('2022-12-30');
    expect(ff.factors['Mom']![ff.dates.indexOf('2021-03-26')]).toBe(-0.0045);
  });

  it('reads one file given as a string', async () => {
    const ff = await loadFactors(at('data/factors/F-F_Research_Data_Factors_daily.CSV'));
    expect(ff.factors['Mkt-RF']![ff.dates.indexOf('2021-03-26')]).toBe(0.0155);
  });
});

describe('writeTextFile', () => {
  it('creates the folder and writes UTF-8 text', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { writeTextFile } = await import('../../src/node/write-text-file');
    const file = join(mkdtempSync(join(tmpdir(), 'eventstudy-write-')), 'nested', 'r.csv');
    await writeTextFile(file, 'ticker,前收盘价\n');
    expect(readFileSync(file, 'utf8')).toBe('ticker,前收盘价\n');
  });
});
