/** Numerical safety (issue 7): extreme price levels, near-collinear factors, boundary windows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFactors } from '../../src/io/parse-factors';
import { eventStudy } from '../../src/study/event-study';
import type { FactorTable, PriceSeries } from '../../src/types';
import { bundled, DATA, xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

const prices = xiaomiPrices();
const xiaomi = xiaomiEvents.slice(0, 1);

describe('numerical safety', () => {
  it.each([1e-7, 1e8])('prices scaled into 1e-6 … 1e9 (× %d) give the same ARs', (factor) => {
    const scaled = prices.map(
      (series): PriceSeries =>
        series.ticker === '1810.HK'
          ? { ...series, close: series.close!.map((price) => price * factor) }
          : series,
    );
    const base = eventStudy({ prices, events: xiaomi }).events[0]!;
    const extreme = eventStudy({ prices: scaled, events: xiaomi }).events[0]!;
    const prices1810 = scaled.find((series) => series.ticker === '1810.HK')!.close!;
    // Xiaomi trades at HK$ 8–30, so the scaled series really reaches the ends of the range
    if (factor < 1) expect(Math.min(...prices1810)).toBeLessThan(1e-5);
    else expect(Math.max(...prices1810)).toBeGreaterThan(1e9);
    extreme.ar.forEach((value, j) => {
      expect(value).toBeCloseTo(base.ar[j]!, 12);
    });
    expect(extreme.cars[0]!.scar).toBeCloseTo(base.cars[0]!.scar, 10);
  });

  it('near-collinear factors are refused with a reason, never fitted into noise', () => {
    const ff3 = parseFactors(
      readFileSync(join(DATA, 'factors', 'F-F_Research_Data_Factors_daily.CSV'), 'utf8'),
    );
    const smb = ff3.factors['SMB']!;
    const collinear: FactorTable = {
      dates: ff3.dates,
      factors: { ...ff3.factors, HML: smb.map((value, i) => value * (1 + 1e-14 * (i % 3))) },
    };
    const sp = [
      ...bundled('indices/GSPC.csv'),
      ...bundled('us/sp500_5yr/individual_stocks_5yr/AAPL_data.csv'),
    ];
    const result = eventStudy({
      prices: sp,
      events: [{ ticker: 'AAPL', date: '2016-11-09' }],
      market: '^GSPC',
      model: 'ff3',
      factors: collinear,
    });
    expect(result.excluded[0]?.code).toBe('zero-variance');
    expect(result.excluded[0]?.reason).toMatch(/collinear/);
    // the genuine factors fit fine
    const fine = eventStudy({
      prices: sp,
      events: [{ ticker: 'AAPL', date: '2016-11-09' }],
      market: '^GSPC',
      model: 'ff3',
      factors: ff3,
    });
    expect(fine.events).toHaveLength(1);
  });

  it('an estimation window with exactly minObservations usable days is enough, one fewer is not', () => {
    // Xiaomi listed 2018-07-09: on 2018-10-15 its estimation window is clipped by the listing
    const event = [{ ticker: '1810.HK', date: '2018-10-15', market: '^HSI' }];
    const m = eventStudy({ prices, events: event, estimation: { minObservations: 3 } }).events[0]!.model.n;
    expect(m).toBeGreaterThan(20);
    expect(eventStudy({ prices, events: event, estimation: { minObservations: m } }).events).toHaveLength(1);
    const short = eventStudy({ prices, events: event, estimation: { minObservations: m + 1 } });
    expect(short.excluded[0]?.code).toBe('estimation-too-short');
  });

  it('events on the first and last dates of the data', () => {
    const first = hsiDate(0);
    const last = hsiDate(-1);
    expect(
      eventStudy({ prices, events: [{ ticker: '2333.HK', date: first, market: '^HSI' }] }).excluded[0]?.code,
    ).toBe('window-outside-data');
    const atEnd = eventStudy({
      prices,
      events: [{ ticker: '2333.HK', date: last, market: '^HSI' }],
      window: [-5, 0],
      carWindows: [[-1, 0]],
    });
    expect(atEnd.events[0]?.day0).toBe(last);
    expect(atEnd.events[0]!.ar.every(Number.isFinite)).toBe(true);
  });
});

function hsiDate(index: number): string {
  const dates = prices.find((series) => series.ticker === '^HSI')!.dates;
  return dates.at(index)!;
}
