import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/errors';
import { combinePriceFiles } from '../../src/io/combine-price-files';
import type { PriceSeries } from '../../src/types';

const s = (ticker: string): PriceSeries => ({ ticker, dates: ['2021-03-26'], close: Float64Array.of(1) });

describe('combinePriceFiles', () => {
  it('concatenates in file order and filters tickers', () => {
    const files = [
      { file: 'a.csv', series: [s('A'), s('B')] },
      { file: 'c.csv', series: [s('C')] },
    ];
    expect(combinePriceFiles(files).map((x) => x.ticker)).toEqual(['A', 'B', 'C']);
    expect(combinePriceFiles(files, ['C', 'A']).map((x) => x.ticker)).toEqual(['A', 'C']);
  });

  it('names both files of a duplicate ticker', () => {
    const files = [
      { file: 'hk/1810.HK.csv', series: [s('1810.HK')] },
      { file: 'alt/1810.HK.history.csv', series: [s('1810.HK')] },
    ];
    try {
      combinePriceFiles(files);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvFormatError);
      expect((e as CsvFormatError).file).toBe('alt/1810.HK.history.csv');
      expect((e as CsvFormatError).message).toContain('hk/1810.HK.csv');
    }
    expect(combinePriceFiles(files, ['X'])).toEqual([]);
  });
});
