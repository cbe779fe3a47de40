import { describe, expect, it } from 'vitest';
import { alignedReturns } from '../../src/returns/align-returns';
import { bundled } from '../helpers/xiaomi';

const calendar = ['2021-03-24', '2021-03-25', '2021-03-26', '2021-03-29', '2021-03-30'];

describe('alignedReturns', () => {
  it('uses the previous calendar date and skips returns that span a hole', () => {
    const series = {
      ticker: 'X',
      dates: ['2021-03-23', '2021-03-24', '2021-03-25', '2021-03-29', '2021-03-30'],
      close: new Float64Array([50, 100, 110, 121, 133.1]),
    };
    const simple = alignedReturns(series, calendar);
    expect(Number.isNaN(simple[0]!)).toBe(true); // no previous calendar date
    expect(simple[1]).toBeCloseTo(0.1, 15);
    expect(Number.isNaN(simple[2]!)).toBe(true); // no price on 03-26
    expect(Number.isNaN(simple[3]!)).toBe(true); // 03-25 → 03-29 spans the hole
    expect(simple[4]).toBeCloseTo(0.1, 15);
    expect(alignedReturns(series, calendar, 'log')[1]).toBeCloseTo(Math.log(1.1), 15);
  });

  it('uses the vendor previous close where the file has one', () => {
    const series = {
      ticker: 'X',
      dates: ['2021-03-24', '2021-03-25'],
      close: new Float64Array([100, 55]),
      prevClose: new Float64Array([99, 50]), // e.g. a 2-for-1 split on 03-25
    };
    expect(alignedReturns(series, calendar)[1]).toBeCloseTo(0.1, 15);
  });

  it('gives the published 2021-03-26 returns on the real files', () => {
    const hsi = bundled('indices/HSI.csv')[0]!;
    const xiaomi = bundled('hk/1810.HK.csv')[0]!;
    const greatWallA = bundled('cn/sh601633.csv', '601633.SS')[0]!;
    const sse = bundled('indices/000001.SS.csv')[0]!;
    const day = hsi.dates.indexOf('2021-03-26');
    expect(alignedReturns(xiaomi, hsi.dates)[day]! * 100).toBeCloseTo(6.28, 2);
    expect(alignedReturns(hsi, hsi.dates)[day]! * 100).toBeCloseTo(1.57, 2);
    const sseDay = sse.dates.indexOf('2021-03-26');
    expect(alignedReturns(greatWallA, sse.dates)[sseDay]! * 100).toBeCloseTo(9.99, 2);
  });

  it('matches a plain by-date lookup on the S&P 500 panel against a longer benchmark calendar', () => {
    // The one-pass walk (bisection to the series' first date, pointer test, string comparison
    // only off the calendar) against the definition read literally: a Map from date to row.
    const gspc = bundled('indices/GSPC.csv')[0]!; // 2010–2025: years longer than the listings
    const listings = ['AAL', 'AAPL', 'ZTS'].map(
      (t) => bundled(`us/sp500_5yr/individual_stocks_5yr/${t}_data.csv`)[0]!,
    );
    for (const series of listings) {
      // holes (a day off the calendar, a missing price) as well as the real rows
      const holed = {
        ...series,
        close: Float64Array.from(series.close!, (p, i) => (i % 97 === 5 ? Number.NaN : p)),
      };
      for (const kind of ['simple', 'log'] as const) {
        const got = alignedReturns(holed, gspc.dates, kind);
        const want = byDateLookup(holed, gspc.dates, kind);
        expect(Array.from(got)).toEqual(Array.from(want));
      }
    }
  });

  it('matches the by-date lookup with rows off the calendar, prevClose and a shorter calendar', () => {
    const series = {
      ticker: 'X',
      dates: [
        '2021-03-20',
        '2021-03-24',
        '2021-03-25',
        '2021-03-27',
        '2021-03-29',
        '2021-03-30',
        '2021-04-02',
      ],
      close: new Float64Array([9, 100, 110, 111, 121, 0, 140]),
      prevClose: new Float64Array([8, 98, 100, 110, 111, 121, 139]),
    };
    for (const kind of ['simple', 'log'] as const) {
      expect(Array.from(alignedReturns(series, calendar, kind))).toEqual(
        Array.from(byDateLookup(series, calendar, kind)),
      );
      const { prevClose: _prevClose, ...plain } = series;
      expect(Array.from(alignedReturns(plain, calendar, kind))).toEqual(
        Array.from(byDateLookup(plain, calendar, kind)),
      );
    }
    expect(
      Array.from(alignedReturns({ ticker: 'E', dates: [], close: new Float64Array(0) }, calendar)),
    ).toEqual(calendar.map(() => Number.NaN));
  });
});

/** The rule of alignedReturns read literally: both calendar days priced (> 0), base = prevClose or the day before. */
function byDateLookup(
  series: { dates: readonly string[]; close?: Float64Array; prevClose?: Float64Array },
  dates: readonly string[],
  kind: 'simple' | 'log',
): Float64Array {
  const row = new Map(series.dates.map((d, i) => [d, i]));
  const price = (d: string | undefined) => {
    const i = d === undefined ? undefined : row.get(d);
    return i === undefined ? Number.NaN : series.close![i]!;
  };
  return Float64Array.from(dates, (d, t) => {
    const p = price(d);
    const before = price(dates[t - 1]);
    if (t === 0 || !(p > 0) || !(before > 0)) return Number.NaN;
    const base = series.prevClose ? series.prevClose[row.get(d)!]! : before;
    if (!(base > 0)) return Number.NaN;
    return kind === 'log' ? Math.log(p / base) : p / base - 1;
  });
}
