/**
 * Trade-to-trade returns on a real suspension (Great Wall A, 2015-06-19 .. 2015-07-10), the
 * Dimson and Scholes–Williams betas, and abnormal log volume, against
 * test/reference/thin_trading_reference.py (numpy lstsq / polyfit / corrcoef). Plus hand-made
 * gaps with hand-worked numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compoundOverSpans, tradeToTradeReturns } from '../../src/returns/trade-to-trade';
import { eventStudy } from '../../src/study/event-study';
import { bundled, xiaomiPrices } from '../helpers/xiaomi';

const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'reference', 'thin_trading_reference.json'), 'utf8'),
);
const near = (actual: number, expected: number, tolerance = 1e-9) =>
  expect(
    Math.abs(actual - expected) / Math.max(1, Math.abs(expected)),
    `${actual} vs ${expected}`,
  ).toBeLessThan(tolerance);
const prices = xiaomiPrices();

describe('tradeToTradeReturns and compoundOverSpans (hand-made gaps)', () => {
  const calendar = ['2021-03-22', '2021-03-23', '2021-03-24', '2021-03-25', '2021-03-26'];
  const series = {
    ticker: 'X',
    dates: ['2021-03-22', '2021-03-23', '2021-03-26'],
    close: Float64Array.of(100, 110, 121),
  };

  it('attributes the return over the gap to the next traded day', () => {
    const { returns, span } = tradeToTradeReturns(series, calendar, 'simple');
    expect(Array.from(span)).toEqual([0, 1, 0, 0, 3]);
    expect(returns[1]).toBeCloseTo(0.1, 15);
    expect(returns[4]).toBeCloseTo(0.1, 15); // 121 / 110 − 1 over three calendar days
    expect(Number.isNaN(returns[2]!)).toBe(true);
    expect(tradeToTradeReturns(series, calendar, 'log').returns[4]).toBeCloseTo(Math.log(1.1), 15);
  });

  it('compounds the benchmark over the same span', () => {
    const market = Float64Array.of(Number.NaN, 0.01, 0.02, -0.01, 0.03);
    const { span } = tradeToTradeReturns(series, calendar, 'simple');
    const compounded = compoundOverSpans(market, span, 'simple');
    expect(compounded[1]).toBeCloseTo(0.01, 15);
    expect(compounded[4]).toBeCloseTo(1.02 * 0.99 * 1.03 - 1, 15);
    expect(compoundOverSpans(market, span, 'log')[4]).toBeCloseTo(0.02 - 0.01 + 0.03, 15);
  });
});

describe('trade-to-trade study of Great Wall A around its 2015 suspension', () => {
  const events = [
    { ticker: '601633.SS', date: '2015-07-13', market: '000001.SS' },
    { ticker: '601633.SS', date: '2016-03-01', market: '000001.SS' },
  ];

  it('is excluded by default: the window has a gap', () => {
    const result = eventStudy({ prices, events: events.slice(0, 1) });
    expect(result.excluded[0]?.code).toBe('event-window-gap');
  });

  const result = eventStudy({ prices, events, thinTrading: 'trade-to-trade' });

  it('matches the weighted Maynes–Rumsey fit, AR, SAR, CAR and SCAR', () => {
    expect(result.excluded).toEqual([]);
    result.events.forEach((event) => {
      const want = reference.tradeToTrade[event.event.date];
      expect(event.model.n).toBe(want.m);
      near(event.model.alpha!, want.alpha);
      near(event.model.beta!, want.beta);
      near(event.model.sigma, want.sigma);
      expect(event.span).toEqual(want.span);
      event.ar.forEach((value: number, j: number) => {
        if (want.ar[j] === null) expect(Number.isNaN(value)).toBe(true);
        else near(value, want.ar[j]);
      });
      event.sar.forEach((value: number, j: number) => {
        if (want.sar[j] !== null) near(value, want.sar[j]);
      });
      event.cars.forEach((car, w) => {
        near(car.car, want.cars[w].car);
        near(car.scar, want.cars[w].scar);
      });
    });
  });

  it('counts only traded events in each day’s AAR', () => {
    // the suspended days -5..-1 of the first event leave one event on those days
    expect(result.n).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(result.aar[0]).toBe(result.events[1]!.ar[0]);
  });
});

describe('Dimson and Scholes–Williams betas (AAPL, 2016-11-09)', () => {
  const spPrices = [
    ...bundled('indices/GSPC.csv'),
    ...bundled('us/sp500_5yr/individual_stocks_5yr/AAPL_data.csv'),
  ];
  const events = [{ ticker: 'AAPL', date: '2016-11-09' }];
  const want = reference.lagModels;

  it('Dimson: OLS on lagged, current and leading market returns', () => {
    const event = eventStudy({ prices: spPrices, events, market: '^GSPC', model: 'dimson' }).events[0]!;
    expect(event.model.n).toBe(want.m);
    const coefficients = event.model.coefficients!;
    [
      coefficients['alpha']!,
      coefficients['market-1']!,
      coefficients['market']!,
      coefficients['market+1']!,
    ].forEach((value, i) => {
      near(value, want.dimson.coefficients[i]);
    });
    near(event.model.sigma, want.dimson.sigma);
    event.ar.forEach((value, j) => {
      near(value, want.dimson.ar[j]);
    });
    event.sar.forEach((value, j) => {
      near(value, want.dimson.sar[j]);
    });
  });

  it('Scholes–Williams: (β₋₁ + β₀ + β₊₁) / (1 + 2ρ)', () => {
    const event = eventStudy({ prices: spPrices, events, market: '^GSPC', model: 'scholes-williams' })
      .events[0]!;
    near(event.model.beta!, want.scholesWilliams.beta);
    near(event.model.alpha!, want.scholesWilliams.alpha);
    near(event.model.coefficients!['rho']!, want.scholesWilliams.rho);
    near(event.model.sigma, want.scholesWilliams.sigma);
    event.ar.forEach((value, j) => {
      near(value, want.scholesWilliams.ar[j]);
    });
    event.sar.forEach((value, j) => {
      near(value, want.scholesWilliams.sar[j]);
    });
  });
});

describe('abnormal volume (Xiaomi, 2021-03-26)', () => {
  it('log(1 + volume) against its estimation mean, on the real volume column', () => {
    const result = eventStudy({
      prices,
      events: [{ ticker: '1810.HK', date: '2021-03-26', market: '^HSI' }],
      measure: 'volume',
    });
    const event = result.events[0]!;
    const want = reference.volume;
    expect(event.model.name).toBe('mean-adjusted volume');
    expect(event.model.n).toBe(want.m);
    near(event.model.alpha!, want.mean);
    near(event.model.sigma, want.sigma);
    event.ar.forEach((value, j) => {
      near(value, want.ar[j]);
    });
    event.sar.forEach((value, j) => {
      near(value, want.sar[j]);
    });
    expect(Number.isNaN(event.cars[0]!.bhar)).toBe(true);
    expect(result.settings.measure).toBe('volume');
  });

  it('refuses a return model for volume', () => {
    expect(() => eventStudy({ prices, events: [], measure: 'volume', model: 'market' })).toThrow(
      /mean-adjusted/,
    );
  });
});
