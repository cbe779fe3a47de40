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
});
