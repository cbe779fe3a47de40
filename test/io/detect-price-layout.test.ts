import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/errors';
import { detectPriceLayout } from '../../src/io/detect-price-layout';

const detect = (rows: string[][], format?: Parameters<typeof detectPriceLayout>[3]) =>
  detectPriceLayout(
    rows,
    rows.map((_, i) => i + 1),
    ',',
    format,
  );

describe('detectPriceLayout', () => {
  it.each([
    [
      [
        ['Price', 'Close', 'Volume'],
        ['Ticker', '^HSI', '^HSI'],
        ['Date', '', ''],
        ['2021-03-26', '1', '2'],
      ],
      'yfinance',
    ],
    [[['Date', 'Open', 'High', 'Low', 'Close', 'Volume', 'Dividends', 'Stock Splits']], 'yfinance-history'],
    [
      [
        ['Date', 'Open', 'Close'],
        ['2021-03-26 00:00:00+08:00', '1', '2'],
      ],
      'yfinance-history',
    ],
    [[['Date', 'Open', 'High', 'Low', 'Close', 'Adj Close', 'Volume']], 'yahoo'],
    [[['date', 'open', 'high', 'low', 'close', 'volume', 'Name']], 'long'],
    [[['ts_code', 'trade_date', 'close', 'pre_close', 'vol']], 'long'],
    [[['date', 'AMZN', 'ZM']], 'wide'],
    [[['数据由邢不行整理'], ['股票代码', '交易日期', '收盘价', '前收盘价', '成交量']], 'cn-vendor'],
    [[['date', 'volume', 'low', 'close']], 'plain'],
    [[['Cincinnati', '01.10.1996', '58.0000']], 'eventstudytools'],
  ] as const)('%j → %s', (rows, format) => {
    expect(detect(rows.map((r) => [...r])).format).toBe(format);
  });

  it('finds the columns of a Chinese vendor file below its title line', () => {
    const l = detect([['title'], ['股票代码', '股票名称', '交易日期', '收盘价', '前收盘价', '成交量']]);
    expect(l).toMatchObject({ headerRows: 2, dateColumn: 2, tickerColumn: 0, width: 6 });
    expect(l.targets).toEqual([{ close: 3, prevClose: 4, volume: 5 }]);
  });

  it('prefers Adj Close and finds volume', () => {
    const l = detect([['Date', 'Close', 'Adj Close', 'Volume']]);
    expect(l.targets).toEqual([{ close: 2, prevClose: -1, volume: 3 }]);
  });

  it('says why a forced format does not fit', () => {
    expect(() => detect([['date', 'close']], 'yfinance')).toThrow(CsvFormatError);
    expect(() => detect([['date', 'close']], 'long')).toThrow(/ticker column/);
    expect(() => detect([['date', 'open', 'close2']])).toThrow(/no price column/);
    expect(() => detect([['date', 'A', 'A']])).toThrow(/duplicate column A/);
  });
});
