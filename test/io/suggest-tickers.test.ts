import { describe, expect, it } from 'vitest';
import { suggestTickers } from '../../src/io/suggest-tickers';

const known = [
  '^HSI',
  '1810.HK',
  '0175.HK',
  '2333.HK',
  '601633.SS',
  '000001.SS',
  'AAPL',
  'MSFT',
  'NIO',
  'GSPC',
];

describe('suggestTickers', () => {
  it.each([
    ['HSI', ['^HSI']],
    ['1810', ['1810.HK']],
    ['175.HK', ['0175.HK']],
    ['aapl', ['AAPL']],
    ['601633', ['601633.SS']],
    ['APPL', ['AAPL']],
    ['MSFTT', ['MSFT']],
    ['ZZZZZZ', []],
  ])('%s → %j', (name, expected) => {
    expect(suggestTickers(name, known)).toEqual(expected);
  });

  it('puts exact and case matches before edit-distance ones', () => {
    expect(suggestTickers('nio', ['NIA', 'NIO', 'nio'])).toEqual(['nio', 'NIO', 'NIA']);
    expect(suggestTickers('nio', ['NIA', 'NIO', 'nio'])[0]).toBe('nio');
    expect(suggestTickers('nio', ['NIA', 'NIO'])).toEqual(['NIO', 'NIA']);
  });

  it('returns at most five', () => {
    expect(suggestTickers('AB', ['AA', 'AC', 'AD', 'AE', 'AF', 'AG', 'AH'])).toHaveLength(5);
  });
});
