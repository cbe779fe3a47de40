/**
 * The error catalogue (README, "Errors and exclusions"): every error class and exclusion code it
 * lists is triggered here, and every one triggered here is listed there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayZero } from '../../src/calendar/day-zero';
import { ConfigError, CsvFormatError, EventSpecError, EventStudyError } from '../../src/errors';
import { parseEvents } from '../../src/io/parse-events';
import { parseFactors } from '../../src/io/parse-factors';
import { parsePrices } from '../../src/io/parse-prices';
import { eventStudy } from '../../src/study/event-study';
import type { ExclusionCode, PriceSeries, TestName } from '../../src/types';
import { xiaomiPrices } from '../helpers/xiaomi';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const catalogue = readme.slice(readme.indexOf('## Errors and exclusions'));
const prices = xiaomiPrices();
const hk = (date: string, ticker = '1810.HK') => ({ ticker, date, market: '^HSI' });

type ErrorClass = typeof CsvFormatError | typeof EventSpecError | typeof ConfigError;
const errors: [ErrorClass, string, () => unknown, { line?: number; column?: number }?][] = [
  [CsvFormatError, 'empty file', () => parsePrices('', { file: 'empty.csv', ticker: 'X' })],
  [CsvFormatError, 'no price column', () => parsePrices('date,open\n2021-03-26,1\n', { ticker: 'X' })],
  [
    CsvFormatError,
    'ragged row',
    () => parsePrices('date,close\n2021-03-25,1\n2021-03-26,2,3\n', { ticker: 'X' }),
    { line: 3 },
  ],
  [
    CsvFormatError,
    'unparseable date',
    () => parsePrices('date,close\n2021-02-30,1\n', { ticker: 'X' }),
    { line: 2, column: 1 },
  ],
  [
    CsvFormatError,
    'ambiguous date',
    () => parsePrices('date,close\n03/04/2021,1\n04/05/2021,2\n', { ticker: 'X' }),
    { line: 2, column: 1 },
  ],
  [
    CsvFormatError,
    'non-numeric price',
    () => parsePrices('date,close\n2021-03-26,abc\n', { ticker: 'X' }),
    { line: 2, column: 2 },
  ],
  [
    CsvFormatError,
    'zero or negative price',
    () => parsePrices('date,close\n2021-03-26,-1\n', { ticker: 'X' }),
    { line: 2, column: 2 },
  ],
  [
    CsvFormatError,
    'non-finite price',
    () => parsePrices('date,close\n2021-03-26,Infinity\n', { ticker: 'X' }),
    { line: 2, column: 2 },
  ],
  [
    CsvFormatError,
    'duplicate date',
    () => parsePrices('date,close\n2021-03-26,1\n2021-03-26,2\n', { ticker: 'X' }),
    { line: 3 },
  ],
  [CsvFormatError, 'no ticker', () => parsePrices('date,close\n2021-03-26,1\n')],
  [CsvFormatError, 'factor file without daily rows', () => parseFactors('just a preamble\n')],
  [
    EventSpecError,
    'timestamp without offset',
    () => parseEvents('ticker,date\n1810.HK,2021-03-26T10:00:00\n'),
    { line: 2, column: 2 },
  ],
  [EventSpecError, 'event without ticker', () => parseEvents('ticker,date\n,2021-03-26\n'), { line: 2 }],
  [
    EventSpecError,
    'timestamp on an unknown exchange',
    () => dayZero('2021-03-26T10:00:00Z', ['2021-03-26'], { ticker: 'X.ZZ' }),
  ],
  [
    ConfigError,
    'estimation window overlapping the event window',
    () => eventStudy({ prices, events: [], estimation: { end: 0 } }),
  ],
  [
    ConfigError,
    'unknown model or option',
    () => eventStudy({ prices, events: [], returns: 'weekly' as 'log' }),
  ],
  [ConfigError, 'factor model without factors', () => eventStudy({ prices, events: [], model: 'carhart' })],
  [ConfigError, 'duplicate tickers', () => eventStudy({ prices: [...prices, prices[0]!], events: [] })],
  [
    ConfigError,
    'unknown test',
    () => eventStudy({ prices, events: [], tests: ['magic'] as string[] as TestName[] }),
  ],
];

const flat: PriceSeries = {
  ticker: 'FLAT',
  dates: prices[0]!.dates,
  close: new Float64Array(prices[0]!.dates.length).fill(5),
};
const exclusions: [ExclusionCode, () => ReturnType<typeof eventStudy>][] = [
  ['unknown-ticker', () => eventStudy({ prices, events: [hk('2021-03-26', 'XIAOMI')] })],
  [
    'unknown-benchmark',
    () => eventStudy({ prices, events: [{ ticker: '1810.HK', date: '2021-03-26', market: 'HSI' }] }),
  ],
  ['non-trading-day', () => eventStudy({ prices, events: [hk('2021-03-27')], nonTradingDay: 'skip' })],
  ['window-outside-data', () => eventStudy({ prices, events: [hk('2030-01-02')] })],
  [
    'factors-missing',
    () =>
      eventStudy({
        prices,
        events: [hk('2021-03-26')],
        model: 'capm',
        factors: { dates: ['2021-03-25'], factors: { RF: Float64Array.of(0) } },
      }),
  ],
  [
    'event-window-gap',
    () => eventStudy({ prices, events: [{ ticker: '601633.SS', date: '2015-06-23', market: '000001.SS' }] }),
  ],
  [
    'overlapping-event',
    () =>
      eventStudy({
        prices,
        events: [hk('2021-03-26')],
        confounders: [hk('2021-03-26')],
        overlaps: 'exclude',
      }),
  ],
  ['estimation-too-short', () => eventStudy({ prices, events: [hk('2018-09-03')] })],
  ['zero-variance', () => eventStudy({ prices: [...prices, flat], events: [hk('2021-03-26', 'FLAT')] })],
];

describe('error catalogue', () => {
  it.each(errors.map(([type, what, run, where]) => [type.name, what, type, run, where] as const))(
    '%s: %s',
    (_name, what, type, run, where) => {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, what).toBeInstanceOf(type);
      expect(thrown).toBeInstanceOf(EventStudyError);
      expect((thrown as EventStudyError).code).toBe(new type('').code);
      if (where?.line !== undefined) expect((thrown as EventStudyError).line).toBe(where.line);
      if (where?.column !== undefined) expect((thrown as EventStudyError).column).toBe(where.column);
    },
  );

  it.each(exclusions)('exclusion %s', (code, run) => {
    const result = run();
    expect(result.excluded.map((exclusion) => exclusion.code)).toEqual([code]);
    expect(result.excluded[0]!.reason.length).toBeGreaterThan(20);
  });

  it('the README lists every class and code triggered here, and nothing else', () => {
    for (const name of ['CsvFormatError', 'EventSpecError', 'ConfigError', 'EventStudyError']) {
      expect(catalogue).toContain(`\`${name}\``);
    }
    const listed = [...catalogue.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(exclusions.map(([code]) => code).sort());
  });
});
