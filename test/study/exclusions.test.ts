/**
 * Every exclusion code of METHODS.md §6 triggered on the bundled real data (zero-variance on a
 * synthetic constant series, since no real listing has one), and the order of precedence.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors';
import { eventStudy } from '../../src/study/event-study';
import type { EventSpec, PriceSeries } from '../../src/types';
import { bundled, xiaomiPrices } from '../helpers/xiaomi';

const prices = xiaomiPrices();

function only(event: EventSpec, extra: Partial<Parameters<typeof eventStudy>[0]> = {}) {
  const result = eventStudy({ prices, events: [event], ...extra });
  expect(result.events.length + result.excluded.length).toBe(1);
  return result.excluded[0];
}

describe('exclusions', () => {
  it('unknown-ticker, with the close tickers suggested', () => {
    const exclusion = only({ ticker: 'HSI', date: '2021-03-26', market: '^HSI' });
    expect(exclusion?.code).toBe('unknown-ticker');
    expect(exclusion?.reason).toContain("'^HSI'");
  });

  it('unknown-benchmark: a misspelt benchmark, or none for the market model', () => {
    expect(only({ ticker: '1810.HK', date: '2021-03-26', market: 'HSI' })?.code).toBe('unknown-benchmark');
    const none = only({ ticker: '1810.HK', date: '2021-03-26' });
    expect(none?.code).toBe('unknown-benchmark');
    expect(none?.reason).toContain('needs a benchmark');
    // the mean-adjusted model needs none: the listing's own dates are the calendar
    expect(only({ ticker: '1810.HK', date: '2021-03-26' }, { model: 'mean-adjusted' })).toBeUndefined();
  });

  it('non-trading-day under the skip rule (Saturday 2021-03-27)', () => {
    const event = { ticker: '1810.HK', date: '2021-03-27', market: '^HSI' };
    expect(only(event, { nonTradingDay: 'skip' })?.code).toBe('non-trading-day');
    const next = eventStudy({ prices, events: [event] }).events[0]!;
    expect([next.day0, next.shift, next.reason]).toEqual(['2021-03-29', 2, 'non-trading-day']);
    const previous = eventStudy({ prices, events: [event], nonTradingDay: 'previous' }).events[0]!;
    expect([previous.day0, previous.shift]).toEqual(['2021-03-26', -1]);
  });

  it('window-outside-data at both ends of the Hang Seng calendar (2010-01-04 .. 2025-04-29)', () => {
    expect(only({ ticker: '2333.HK', date: '2010-01-06', market: '^HSI' })?.code).toBe('window-outside-data');
    expect(only({ ticker: '1810.HK', date: '2025-04-25', market: '^HSI' })?.code).toBe('window-outside-data');
    expect(only({ ticker: '1810.HK', date: '2025-06-02', market: '^HSI' })?.code).toBe('window-outside-data');
  });

  it('event-window-gap: Great Wall A was suspended 2015-06-19 .. 2015-07-10', () => {
    const exclusion = only({ ticker: '601633.SS', date: '2015-06-23', market: '000001.SS' });
    expect(exclusion?.code).toBe('event-window-gap');
    expect(exclusion?.reason).toContain('2015-06-19');
  });

  it('estimation-too-short: Xiaomi listed on 2018-07-09', () => {
    const exclusion = only({ ticker: '1810.HK', date: '2018-09-03', market: '^HSI' });
    expect(exclusion?.code).toBe('estimation-too-short');
    expect(exclusion?.reason).toMatch(/only \d+ usable estimation days/);
    // with a lower minimum the same event is studied on what is there
    const result = eventStudy({
      prices,
      events: [{ ticker: '1810.HK', date: '2018-09-03', market: '^HSI' }],
      estimation: { minObservations: 20 },
    });
    expect(result.events[0]!.model.n).toBeGreaterThanOrEqual(20);
    expect(result.events[0]!.model.n).toBeLessThan(100);
  });

  it('says when the listing joined the data: APTV (S&P 500 panel) starts on 2017-12-05', () => {
    const sp500 = [
      ...bundled('indices/GSPC.csv'),
      ...bundled('us/sp500_5yr/individual_stocks_5yr/APTV_data.csv'),
    ];
    const study = (date: string) =>
      eventStudy({ prices: sp500, events: [{ ticker: 'APTV', date }], market: '^GSPC' }).excluded[0];
    const before = study('2016-11-09');
    expect(before?.code).toBe('event-window-gap');
    expect(before?.reason).toBe(
      'no usable return on 2016-11-02 (day -5): APTV or ^GSPC has no price that day or on 2016-11-01; ' +
        "APTV's prices start on 2017-12-05",
    );
    // a month after the listing: the window is there, the estimation window is not
    const after = study('2018-01-05');
    expect(after?.code).toBe('estimation-too-short');
    expect(after?.reason).toMatch(/; APTV's prices start on 2017-12-05$/);
  });

  it('zero-variance: constant prices (synthetic: no real listing is flat for a year)', () => {
    const hsi = prices.find((series) => series.ticker === '^HSI')!;
    const flat: PriceSeries = {
      ticker: 'FLAT',
      dates: hsi.dates,
      close: new Float64Array(hsi.dates.length).fill(10),
    };
    const result = eventStudy({
      prices: [hsi, flat],
      events: [{ ticker: 'FLAT', date: '2021-03-26' }],
      market: '^HSI',
    });
    expect(result.excluded[0]?.code).toBe('zero-variance');
  });

  it('factors-missing: the Fama–French file ends on 2024-12-31', async () => {
    const { parseFactors } = await import('../../src/io/parse-factors');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { DATA } = await import('../helpers/xiaomi');
    const factors = parseFactors(
      readFileSync(join(DATA, 'factors', 'F-F_Research_Data_Factors_daily.CSV'), 'utf8'),
    );
    const gspc = bundled('indices/GSPC.csv');
    const bidu = bundled('us/BIDU.csv', 'BIDU');
    const spec = { prices: [...gspc, ...bidu, ...prices], factors, model: 'ff3' as const };
    const late = eventStudy({ ...spec, events: [{ ticker: '1810.HK', date: '2024-12-27', market: '^HSI' }] });
    expect(late.excluded[0]?.code).toBe('factors-missing');
    expect(late.excluded[0]?.reason).toContain('2025-01-02');
  });

  it('reports the first applicable code (unknown-ticker before unknown-benchmark)', () => {
    expect(
      only({ ticker: 'NOPE', date: '2021-03-27', market: 'NOPE2' }, { nonTradingDay: 'skip' })?.code,
    ).toBe('unknown-ticker');
  });

  it('keeps every event: included + excluded = listings, in input order', () => {
    const events: EventSpec[] = [
      { ticker: '1810.HK', date: '2021-03-26', market: '^HSI' },
      { ticker: 'NOPE', date: '2021-03-26', market: '^HSI' },
      { ticker: '601633.SS', date: '2015-06-23', market: '000001.SS' },
      { ticker: '2333.HK', date: '2021-03-26', market: '^HSI' },
    ];
    const result = eventStudy({ prices, events });
    expect(result.events.map((event) => event.index)).toEqual([0, 3]);
    expect(result.excluded.map((exclusion) => [exclusion.index, exclusion.code])).toEqual([
      [1, 'unknown-ticker'],
      [2, 'event-window-gap'],
    ]);
  });
});

describe('configuration errors', () => {
  it('rejects an estimation window that reaches into the event window', () => {
    expect(() => eventStudy({ prices, events: [], estimation: { end: -5 } })).toThrow(ConfigError);
    expect(() => eventStudy({ prices, events: [], window: [2, 1] })).toThrow(/first ≤ last/);
    expect(() => eventStudy({ prices, events: [], carWindows: [[-6, 0]] })).toThrow(
      /not inside the event window/,
    );
  });

  it('rejects a factor model without factors, and duplicate tickers', () => {
    expect(() => eventStudy({ prices, events: [], model: 'ff3' })).toThrow(/needs factors/);
    expect(() => eventStudy({ prices: [...prices, prices[0]!], events: [] })).toThrow(
      /more than one price series/,
    );
  });
});

describe('default CAR windows', () => {
  it('are [-1, 1], [0, 0] and the window, keeping only those inside a moved window', () => {
    const event = [{ ticker: '1810.HK', date: '2021-03-26', market: '^HSI' }];
    expect(eventStudy({ prices, events: event }).cars.map((car) => car.window)).toEqual([
      [-1, 1],
      [0, 0],
      [-5, 5],
    ]);
    expect(eventStudy({ prices, events: event, window: [0, 10] }).cars.map((car) => car.window)).toEqual([
      [0, 0],
      [0, 10],
    ]);
    expect(eventStudy({ prices, events: event, window: [0, 0] }).cars.map((car) => car.window)).toEqual([
      [0, 0],
    ]);
    // CAR windows the user names must still lie inside the window
    expect(() => eventStudy({ prices, events: event, window: [0, 10], carWindows: [[-1, 1]] })).toThrow(
      ConfigError,
    );
  });
});
