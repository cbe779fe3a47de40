/**
 * Properties of the whole pipeline on the real Xiaomi / Great Wall data (issue 7): invariance
 * to price scale, to event order and to unrelated tickers; a listing against itself;
 * bookkeeping of events; byte-identical JSON. fast-check draws the real events and scale
 * factors; the prices are never synthetic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/report/to-json';
import { eventStudy } from '../../src/study/event-study';
import type { EventSpec, OverlapPolicy, PriceSeries, StudyResult } from '../../src/types';
import { bundled, xiaomiPrices } from '../helpers/xiaomi';

const prices = xiaomiPrices();
const hsi = prices.find((series) => series.ticker === '^HSI')!;
/** Real event dates: trading days of 2019–2024 with room for the windows. */
const dates = hsi.dates.filter((date) => date >= '2019-06-01' && date <= '2024-12-31');
const eventArbitrary = fc.record({
  ticker: fc.constantFrom('1810.HK', '2333.HK', '601633.SS'),
  date: fc.constantFrom(...dates),
});
const withMarket = (event: { ticker: string; date: string }): EventSpec => ({
  ...event,
  market: event.ticker.endsWith('.SS') ? '000001.SS' : '^HSI',
});
const options = { seed: 4242, numRuns: 25 };

function sameNumbers(a: readonly number[], b: readonly number[], tolerance: number): void {
  expect(a.length).toBe(b.length);
  a.forEach((value, i) => {
    if (Number.isNaN(value)) expect(Number.isNaN(b[i]!)).toBe(true);
    else expect(Math.abs(value - b[i]!)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(value)));
  });
}

describe('pipeline properties', () => {
  it('multiplying a listing’s prices by a constant leaves its returns and ARs unchanged', () => {
    fc.assert(
      fc.property(eventArbitrary, fc.double({ min: 1e-4, max: 1e4, noNaN: true }), (event, factor) => {
        const scaled = prices.map(
          (series): PriceSeries =>
            series.ticker === event.ticker
              ? {
                  ...series,
                  close: series.close!.map((price) => price * factor),
                  ...(series.prevClose ? { prevClose: series.prevClose.map((price) => price * factor) } : {}),
                }
              : series,
        );
        const before = eventStudy({ prices, events: [withMarket(event)] });
        const after = eventStudy({ prices: scaled, events: [withMarket(event)] });
        expect(after.excluded.map((e) => e.code)).toEqual(before.excluded.map((e) => e.code));
        if (before.events.length === 0) return;
        sameNumbers(after.events[0]!.returns, before.events[0]!.returns, 1e-12);
        sameNumbers(after.events[0]!.ar, before.events[0]!.ar, 1e-10);
      }),
      options,
    );
  });

  it('reordering events permutes the per-event results and leaves the aggregates unchanged', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { minLength: 2, maxLength: 8 }), fc.nat(), (events, seed) => {
        const specs = events.map(withMarket);
        const order = specs
          .map((_, i) => i)
          .sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
        const shuffled = order.map((i) => specs[i]!);
        const before = eventStudy({ prices, events: specs });
        const after = eventStudy({ prices, events: shuffled });
        const key = (result: StudyResult) =>
          result.events
            .map(
              (event) => `${event.ticker} ${event.day0} ${event.ar.map((v) => v.toPrecision(12)).join(',')}`,
            )
            .sort();
        expect(key(after)).toEqual(key(before));
        sameNumbers(after.aar, before.aar, 1e-12);
        sameNumbers(after.caar, before.caar, 1e-12);
        for (const name of [
          'csect',
          'patell',
          'bmp',
          'kp',
          'sign',
          'generalizedSign',
          'rank',
          'wilcoxon',
          'cda',
        ] as const) {
          sameNumbers(after.tests[name]!.statistic, before.tests[name]!.statistic, 1e-9);
        }
      }),
      options,
    );
  });

  it('adding unrelated tickers changes nothing', () => {
    const extra = [
      ...bundled('hk/0175.HK.csv'),
      ...bundled('us/BIDU.csv', 'BIDU'),
      ...bundled('indices/GSPC.csv'),
    ];
    fc.assert(
      fc.property(fc.array(eventArbitrary, { minLength: 1, maxLength: 5 }), (events) => {
        const specs = events.map(withMarket);
        expect(toJson(eventStudy({ prices: [...prices, ...extra], events: specs }))).toBe(
          toJson(eventStudy({ prices, events: specs })),
        );
      }),
      options,
    );
  });

  it('events.length + excluded.length = listings under every overlap policy and random confounders, and the same input gives byte-identical JSON', () => {
    const tickers = fc.constantFrom('1810.HK', '2333.HK', '601633.SS', 'NOPE', '^HSI');
    // Dates a few days apart on one ticker are common here, so overlaps of every kind occur.
    const near = fc.constantFrom(...dates.filter((date) => date >= '2021-01-01' && date <= '2021-06-30'));
    const listing = fc.record({
      ticker: tickers,
      date: fc.oneof(near, fc.constantFrom(...dates, '2030-01-01', '2005-05-05')),
    });
    const seen = { flagged: 0, excluded: 0, removed: 0 };
    fc.assert(
      fc.property(
        fc.array(listing, { maxLength: 8 }),
        fc.array(listing, { maxLength: 4 }),
        fc.constantFrom('flag', 'clean-estimation', 'exclude') as fc.Arbitrary<OverlapPolicy>,
        (events, others, policy) => {
          const spec = {
            prices,
            events: events.map(withMarket),
            confounders: others.map(withMarket),
            overlaps: policy,
          };
          const result = eventStudy(spec);
          expect(result.events.length + result.excluded.length).toBe(spec.events.length);
          const overlapping = result.excluded.filter((e) => e.code === 'overlapping-event').length;
          expect(result.overlaps.excluded).toBe(overlapping);
          if (policy !== 'exclude') expect(overlapping).toBe(0);
          if (policy === 'flag') expect(result.overlaps.daysRemoved).toBe(0);
          expect(toJson(eventStudy(spec))).toBe(toJson(result));
          seen.flagged += result.overlaps.flagged;
          seen.excluded += result.overlaps.excluded;
          seen.removed += result.overlaps.daysRemoved;
        },
      ),
      { seed: 4242, numRuns: 60 },
    );
    // the draws did reach every policy's effect (a property that never met an overlap proves little)
    expect(seen.flagged).toBeGreaterThan(0);
    expect(seen.excluded).toBeGreaterThan(0);
    expect(seen.removed).toBeGreaterThan(0);
  });

  it('a listing studied against itself has zero market-adjusted AR, so it cannot be standardized: zero-variance', () => {
    const result = eventStudy({
      prices,
      events: [{ ticker: '^HSI', date: '2021-03-26', market: '^HSI' }],
      model: 'market-adjusted',
    });
    expect(result.events).toEqual([]);
    expect(result.excluded[0]?.code).toBe('zero-variance');
  });
});
