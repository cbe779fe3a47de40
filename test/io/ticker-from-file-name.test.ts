import { describe, expect, it } from 'vitest';
import { tickerFromFileName } from '../../src/io/ticker-from-file-name';

describe('tickerFromFileName', () => {
  it.each([
    ['data/hk/1810.HK.csv', '1810.HK'],
    ['C:\\data\\BIDU.CSV', 'BIDU'],
    ['data/hk/alt/0175.HK.history.csv', '0175.HK'],
    ['prices/^GSPC.txt', '^GSPC'],
    ['1810.HK', '1810.HK'],
    ['dir/.csv', undefined],
  ])('%s → %s', (file, ticker) => {
    expect(tickerFromFileName(file)).toBe(ticker);
  });
});
