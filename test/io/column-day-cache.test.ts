/**
 * createColumnDayCache: the day number and name of every date form, against hand-worked dates and
 * against columnDate (the reader it caches), including its rejections and its throw.
 */
import { describe, expect, it } from 'vitest';
import { columnDate } from '../../src/io/column-date';
import { createColumnDayCache, NO_DAY } from '../../src/io/column-day-cache';

describe('createColumnDayCache', () => {
  it('reads every form of 2016-01-04 (day 16804) to one day and one name', () => {
    const cache = createColumnDayCache(8);
    // 16804 = 46 years × 365 + 12 leap days (1972 … 2016) + 3: worked by hand
    const forms: unknown[] = [
      16804,
      20160104,
      Date.UTC(2016, 0, 4, 15, 30),
      new Date(Date.UTC(2016, 0, 4)),
      '2016-01-04',
      '20160104',
    ];
    for (const form of forms) {
      expect(cache.day(form)).toBe(16804);
      expect(cache.name(16804)).toBe('2016-01-04');
    }
    // the second look-up of an integer cell comes from the window
    expect(cache.rawDays[16804 - cache.rawLo]).toBe(16804);
    expect(cache.rawDays[20160104 - cache.rawLo]).toBeUndefined(); // outside the window: a map
    expect(cache.rawDays[16805 - cache.rawLo]).toBe(NO_DAY);
  });

  it('agrees with columnDate cell by cell, rejections included, and throws where it throws', () => {
    const cache = createColumnDayCache(4);
    const cells: unknown[] = [
      -1,
      0,
      19_000,
      19_000.5,
      20_240_229,
      20_230_229,
      '2024-02-30',
      'soon',
      null,
      undefined,
      5n,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      new Date(Number.NaN),
      1_700_000_000_000,
      -86_400_001,
    ];
    for (const cell of [...cells, ...cells]) {
      const text = columnDate(cell);
      const day = cache.day(cell);
      if (text === undefined) expect(day).toBeNaN();
      else expect(cache.name(day)).toBe(text);
    }
    expect(() => columnDate(2_999_999)).toThrow(/outside the years/);
    expect(() => cache.day(2_999_999)).toThrow(/outside the years/);
  });
});
