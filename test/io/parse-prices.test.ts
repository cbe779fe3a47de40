import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/errors';
import { parsePrices } from '../../src/io/parse-prices';
import type { PriceSeries } from '../../src/types';
import { csvError } from '../helpers/csv-error';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const load = (path: string, options: Parameters<typeof parsePrices>[1] = {}): PriceSeries[] =>
  parsePrices(read(path), { file: path, ...options });
const at = (s: PriceSeries, date: string, what: 'close' | 'prevClose' | 'volume' = 'close'): number => {
  const i = s.dates.indexOf(date);
  expect(i, `${s.ticker} has ${date}`).toBeGreaterThanOrEqual(0);
  return s[what]![i]!;
};
const pct = (x: number): number => Math.round(x * 10000) / 100;

describe('parsePrices on the real files', () => {
  it('reads yfinance three-line headers (ticker from the Ticker line, Close column)', () => {
    const [x, ...rest] = load('data/hk/1810.HK.csv');
    expect(rest).toHaveLength(0);
    expect(x!.ticker).toBe('1810.HK');
    expect(x!.source).toEqual({
      file: 'data/hk/1810.HK.csv',
      format: 'yfinance',
      missingPrices: 0,
      duplicateRows: 0,
      sorted: false,
    });
    expect(x!.dates).toHaveLength(1801);
    expect(x!.dates[0]).toBe('2018-07-09');
    expect(at(x!, '2021-03-26')).toBe(25.399999618530273);
    expect(at(x!, '2021-03-25')).toBe(23.899999618530273);
    expect(pct(at(x!, '2021-03-26') / at(x!, '2021-03-25') - 1)).toBe(6.28);
    expect(at(x!, '2021-03-26', 'volume')).toBe(329482838);
    const [gw] = load('data/hk/2333.HK.csv');
    expect(pct(at(gw!, '2021-03-26') / at(gw!, '2021-03-25') - 1)).toBe(10.38);
  });

  it('reads the index files with CRLF and caret tickers', () => {
    const [hsi] = load('data/indices/HSI.csv');
    expect(hsi!.ticker).toBe('^HSI');
    expect(hsi!.dates).toHaveLength(3770);
    expect(pct(at(hsi!, '2021-03-26') / at(hsi!, '2021-03-25') - 1)).toBe(1.57);
    const [sse] = load('data/indices/000001.SS.csv');
    expect(sse!.ticker).toBe('000001.SS');
    expect(pct(at(sse!, '2021-03-26') / at(sse!, '2021-03-25') - 1)).toBe(1.63);
  });

  it('reads yfinance history files (timestamped dates → local date; ticker from the file name)', () => {
    const [x] = load('data/hk/alt/1810.HK.history.csv');
    expect(x!.ticker).toBe('1810.HK');
    expect(x!.source!.format).toBe('yfinance-history');
    expect(x!.dates[0]).toBe('2020-01-02');
    expect(x!.dates.at(-1)).toBe('2025-05-22');
    expect(at(x!, '2021-03-26')).toBe(25.399999618530273);
    expect(at(x!, '2021-03-25')).toBe(23.899999618530273);
    expect(at(x!, '2021-03-26', 'volume')).toBe(329482838);
  });

  it('reads classic Yahoo files', () => {
    const [bidu] = load('data/us/BIDU.csv');
    expect(bidu!.ticker).toBe('BIDU');
    expect(bidu!.source!.format).toBe('yahoo');
    expect(bidu!.dates).toHaveLength(2516);
    expect(at(bidu!, '2021-03-26')).toBe(208.610001);
    expect(at(bidu!, '2021-03-25', 'volume')).toBe(24457400);
    const [nio] = load('data/us/ev/NIO.csv');
    expect(nio!.ticker).toBe('NIO');
    expect(at(nio!, '2021-03-26')).toBe(36.130001);
  });

  it('reads the S&P 500 long panel (ticker from Name; blank OHLC fields are fine)', () => {
    const [o] = load('data/us/sp500_5yr/individual_stocks_5yr/O_data.csv');
    expect(o!.ticker).toBe('O');
    expect(o!.source!.format).toBe('long');
    expect(o!.dates).toHaveLength(1243);
    expect(at(o!, '2015-07-17')).toBe(46.99);
    expect(at(o!, '2016-01-12')).toBe(52.43);
    expect(at(o!, '2016-01-12', 'volume')).toBe(0);
  });

  it('splits a long panel holding several tickers into one series each', () => {
    const aapl = read('data/us/sp500_5yr/individual_stocks_5yr/AAPL_data.csv');
    const msft = read('data/us/sp500_5yr/individual_stocks_5yr/MSFT_data.csv');
    const both = aapl + msft.slice(msft.indexOf('\n') + 1);
    const series = parsePrices(both);
    expect(series.map((s) => s.ticker)).toEqual(['AAPL', 'MSFT']);
    expect(series[0]!.dates).toHaveLength(1259);
    expect(series[0]!.close![0]).toBe(67.8542);
    expect(series[0]!.volume![0]).toBe(158168416);
    expect(series[1]!.dates[0]).toBe('2013-02-08');
  });

  it('reads the estudy2 wide panel (one series per column, NA = missing)', () => {
    const series = load('test/fixtures/estudy2/estudy2_prices.csv');
    expect(series.map((s) => s.ticker)).toEqual(['AMZN', 'ZM', 'UBER', 'NFLX', 'SHOP', 'FB', 'UPWK', 'GSPC']);
    const zm = series[1]!;
    expect(zm.source!.format).toBe('wide');
    expect(zm.source!.missingPrices).toBe(13);
    expect(zm.dates).toHaveLength(253 - 13);
    expect(Array.from(zm.close!).some(Number.isNaN)).toBe(false);
    expect(at(zm, '2020-03-31')).toBe(146.119995);
    expect(series[0]!.close![0]).toBe(1814.189941);
    expect(at(series[7]!, '2020-03-31')).toBe(2584.590088);
  });

  it('reads the Chinese vendor file (title line, 收盘价, 前收盘价, 股票代码)', () => {
    const [gw] = load('data/cn/sh601633.csv');
    expect(gw!.ticker).toBe('sh601633');
    expect(gw!.source!.format).toBe('cn-vendor');
    expect(gw!.dates).toHaveLength(2478);
    expect(at(gw!, '2021-03-26')).toBe(30.95);
    expect(at(gw!, '2021-03-26', 'prevClose')).toBe(28.14);
    expect(pct(at(gw!, '2021-03-26') / at(gw!, '2021-03-26', 'prevClose') - 1)).toBe(9.99);
    expect(at(gw!, '2021-03-26', 'volume')).toBe(43939114);
    const [renamed] = load('data/cn/sh601633.csv', { ticker: '601633.SS' });
    expect(renamed!.ticker).toBe('601633.SS');
  });

  it('reads a reversed plain file, sorting it and dropping exact duplicate rows', () => {
    const [alt] = load('data/cn/alt_601633.csv');
    expect(alt!.ticker).toBe('alt_601633');
    expect(alt!.source).toMatchObject({ format: 'plain', sorted: true, duplicateRows: 10, missingPrices: 0 });
    expect(alt!.dates[0]).toBe('2019-04-25');
    expect(alt!.dates.at(-1)).toBe('2023-04-04');
    expect(alt!.dates).toHaveLength(968 - 10);
    for (let i = 1; i < alt!.dates.length; i++) expect(alt!.dates[i - 1]! < alt!.dates[i]!).toBe(true);
    expect(at(alt!, '2021-03-26')).toBe(30.95);
    expect(at(alt!, '2021-03-25')).toBe(28.14);
    expect(at(alt!, '2019-07-24')).toBe(8.35);
  });

  it('reads EventStudyTools files (one series per trimmed id)', () => {
    const [sp] = load('test/fixtures/eventstudytools_sp500/03_MarketData.csv');
    expect(sp!.ticker).toBe('SP500');
    expect(sp!.source!.format).toBe('eventstudytools');
    expect(sp!.dates).toHaveLength(822);
    expect(sp!.dates[0]).toBe('1996-09-30');
    expect(sp!.close![0]).toBe(100);
    expect(sp!.close![1]).toBe(100.2575);
    const err = csvError(() => load('test/fixtures/eventstudytools_sp500/02_FirmData.csv'));
    expect(err.line).toBe(6368);
    expect(err.column).toBe(3);
    expect(err.message).toContain('negative price "-16.7500"');
    const firms = load('test/fixtures/eventstudytools_sp500/02_FirmData.csv', { negativePrices: 'abs' });
    expect(firms).toHaveLength(16);
    const progressive = firms.find((s) => s.ticker === 'Progressive');
    expect(progressive!.close![1]).toBe(57.875);
    expect(progressive!.dates[1]).toBe('1996-10-02');
    const od = firms.find((s) => s.ticker === 'Office Depot')!;
    expect(at(od, '1997-03-10')).toBe(16.75);
    expect(od.source!.negativePrices).toBe(2);
    const skipped = load('test/fixtures/eventstudytools_sp500/02_FirmData.csv', {
      negativePrices: 'missing',
    });
    const od2 = skipped.find((s) => s.ticker === 'Office Depot')!;
    expect(od2.dates).toHaveLength(821 - 2);
    expect(od2.dates.includes('1997-03-10')).toBe(false);
  });
});

describe('parsePrices on synthetic input', () => {
  it('handles BOM, CRLF, quoted thousands and blank lines', () => {
    const [s] = parsePrices(
      '\uFEFFdate,close,volume\r\n2021-01-04,"1,234.5","12,000"\r\n\r\n2021-01-05,1240,3\r\n\r\n',
      {
        ticker: 'X',
      },
    );
    expect(s!.dates).toEqual(['2021-01-04', '2021-01-05']);
    expect(Array.from(s!.close!)).toEqual([1234.5, 1240]);
    expect(Array.from(s!.volume!)).toEqual([12000, 3]);
  });

  it('uses Adj Close over Close', () => {
    const [s] = parsePrices('Date,Open,High,Low,Close,Adj Close,Volume\n2021-01-04,1,1,1,10,9.5,100\n', {
      ticker: 'X',
    });
    expect(s!.close![0]).toBe(9.5);
    expect(s!.source!.format).toBe('yahoo');
  });

  it('skips and counts missing prices (empty, null, NA, NaN)', () => {
    const text =
      'date,close\n2021-01-04,1\n2021-01-05,\n2021-01-06,null\n2021-01-07,NA\n2021-01-08,NaN\n2021-01-11,2\n';
    const [s] = parsePrices(text, { ticker: 'X' });
    expect(s!.dates).toEqual(['2021-01-04', '2021-01-11']);
    expect(s!.source!.missingPrices).toBe(4);
  });

  it('reads several tickers from a yfinance multi-ticker download', () => {
    const text =
      'Price,Close,Close,Volume,Volume\nTicker,AAPL,MSFT,AAPL,MSFT\nDate,,,,\n2021-01-04,129.4,217.7,143301900,37130100\n';
    const [a, m] = parsePrices(text);
    expect(a!.ticker).toBe('AAPL');
    expect(m!.ticker).toBe('MSFT');
    expect(m!.close![0]).toBe(217.7);
    expect(m!.volume![0]).toBe(37130100);
  });

  it('names the series after options.ticker, else the file name, else fails', () => {
    const text = 'date,close\n2021-01-04,1\n';
    expect(parsePrices(text, { ticker: 'T' })[0]!.ticker).toBe('T');
    expect(parsePrices(text, { file: 'x/y/ABC.DE.csv' })[0]!.ticker).toBe('ABC.DE');
    const e = csvError(() => parsePrices(text));
    expect(e.message).toContain('options.ticker');
    expect(e.line).toBe(1);
  });

  it('refuses options.ticker for a file with several series', () => {
    const e = csvError(() => parsePrices('date,A,B\n2021-01-04,1,2\n', { ticker: 'X' }));
    expect(e.message).toContain('holds 2');
  });

  it('resolves dd/mm/yyyy from a day over 12 in the column', () => {
    const [s] = parsePrices('date,close\n03/04/2021,1\n25/04/2021,2\n', { ticker: 'X' });
    expect(s!.dates).toEqual(['2021-04-03', '2021-04-25']);
    const [m] = parsePrices('date,close\n03/04/2021,1\n04/25/2021,2\n', { ticker: 'X' });
    expect(m!.dates).toEqual(['2021-03-04', '2021-04-25']);
  });

  it('accepts YYYYMMDD dates and forced formats', () => {
    const [s] = parsePrices('trade_date,close\n20210326,2\n', { ticker: 'X' });
    expect(s!.dates).toEqual(['2021-03-26']);
    const [w] = parsePrices('date,close\n2021-03-26,2\n', { format: 'wide' });
    expect(w!.ticker).toBe('close');
    expect(w!.source!.format).toBe('wide');
    const [p] = parsePrices('date,value\n2021-03-26,2\n', { format: 'plain', ticker: 'X' });
    expect(p!.close![0]).toBe(2);
  });

  const cases: [string, string, number, number, string][] = [
    ['empty file', '  \n\n', 1, 1, 'empty file'],
    ['no date column', 'foo,close\n1,2\n', 1, 1, 'no date column'],
    ['no price column', 'date,open\n2021-01-04,1\n', 1, 1, 'no price column'],
    ['no header', '2021-01-04,1\n2021-01-05,2\n', 1, 1, 'no header'],
    [
      'too many fields',
      'date,close\n2021-01-04,1\n2021-01-05,1,2\n',
      3,
      3,
      'ragged row: expected 2 fields, found 3',
    ],
    ['too few fields', 'date,close,volume\n2021-01-04,1\n', 2, 3, 'ragged row: expected 3 fields, found 2'],
    ['unparseable date', 'date,close\n2021-01-04,1\nxyz,2\n', 3, 1, 'unparseable date "xyz"'],
    ['ambiguous date', 'date,close\n03/04/2021,1\n05/04/2021,2\n', 2, 1, 'ambiguous date "03/04/2021"'],
    ['mixed day order', 'date,close\n13/04/2021,1\n04/25/2021,2\n', 3, 1, 'inconsistent dates'],
    ['impossible date', 'date,close\n2021-02-30,1\n', 2, 1, 'invalid calendar date "2021-02-30"'],
    ['month 13', 'date,close\n20211301,1\n', 2, 1, 'invalid calendar date'],
    ['zero price', 'date,close\n2021-01-04,0\n', 2, 2, 'zero price'],
    ['negative price', 'date,volume,close\n2021-01-04,5,-1.5\n', 2, 3, 'negative price "-1.5"'],
    ['infinite price', 'date,close\n2021-01-04,inf\n', 2, 2, 'non-finite price'],
    ['overflowing price', 'date,close\n2021-01-04,1e400\n', 2, 2, 'non-finite price'],
    ['text price', 'date,close\n2021-01-04,abc\n', 2, 2, 'non-numeric price "abc"'],
    ['negative volume', 'date,close,volume\n2021-01-04,1,-3\n', 2, 3, 'negative volume'],
    [
      'negative previous close',
      '交易日期,收盘价,前收盘价\n2021-01-04,1,-3\n',
      2,
      3,
      'negative previous close',
    ],
    [
      'conflicting duplicate',
      'date,close\n2021-01-04,1\n2021-01-05,2\n2021-01-04,1.5\n',
      4,
      2,
      'duplicate date 2021-01-04',
    ],
    [
      'quoted newline before error',
      'date,note,close\n2021-01-04,"a\nb",1\n2021-01-05,c,x\n',
      4,
      3,
      'non-numeric',
    ],
    ['unterminated quote', 'date,close\n2021-01-04,"1\n', 2, 2, 'malformed quoted field'],
    ['forced yfinance', 'date,close\n2021-01-04,1\n', 1, 1, 'not a yfinance file'],
    ['forced eventstudytools', 'date,close\n2021-01-04,1\n', 1, 1, 'not an EventStudyTools file'],
    ['forced long', 'date,close\n2021-01-04,1\n', 1, 1, 'not a long panel'],
    ['header only', 'date,close\n', 1, 1, 'no data rows'],
    ['empty ticker cell', 'date,close,Name\n2021-01-04,1, \n', 2, 3, 'empty ticker'],
  ];
  it.each(cases)('%s → CsvFormatError at the offending cell', (_, text, line, column, message) => {
    const format =
      _ === 'forced yfinance'
        ? 'yfinance'
        : _ === 'forced eventstudytools'
          ? 'eventstudytools'
          : _ === 'forced long'
            ? 'long'
            : undefined;
    const e = csvError(() =>
      parsePrices(text, { file: 'f.csv', ticker: 'X', ...(format ? { format } : {}) }),
    );
    expect(e.file).toBe('f.csv');
    expect([e.line, e.column]).toEqual([line, column]);
    expect(e.message).toContain(message);
    expect(e.message.startsWith(`f.csv, line ${line}, column ${column}: `)).toBe(true);
  });

  it('drops exact duplicates and counts them', () => {
    const [s] = parsePrices('date,close\n2021-01-05,2\n2021-01-04,1\n2021-01-05,2\n', { ticker: 'X' });
    expect(s!.dates).toEqual(['2021-01-04', '2021-01-05']);
    expect(s!.source).toMatchObject({ duplicateRows: 1, sorted: true });
  });
});

describe('parsePrices properties', () => {
  const day = fc
    .integer({ min: 0, max: 20000 })
    .map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86400000).toISOString().slice(0, 10));
  const price = fc.double({ min: 1e-6, max: 1e9, noNaN: true, noDefaultInfinity: true });

  it('round-trips a generated plain CSV in any row order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(day, { minLength: 1, maxLength: 40 }),
        fc.array(price, { minLength: 40, maxLength: 40 }),
        fc.boolean(),
        (dates, prices, crlf) => {
          const eol = crlf ? '\r\n' : '\n';
          const rows = dates.map((d, i) => `${d},${prices[i]}`);
          const [s] = parsePrices(`date,close${eol}${rows.join(eol)}${eol}`, { ticker: 'P' });
          const expected = dates
            .map((d, i) => [d, prices[i]!] as const)
            .sort((a, b) => (a[0] < b[0] ? -1 : 1));
          expect(s!.dates).toEqual(expected.map((e) => e[0]));
          expect(Array.from(s!.close!)).toEqual(expected.map((e) => e[1]));
        },
      ),
    );
  });

  it('only ever throws CsvFormatError on arbitrary text', () => {
    const token = fc.constantFrom(
      ',',
      ';',
      '\n',
      '\r\n',
      '"',
      'date',
      'close',
      'Price',
      'Ticker',
      '2021-03-04',
      '03/04/2021',
      '1.5',
      '-2',
      'NA',
      ' ',
      'x',
      '\uFEFF',
      '交易日期',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(token, { maxLength: 60 }).map((t) => t.join('')),
    );
    fc.assert(
      fc.property(
        text,
        fc.option(fc.constantFrom('plain', 'wide', 'yfinance', 'long', 'eventstudytools' as const)),
        (t, format) => {
          try {
            const out = parsePrices(t, format === null ? { ticker: 'X' } : { format, ticker: 'X' });
            for (const s of out) for (const v of s.close!) expect(v > 0 && Number.isFinite(v)).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(CsvFormatError);
          }
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});
