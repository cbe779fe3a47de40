import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/errors';
import { createSeriesBuilder, finishSeries, pushSeriesRow } from '../../src/io/series-builder';

describe('series builder', () => {
  it('grows past its capacity and keeps sorted input as is', () => {
    const b = createSeriesBuilder('X', true, true, 1);
    const day = (i: number) => new Date(Date.UTC(2021, 0, 1) + i * 86400000).toISOString().slice(0, 10);
    for (let i = 0; i < 40; i++) pushSeriesRow(b, day(i), i + 1, i, 10 * i, i + 2);
    const s = finishSeries(b, { format: 'plain', priceColumn: 2 });
    expect(s.dates).toHaveLength(40);
    expect(s.dates[39]).toBe('2021-02-09');
    expect(s.close![39]).toBe(40);
    expect(s.prevClose![39]).toBe(39);
    expect(s.volume![39]).toBe(390);
    expect(s.close).toHaveLength(40);
    expect(s.source).toEqual({ format: 'plain', missingPrices: 0, duplicateRows: 0, sorted: false });
  });

  it('reverses, sorts, drops exact duplicates, and refuses conflicting ones', () => {
    const b = createSeriesBuilder('X', false, false, 4);
    pushSeriesRow(b, '2021-01-03', 3, Number.NaN, Number.NaN, 2);
    pushSeriesRow(b, '2021-01-01', 1, Number.NaN, Number.NaN, 3);
    pushSeriesRow(b, '2021-01-02', 2, Number.NaN, Number.NaN, 4);
    pushSeriesRow(b, '2021-01-02', 2, Number.NaN, Number.NaN, 5);
    const s = finishSeries(b, { file: 'f', format: 'plain', priceColumn: 2 });
    expect(s.dates).toEqual(['2021-01-01', '2021-01-02', '2021-01-03']);
    expect(Array.from(s.close!)).toEqual([1, 2, 3]);
    expect(s.source).toEqual({
      file: 'f',
      format: 'plain',
      missingPrices: 0,
      duplicateRows: 1,
      sorted: true,
    });
    pushSeriesRow(b, '2021-01-01', 1.5, Number.NaN, Number.NaN, 6);
    try {
      finishSeries(b, { file: 'f', format: 'plain', priceColumn: 2 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvFormatError);
      expect([(e as CsvFormatError).line, (e as CsvFormatError).column]).toEqual([6, 2]);
    }
  });

  it('reverses a newest-first series', () => {
    const b = createSeriesBuilder('X', false, false, 2);
    pushSeriesRow(b, '2021-01-02', 2, Number.NaN, Number.NaN, 2);
    pushSeriesRow(b, '2021-01-01', 1, Number.NaN, Number.NaN, 3);
    const s = finishSeries(b, { format: 'plain', priceColumn: 2 });
    expect(s.dates).toEqual(['2021-01-01', '2021-01-02']);
    expect(s.source!.sorted).toBe(true);
  });
});
