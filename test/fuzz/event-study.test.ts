/**
 * Fuzzing eventStudy specs on the real Xiaomi data: random windows, estimation settings,
 * options, tickers (known, unknown, benchmark), dates (trading days, weekends, timestamps,
 * outside the data). Only named errors may be thrown (for settings that cannot run); every
 * event is either included or excluded with a code; no NaN or Infinity reaches an included
 * event's numbers, and a NaN test statistic always carries a note.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventStudyError } from '../../src/errors';
import { eventStudy } from '../../src/study/event-study';
import type { EventSpec, ModelName, StudySpec } from '../../src/types';
import { xiaomiPrices } from '../helpers/xiaomi';
import { FUZZ_RUNS, FUZZ_SEED, FUZZ_TIMEOUT } from './fuzz-runs';

const prices = xiaomiPrices();
const ticker = fc.constantFrom('1810.HK', '2333.HK', '601633.SS', '^HSI', 'NOPE', '1810', 'hsi');
const market = fc.option(fc.constantFrom('^HSI', '000001.SS', 'NOPE'), { nil: undefined });
const dateOnly = fc
  .date({ min: new Date('2009-06-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const timestamp = fc
  .tuple(dateOnly, fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+08:00', '-05:00', '+05:30'))
  .map(([date, hour, zone]) => `${date}T${String(hour).padStart(2, '0')}:15:00${zone}`);
const event: fc.Arbitrary<EventSpec> = fc.record(
  { ticker, date: fc.oneof(dateOnly, timestamp), market },
  { requiredKeys: ['ticker', 'date'] },
);
const windowArbitrary = fc
  .tuple(fc.integer({ min: -15, max: 5 }), fc.integer({ min: 0, max: 15 }))
  .map(([a, length]) => [a, a + length] as [number, number]);
/** Mostly runnable settings (the estimation window ends before the event window), sometimes not. */
const windows = fc
  .tuple(
    windowArbitrary,
    fc.integer({ min: -3, max: 30 }),
    fc.integer({ min: 1, max: 300 }),
    fc.integer({ min: 3, max: 200 }),
  )
  .map(([window, gap, length, minObservations]) => ({
    window,
    estimation: { end: window[0] - gap, length, minObservations },
  }));
const spec = fc.record({
  events: fc.array(event, { maxLength: 6 }),
  windows,
  model: fc.constantFrom<ModelName>(
    'market',
    'market-adjusted',
    'mean-adjusted',
    'dimson',
    'scholes-williams',
  ),
  returns: fc.constantFrom('simple' as const, 'log' as const),
  nonTradingDay: fc.constantFrom('next' as const, 'previous' as const, 'skip' as const),
  thinTrading: fc.constantFrom('exclude' as const, 'trade-to-trade' as const),
  conventions: fc.constantFrom('default' as const, 'estudy2' as const),
  market: fc.option(fc.constantFrom('^HSI', '000001.SS'), { nil: undefined }),
  overlaps: fc.constantFrom('flag' as const, 'clean-estimation' as const, 'exclude' as const),
  confounders: fc.array(event, { maxLength: 3 }),
});

function finite(values: readonly number[], allowNaN: boolean): boolean {
  return values.every((value) => Number.isFinite(value) || (allowNaN && Number.isNaN(value)));
}

describe('fuzzing eventStudy', () => {
  it(
    'keeps every event, leaks no unflagged NaN and throws only named errors',
    () => {
      const outcomes = { thrown: 0, empty: 0, studied: 0 };
      fc.assert(
        fc.property(spec, (input) => {
          const { windows: settings, ...rest } = input;
          const full: StudySpec = { ...rest, ...settings, prices };
          let result: ReturnType<typeof eventStudy>;
          try {
            result = eventStudy(full);
          } catch (error) {
            expect(error, String(error)).toBeInstanceOf(EventStudyError);
            outcomes.thrown++;
            return;
          }
          if (result.events.length > 0) outcomes.studied++;
          else outcomes.empty++;
          expect(result.events.length + result.excluded.length).toBe(input.events.length);
          for (const exclusion of result.excluded) expect(exclusion.reason.length).toBeGreaterThan(10);
          const tradeToTrade = input.thinTrading === 'trade-to-trade';
          for (const included of result.events) {
            expect(finite([included.model.sigma, ...included.car], false)).toBe(true);
            expect(finite(included.ar, tradeToTrade)).toBe(true);
            for (const car of included.cars)
              expect(finite([car.car, car.scar, car.t, car.pValue, car.bhar], false)).toBe(true);
          }
          for (const [name, series] of Object.entries(result.tests)) {
            const hasNaN = series.statistic.some((value) => !Number.isFinite(value));
            if (hasNaN && result.events.length > 0) expect(series.note, name).toBeTruthy();
          }
        }),
        { seed: FUZZ_SEED, numRuns: Math.ceil(FUZZ_RUNS / 2) },
      );
      // the search must reach real studies, not only settings errors and exclusions
      expect(outcomes.studied, JSON.stringify(outcomes)).toBeGreaterThan(FUZZ_RUNS / 20);
    },
    FUZZ_TIMEOUT,
  );
});
