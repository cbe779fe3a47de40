/**
 * Issue 20, class 2: prices that are doubles but not prices. `5e-324` was accepted, and a jump
 * from 1e-300 to 1e300 made AR = Infinity in an included event with no note. Now a price outside
 * [PRICE_FLOOR, PRICE_CEILING] is a CsvFormatError in a file and a ConfigError in a hand-built
 * series, and inside the bounds even the largest possible jump keeps every number finite.
 * The extreme series is the real 1810.HK series with two prices replaced (synthetic where the
 * property needs it).
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, CsvFormatError } from '../../src/errors';
import { parsePrices } from '../../src/io/parse-prices';
import { PRICE_CEILING, PRICE_FLOOR } from '../../src/io/price-bounds';
import { eventStudy } from '../../src/study/event-study';
import type { PriceSeries, StudyResult } from '../../src/types';
import { xiaomiPrices } from '../helpers/xiaomi';

const prices = xiaomiPrices();
const xiaomi = prices.find((series) => series.ticker === '1810.HK')!;

/** 1810.HK with `values` written over the prices at the given offsets before 2021-03-26. */
function withPrices(values: [number, number][]): PriceSeries {
  const close = Float64Array.from(xiaomi.close!);
  const day0 = xiaomi.dates.indexOf('2021-03-26');
  for (const [offset, value] of values) close[day0 + offset] = value;
  return { ticker: 'X.HK', dates: xiaomi.dates, close };
}

function everyNumber(result: StudyResult): number[] {
  const out: number[] = [];
  for (const event of result.events) {
    out.push(...event.ar, ...event.sar, ...event.car, ...event.t, ...event.pValue, event.model.sigma);
    for (const car of event.cars) out.push(car.car, car.scar, car.bhar, car.t, car.pValue);
  }
  out.push(...result.aar, ...result.caar);
  for (const car of result.cars) out.push(car.caar, car.abhar);
  return out;
}

describe('prices below a sane floor or above a ceiling (issue 20, class 2)', () => {
  it.each(['5e-324', '1e-300', '1e300', '0.00000000001'])(
    '%s in a file is a CsvFormatError at its cell',
    (price) => {
      let error: unknown;
      try {
        parsePrices(`date,close\n2021-03-25,1\n2021-03-26,${price}\n`, { ticker: 'X' });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CsvFormatError);
      expect((error as CsvFormatError).message).toMatch(/(floor|ceiling) of/);
      expect((error as CsvFormatError).line).toBe(3);
      expect((error as CsvFormatError).column).toBe(2);
    },
  );

  it('the bounds themselves are prices', () => {
    const [series] = parsePrices(`date,close\n2021-03-25,${PRICE_FLOOR}\n2021-03-26,${PRICE_CEILING}\n`, {
      ticker: 'X',
    });
    expect(Array.from(series!.close!)).toEqual([PRICE_FLOOR, PRICE_CEILING]);
  });

  it('in a hand-built series it is a ConfigError naming the entry', () => {
    const series = withPrices([
      [-1, 1e-300],
      [0, 1e300],
    ]);
    let error: unknown;
    try {
      eventStudy({
        prices: [...prices, series],
        events: [{ ticker: 'X.HK', date: '2021-03-26' }],
        market: '^HSI',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).path).toMatch(/^prices\[5\]\.close\[\d+\]$/);
  });

  it('the widest jump the bounds allow, in the event and estimation windows, leaves every number finite', () => {
    const series = withPrices([
      [-1, PRICE_FLOOR],
      [0, PRICE_CEILING],
      [-40, PRICE_FLOOR],
      [-39, PRICE_CEILING],
    ]);
    const result = eventStudy({
      prices: [...prices, series],
      events: [
        { ticker: 'X.HK', date: '2021-03-26' },
        { ticker: '1810.HK', date: '2021-03-26' },
        { ticker: '2333.HK', date: '2021-03-26' },
      ],
      market: '^HSI',
      tests: 'all',
    });
    expect(result.events).toHaveLength(3);
    expect(result.events[0]!.ar[5]).toBeGreaterThan(1e20);
    expect(everyNumber(result).every(Number.isFinite)).toBe(true);
    for (const [name, series] of Object.entries(result.tests)) {
      if (series.statistic.some((value) => !Number.isFinite(value))) expect(series.note, name).toBeTruthy();
    }
  });
});
