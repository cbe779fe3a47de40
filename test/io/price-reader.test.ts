import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/errors';
import { createPriceReader, parsePrices } from '../../src/io/parse-prices';
import { DATA } from '../helpers/xiaomi';

/** Splits text into pieces of whole lines, about `size` characters each. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', Math.min(text.length - 1, start + size));
    end = end < 0 ? text.length : end + 1;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

function readInPieces(text: string, size: number, options: Parameters<typeof createPriceReader>[1] = {}) {
  const parts = pieces(text, size);
  const reader = createPriceReader(parts[0]!, options);
  let lines = 0;
  for (const part of parts) {
    reader.feed(part, lines);
    lines += part.split('\n').length - 1;
  }
  return reader.finish();
}

// Two long-panel files of the S&P 500 folder, one after the other: 2 tickers, 2,518 rows.
const panel =
  readFileSync(join(DATA, 'us/sp500_5yr/individual_stocks_5yr/AAPL_data.csv'), 'utf8') +
  readFileSync(join(DATA, 'us/sp500_5yr/individual_stocks_5yr/MSFT_data.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .join('\n');

describe('createPriceReader (a file read in chunks)', () => {
  it('gives what parsePrices gives on the whole text, whatever the chunk size', () => {
    const whole = parsePrices(panel, { file: 'panel.csv' });
    expect(whole.map((s) => s.ticker)).toEqual(['AAPL', 'MSFT']);
    for (const size of [100, 4096, 50_000])
      expect(readInPieces(panel, size, { file: 'panel.csv' })).toEqual(whole);
  });

  it('keeps only the tickers asked for', () => {
    const kept = readInPieces(panel, 4096, { file: 'panel.csv', tickers: ['MSFT'] });
    expect(kept.map((s) => s.ticker)).toEqual(['MSFT']);
    expect(kept[0]).toEqual(parsePrices(panel, { file: 'panel.csv' })[1]);
    expect(parsePrices(panel, { tickers: ['AAPL'] }).map((s) => s.ticker)).toEqual(['AAPL']);
  });

  it('gives errors the line of the whole file', () => {
    const lines = panel.split('\n');
    lines[2000] = lines[2000]!.replace(/,[0-9.]+,(\d+),MSFT/, ',-1,$1,MSFT');
    const broken = lines.join('\n');
    const message = (() => {
      try {
        readInPieces(broken, 1000);
      } catch (error) {
        expect(error).toBeInstanceOf(CsvFormatError);
        return (error as CsvFormatError).line;
      }
      return undefined;
    })();
    expect(message).toBe(2001);
  });
});
