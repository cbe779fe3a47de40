/**
 * Issue 20, class 7: a spec from plain JavaScript or JSON is checked once at the boundary of
 * eventStudy, so misuse is a ConfigError naming the field's path, never a TypeError from inside.
 * Every case here threw a TypeError (or was silently ignored) before the validator.
 * Class 5 (huge windows) is tested here too: a window longer than any calendar is a ConfigError.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors';
import { eventStudy } from '../../src/study/event-study';
import { STUDY_SPEC_FIELDS, validateStudySpec } from '../../src/study/validate-spec';
import type { StudySpec } from '../../src/types';
import { xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

const prices = xiaomiPrices();
const base = { prices, events: xiaomiEvents };

/** Runs a spec given as plain JavaScript and returns the ConfigError it raises. */
function configError(spec: unknown): ConfigError {
  try {
    eventStudy(spec as StudySpec);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('validateStudySpec (issue 20, class 7)', () => {
  it.each([
    [
      'a number as a ticker',
      { ...base, events: [...xiaomiEvents, { ticker: 601633, date: '2021-03-26' }] },
      'events[3].ticker',
      'events[3].ticker must be a non-empty string, got number',
    ],
    [
      "tests: 'csect'",
      { ...base, tests: 'csect' },
      'tests',
      'tests must be \'all\' or an array of test names, got string "csect"',
    ],
    [
      'events: null',
      { prices, events: null },
      'events',
      'events must be an array of events { ticker, date }, got null',
    ],
    [
      'null inside events',
      { prices, events: [xiaomiEvents[0], null] },
      'events[1]',
      'events[1] must be an event { ticker, date }, got null',
    ],
    ['eventStudy({})', {}, 'prices', 'prices is required'],
    [
      "onProgress: 'yes'",
      { ...base, onProgress: 'yes' },
      'onProgress',
      'onProgress must be a function, got string "yes"',
    ],
    ['a misspelt key', { ...base, windw: [-3, 3] }, 'windw', "unknown key windw (did you mean 'window'?)"],
    [
      'a misspelt nested key',
      { ...base, estimation: { lenght: 100 } },
      'estimation.lenght',
      "unknown key estimation.lenght (did you mean 'length'?)",
    ],
    ['an unknown test name', { ...base, tests: ['csect', 'bogus'] }, 'tests[1]', 'tests[1] must be one of'],
    [
      'a window of strings',
      { ...base, window: ['-5', '5'] },
      'window[0]',
      'window[0] must be a whole number, got string "-5"',
    ],
    [
      'a huge estimation length',
      { ...base, estimation: { length: 1e300 } },
      'estimation.length',
      'estimation.length must be a whole number ≥ 1, got number 1e+300',
    ],
    ['a model of the wrong type', { ...base, model: 3 }, 'model', 'model must be one of'],
    [
      'a custom model without factors',
      { ...base, model: { excessReturns: true } },
      'model.factors',
      'model.factors is required',
    ],
    ['factors as an array', { ...base, factors: [] }, 'factors', 'factors must be a factor table'],
    [
      'a factor table by exchange with a bad table',
      { ...base, factors: { HKEX: { dates: [], factors: 3 } } },
      'factors.HKEX.factors',
      'factors.HKEX.factors must be an object',
    ],
    ['overlaps misspelt', { ...base, overlaps: 'exlude' }, 'overlaps', "(did you mean 'exclude'?)"],
    [
      'a confounder without a date',
      { ...base, confounders: [{ ticker: '1810.HK' }] },
      'confounders[0].date',
      'confounders[0].date is required',
    ],
    [
      'benchmarks with a number',
      { ...base, benchmarks: { '.HK': 5 } },
      'benchmarks[".HK"]',
      'benchmarks[".HK"] must be a non-empty string, got number',
    ],
    ['conventions misspelt', { ...base, conventions: 'estudy' }, 'conventions', "(did you mean 'estudy2'?)"],
    [
      'a bad convention value',
      { ...base, conventions: { signZero: 'up' } },
      'conventions',
      'invalid convention signZero',
    ],
    [
      'a carWindow reversed',
      { ...base, carWindows: [[1, -1]] },
      'carWindows[0]',
      'carWindows[0] must be [first, last]',
    ],
    ['a spec that is not an object', null, 'the study spec', 'the study spec must be a study spec'],
    ['a spec that is an array', [], 'the study spec', 'the study spec must be a study spec'],
  ])('%s', (_what, spec, path, message) => {
    const error = configError(spec);
    expect(error.message).toContain(message);
    if (path !== 'the study spec') expect(error.path).toBe(path);
  });

  it('a hand-built series that is unsorted, or whose arrays differ in length, is a ConfigError', () => {
    const hsi = prices[0]!;
    const unsorted = { ticker: 'X', dates: ['2021-03-26', '2021-03-25'], close: Float64Array.of(1, 2) };
    expect(configError({ ...base, prices: [...prices, unsorted] }).message).toContain(
      'prices[5].dates[1] must be after prices[5].dates[0]',
    );
    const ragged = { ticker: 'X', dates: hsi.dates, close: hsi.close!.subarray(1) };
    expect(configError({ ...base, prices: [...prices, ragged] }).path).toBe('prices[5].close');
    const volume = { ...hsi, ticker: 'X', volume: new Float64Array(3) };
    expect(configError({ ...base, prices: [...prices, volume] }).path).toBe('prices[5].volume');
    const noPrices = { ticker: 'X', dates: ['2021-03-26'] };
    expect(configError({ ...base, prices: [...prices, noPrices] }).path).toBe('prices[5].close');
    const badDate = { ticker: 'X', dates: ['2021-02-30'], close: [1] };
    expect(configError({ ...base, prices: [...prices, badDate] }).path).toBe('prices[5].dates[0]');
    // only ASCII digits make a date (Number() would have read ' 1', '1.' and '2e03' as numbers)
    for (const text of [
      '2021- 3-26',
      '2021-03-2.',
      '2e03-03-26',
      '+021-03-26',
      '2021-03-26 ',
      '２０２１-03-26',
    ]) {
      const odd = { ticker: 'X', dates: [text], close: [1] };
      expect(configError({ ...base, prices: [...prices, odd] }).message).toContain(
        'prices[5].dates[0] must be a date',
      );
    }
  });

  it('refuses a price, return, volume or factor value outside its range, and a non-number, at its index', () => {
    const hsi = prices[0]!;
    const at = (column: string, values: unknown[]) => ({
      ticker: 'X',
      dates: hsi.dates.slice(0, values.length),
      [column]: values,
    });
    const cases: [string, unknown[], string][] = [
      ['close', [1, Number.NaN, 1e-11], 'prices[5].close[2] must be a price within the bounds'],
      ['close', [1, 2e15], 'prices[5].close[1] must be a price within the bounds'],
      ['close', [1, -3], 'prices[5].close[1] must be a positive finite price'],
      ['close', [1, Number.POSITIVE_INFINITY], 'prices[5].close[1] must be a positive finite price'],
      ['close', [1, '2'], 'prices[5].close[1] must be a number'],
      ['returns', [0.1, -1.5], 'prices[5].returns[1] must be a simple return from -1 to 1e6'],
      ['returns', [Number.NaN, 2e6], 'prices[5].returns[1] must be a simple return'],
    ];
    for (const [column, values, message] of cases) {
      expect(configError({ ...base, prices: [...prices, at(column, values)] }).message).toContain(message);
    }
    const volume = { ...at('close', [1, 2]), volume: [0, -1] };
    expect(configError({ ...base, prices: [...prices, volume] }).message).toContain(
      'prices[5].volume[1] must be a volume',
    );
    const edges = { ...at('close', [1e-10, 1e15, Number.NaN]), volume: [0, -0, Number.NaN] };
    expect(() => validateStudySpec({ ...base, prices: [...prices, edges] })).not.toThrow();
    expect(() =>
      validateStudySpec({ ...base, prices: [...prices, at('returns', [-1, 1e6, Number.NaN])] }),
    ).not.toThrow();
  });

  it('accepts every valid field, plain arrays for hand-built columns, and events with extra keys', () => {
    const spec = {
      ...base,
      events: xiaomiEvents.map((event) => ({ ...event, headline: 'from a JSON file' })),
      market: '^HSI',
      benchmarks: { '.HK': '^HSI', '.SS': '000001.SS' },
      model: 'market',
      returns: 'log',
      measure: 'returns',
      window: [-3, 3],
      estimation: { end: -11, length: 200, minObservations: 100 },
      carWindows: [[-1, 1]],
      nonTradingDay: 'previous',
      thinTrading: 'exclude',
      conventions: { signZero: 'negative' },
      tests: ['csect', 'patell'],
      onProgress: () => undefined,
    };
    expect(() => validateStudySpec(spec)).not.toThrow();
    expect(eventStudy(spec as unknown as StudySpec).events).toHaveLength(3);
    const plain = { ticker: 'PLAIN', dates: prices[0]!.dates, close: Array.from(prices[0]!.close!) };
    expect(() => validateStudySpec({ prices: [plain], events: [] })).not.toThrow();
  });

  it('has a row for every StudySpec field of DESIGN.md §3 and §6', () => {
    const design = [
      'prices',
      'events',
      'market',
      'model',
      'factors',
      'returns',
      'window',
      'estimation',
      'carWindows',
      'nonTradingDay',
      'thinTrading',
      'conventions',
      'onProgress',
      'overlaps',
      'confounders',
    ];
    for (const field of design) expect(Object.keys(STUDY_SPEC_FIELDS)).toContain(field);
  });
});

describe('huge windows (issue 20, class 5)', () => {
  it.each([[[-5, 1e9]], [[-5, 100_000]]])(
    'window %j is a ConfigError at once (it ran out of memory, or past a minute)',
    (window) => {
      const error = configError({
        prices,
        events: Array.from({ length: 200 }, () => xiaomiEvents[0]),
        window,
      });
      expect(error.message).toContain('more than any calendar holds');
      expect(error.path).toBe('window');
    },
  );

  it('a window of non-safe integers or estimation bounds that can never be met are ConfigErrors', () => {
    expect(configError({ ...base, window: [-5, 2 ** 60] }).path).toBe('window[1]');
    expect(configError({ ...base, estimation: { length: 50 } }).message).toContain(
      'minObservations (100) is more than estimation.length (50)',
    );
  });

  it('a long window whose events are all excluded runs (its cost no longer grows with the notes)', () => {
    const events = Array.from({ length: 300 }, () => ({ ticker: 'NOPE', date: '2021-03-26' }));
    const result = eventStudy({ prices, events, window: [-5, 3000], market: '^HSI', tests: 'all' });
    expect(result.excluded).toHaveLength(300);
    expect(result.tests['csect']!.note).toContain('day 3000: fewer than 2 events');
  });
});
