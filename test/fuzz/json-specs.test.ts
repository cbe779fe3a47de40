/**
 * Fuzzing eventStudy with JSON-shaped specs, as plain JavaScript callers and JSON files give
 * them (issue 20): every field is sometimes right, sometimes of a wrong type, `null`, a huge,
 * negative or non-finite number, a misspelt key, or a nested structure of the wrong shape. The
 * only errors that may come out are the library's own classes (EventStudyError and its
 * subclasses); a study that runs keeps every event (included or excluded with a code) and puts
 * no non-finite number in an included event. Prices are the real Xiaomi data (sometimes with a
 * hand-built series of random shape); the randomness is in the spec, which is the property.
 * CI runs FUZZ_RUNS cases with a fixed seed; `npm run fuzz:long` runs 20,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventStudyError } from '../../src/errors';
import { eventStudy } from '../../src/study/event-study';
import type { StudySpec } from '../../src/types';
import { xiaomiPrices } from '../helpers/xiaomi';
import { FUZZ_RUNS, FUZZ_SEED, FUZZ_TIMEOUT } from './fuzz-runs';

const prices = xiaomiPrices();

/** Values of the wrong kind for any field. */
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.constantFrom(0, -1, -0, 1e9, -1e9, 1e300, -1e300, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, 0.5),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', 'all', 'csect', '__proto__', 'constructor', 'market', '[-5, 5]'),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), {
    maxKeys: 3,
  }),
);

/** Right most of the time, junk otherwise. */
function mostly<T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: right, weight: 12 }, { arbitrary: junk, weight: 1 });
}

const ticker = fc.constantFrom('1810.HK', '2333.HK', '601633.SS', '^HSI', '000001.SS', 'NOPE');
const date = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('2021-03-26', '2021-03-29', '2019-06-03', '2021-03-26T10:00:00+08:00'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2021-03-27',
      '1990-01-01',
      '2021-02-30',
      '2021-03-26T99:99',
      'yesterday',
      '2021-03-26T10:00',
    ),
  },
);
const event = fc.record(
  {
    id: mostly(fc.string({ maxLength: 6 })),
    ticker: mostly(ticker),
    tickers: mostly(fc.array(ticker, { maxLength: 2 })),
    date: mostly(date),
    market: mostly(fc.constantFrom('^HSI', '000001.SS', 'NOPE')),
    exchange: mostly(
      fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom('HKEX', '.HK', 'SSE') },
        { weight: 1, arbitrary: fc.constant('MOON') },
      ),
    ),
    group: mostly(fc.constantFrom('a', 'b')),
  },
  { requiredKeys: ['ticker', 'date'] },
);
const window = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.integer({ min: -12, max: 0 }), fc.integer({ min: 0, max: 12 })) },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom(-5, -1e9, 0, 1e9, 2 ** 60),
      fc.constantFrom(5, 1e9, -5, 0.5, Number.NaN),
    ),
  },
);
/** A hand-built series of random shape: unsorted, ragged, typed or plain arrays, junk values. */
const handBuilt = fc.record({
  ticker: mostly(fc.constantFrom('HAND', '1810.HK')),
  dates: mostly(fc.constantFrom(['2021-03-25', '2021-03-26'], ['2021-03-26', '2021-03-25'], ['2021-02-30'])),
  close: mostly(
    fc.constantFrom(
      Float64Array.of(1, 2),
      [1, 2],
      [1],
      Float64Array.of(5e-324, 1e300),
      [Number.NaN, 1],
      ['1', 2],
    ),
  ),
});
const priceList = fc.oneof(
  { weight: 8, arbitrary: fc.constant(prices) },
  { weight: 1, arbitrary: handBuilt.map((series) => [...prices, series]) },
  { weight: 1, arbitrary: junk },
);
/** The fields of a spec, each right most of the time. */
const spec = fc.record(
  {
    prices: priceList,
    events: mostly(
      fc.array(fc.oneof({ weight: 12, arbitrary: event }, { weight: 1, arbitrary: junk }), { maxLength: 4 }),
    ),
    market: mostly(fc.constantFrom('^HSI', '000001.SS', 'NOPE')),
    benchmarks: mostly(fc.constant({ '.HK': '^HSI', '.SS': '000001.SS' })),
    model: mostly(
      fc.oneof(
        {
          weight: 8,
          arbitrary: fc.constantFrom(
            'market',
            'market-adjusted',
            'mean-adjusted',
            'dimson',
            'scholes-williams',
          ),
        },
        { weight: 1, arbitrary: fc.constantFrom('capm', 'ff3') },
        {
          weight: 1,
          arbitrary: fc.record({ factors: mostly(fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 })) }),
        },
      ),
    ),
    returns: mostly(fc.constantFrom('simple', 'log')),
    measure: mostly(fc.constantFrom('returns', 'volume')),
    window: mostly(window),
    estimation: mostly(
      fc.record(
        {
          end: mostly(fc.integer({ min: -40, max: -13 })),
          length: mostly(fc.integer({ min: 100, max: 300 })),
          minObservations: mostly(fc.integer({ min: 3, max: 100 })),
        },
        { requiredKeys: [] },
      ),
    ),
    carWindows: mostly(
      fc.array(fc.constantFrom<[number, number]>([0, 0], [-1, 1], [0, 3]), { maxLength: 2 }),
    ),
    nonTradingDay: mostly(fc.constantFrom('next', 'previous', 'skip')),
    thinTrading: mostly(fc.constantFrom('exclude', 'trade-to-trade')),
    conventions: mostly(
      fc.constantFrom('default', 'estudy2', { signZero: 'negative' }, { bootstrapSamples: 0 }),
    ),
    tests: mostly(fc.oneof(fc.constant('all'), fc.subarray(['csect', 'patell', 'bmp', 'kp', 'rank']))),
    onProgress: mostly(fc.constant(() => undefined)),
  },
  { requiredKeys: ['prices', 'events'] },
);
/** Now and then a key that does not belong (a misspelling), or a wrong-type factors field. */
const extra = fc.oneof(
  { weight: 10, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: junk.map((value) => ({ windw: value })) },
  { weight: 1, arbitrary: junk.map((value) => ({ factors: value })) },
);
const jsonSpec = fc.tuple(spec, extra).map(([fields, more]) => ({ ...fields, ...more }));

describe('fuzzing eventStudy with JSON-shaped specs (issue 20)', () => {
  it(
    'throws only the library’s own errors, and a study that runs keeps every event',
    () => {
      const outcomes = { errors: 0, studies: 0, included: 0 };
      fc.assert(
        fc.property(jsonSpec, (input) => {
          let result: ReturnType<typeof eventStudy>;
          try {
            result = eventStudy(input as unknown as StudySpec);
          } catch (error) {
            expect(error, String(error)).toBeInstanceOf(EventStudyError);
            outcomes.errors++;
            return;
          }
          outcomes.studies++;
          const events = input.events as { tickers?: unknown[]; ticker: string }[];
          const listings = events.reduce((n, e) => n + new Set([e.ticker, ...(e.tickers ?? [])]).size, 0);
          expect(result.events.length + result.excluded.length).toBe(listings);
          if (result.events.length > 0) outcomes.included++;
          for (const included of result.events) {
            for (const car of included.cars) {
              expect([car.car, car.scar, car.t].every(Number.isFinite), JSON.stringify(car)).toBe(true);
            }
          }
        }),
        { seed: FUZZ_SEED, numRuns: FUZZ_RUNS },
      );
      if (process.env['FUZZ_VERBOSE']) console.log(outcomes);
      // the search must reach both sides: specs refused and studies run
      expect(outcomes.errors, JSON.stringify(outcomes)).toBeGreaterThan(0);
      expect(outcomes.studies, JSON.stringify(outcomes)).toBeGreaterThan(0);
      expect(outcomes.included, JSON.stringify(outcomes)).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );
});
