/**
 * Returns series on a calendar (METHODS.md §7), hand-worked: each expected value is written out
 * from prices 100 → 110 → 121 → … so that the returns path can be checked against P_t / P_{t−1}.
 */
import { describe, expect, it } from 'vitest';
import { alignedReturns } from '../../src/returns/align-returns';
import { givenReturnsOnCalendar, givenTradeToTrade } from '../../src/returns/given-returns';
import { tradeToTradeReturns } from '../../src/returns/trade-to-trade';

const calendar = ['2021-03-22', '2021-03-23', '2021-03-24', '2021-03-25', '2021-03-26'];

describe('givenReturnsOnCalendar', () => {
  it('uses a row only when the calendar date before it has a row too', () => {
    // prices 100, 110, (hole), 121, 133.1: returns NaN ('C'), 0.1, 0.1 over two days, 0.1
    const dates = ['2021-03-22', '2021-03-23', '2021-03-25', '2021-03-26'];
    const r = givenReturnsOnCalendar(dates, Float64Array.of(Number.NaN, 0.1, 0.1, 0.1), calendar, 'simple');
    expect(Array.from(r)).toEqual([Number.NaN, 0.1, Number.NaN, Number.NaN, 0.1]);
  });

  it('keeps a first row without a return as the base of the next day (CRSP code C)', () => {
    const r = givenReturnsOnCalendar(
      calendar.slice(1),
      Float64Array.of(Number.NaN, 0.05, 0.02, -0.01),
      calendar,
      'simple',
    );
    expect(Array.from(r)).toEqual([Number.NaN, Number.NaN, 0.05, 0.02, -0.01]);
  });

  it('compounds a row off the calendar into the next calendar day, as ignoring its price does', () => {
    // a listing row on Saturday 2021-03-27 between Friday and Monday of a calendar without it
    const cal = ['2021-03-26', '2021-03-29'];
    const r = givenReturnsOnCalendar(
      ['2021-03-26', '2021-03-27', '2021-03-29'],
      Float64Array.of(0, 0.1, 0.1),
      cal,
      'simple',
    );
    expect(r[1]).toBeCloseTo(1.1 * 1.1 - 1, 15);
    const prices = alignedReturns(
      {
        ticker: 'X',
        dates: ['2021-03-26', '2021-03-27', '2021-03-29'],
        close: Float64Array.of(100, 110, 121),
      },
      cal,
    );
    expect(r[1]).toBeCloseTo(prices[1]!, 15);
  });

  it('gives log1p(r) for log returns, and no log return for a total loss (never -Infinity)', () => {
    const r = givenReturnsOnCalendar(
      calendar.slice(0, 3),
      Float64Array.of(Number.NaN, 0.1, -1),
      calendar,
      'log',
    );
    expect(r[1]).toBe(Math.log1p(0.1));
    expect(r[2]).toBeNaN();
    const simple = givenReturnsOnCalendar(
      calendar.slice(0, 3),
      Float64Array.of(Number.NaN, 0.1, -1),
      calendar,
      'simple',
    );
    expect(simple[2]).toBe(-1);
  });

  it('is what alignedReturns uses for a series with returns', () => {
    const series = {
      ticker: 'X',
      dates: calendar,
      returns: Float64Array.of(Number.NaN, 0.01, 0.02, 0.03, 0.04),
    };
    expect(Array.from(alignedReturns(series, calendar))).toEqual([Number.NaN, 0.01, 0.02, 0.03, 0.04]);
  });
});

describe('givenTradeToTrade', () => {
  it('attributes the return over a gap to the next row, with its span, like prices', () => {
    const dates = ['2021-03-22', '2021-03-23', '2021-03-26'];
    // prices 100, 110, 121: RET C, 0.1, 0.1 (121/110 − 1, over three calendar days)
    const given = givenTradeToTrade(dates, Float64Array.of(Number.NaN, 0.1, 0.1), calendar, 'simple');
    const fromPrices = tradeToTradeReturns(
      { ticker: 'X', dates, close: Float64Array.of(100, 110, 121) },
      calendar,
      'simple',
    );
    expect(Array.from(given.span)).toEqual([0, 1, 0, 0, 3]);
    expect(Array.from(given.span)).toEqual(Array.from(fromPrices.span));
    expect(given.returns[4]).toBeCloseTo(fromPrices.returns[4]!, 15);
    expect(given.returns[1]).toBe(0.1);
    expect(
      tradeToTradeReturns(
        { ticker: 'X', dates, returns: Float64Array.of(Number.NaN, 0.1, 0.1) },
        calendar,
        'log',
      ).returns[4],
    ).toBe(Math.log1p(0.1));
  });
});
