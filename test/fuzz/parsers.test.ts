/**
 * Fuzzing every parser: random text and random mutations of the real files. The only errors
 * that may come out are the library's named ones (EventStudyError subclasses); anything that
 * parses must satisfy the invariants of a PriceSeries / EventSpec / FactorTable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventStudyError } from '../../src/errors';
import { parseEvents } from '../../src/io/parse-events';
import { parseFactors } from '../../src/io/parse-factors';
import { parsePrices } from '../../src/io/parse-prices';
import type { PriceSeries } from '../../src/types';
import { DATA } from '../helpers/xiaomi';
import { FUZZ_RUNS, FUZZ_SEED, FUZZ_TIMEOUT } from './fuzz-runs';

/** First lines of a real file: enough for every format's header and some rows. */
function head(path: string, lines = 40): string {
  return readFileSync(join(DATA, path), 'utf8').split('\n').slice(0, lines).join('\n');
}

const realPriceFiles = [
  head('hk/1810.HK.csv'),
  head('hk/alt/1810.HK.history.csv'),
  head('cn/sh601633.csv'),
  head('cn/alt_601633.csv'),
  head('us/BIDU.csv'),
  head('us/sp500_5yr/individual_stocks_5yr/AAPL_data.csv'),
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'estudy2', 'estudy2_prices.csv'), 'utf8')
    .split('\n')
    .slice(0, 30)
    .join('\n'),
  readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'eventstudytools_sp500', '03_MarketData.csv'),
    'utf8',
  )
    .split('\n')
    .slice(0, 30)
    .join('\n'),
];
const realFactorText =
  head('factors/F-F_Research_Data_Factors_daily.CSV', 60) + '\n\n Annual Factors: January-December \n';
const realEventText =
  'id,ticker,date,market,group\nev1,1810.HK,2021-03-26,^HSI,ev\nev2,BIDU,2021-01-07T10:48:00-05:00,^GSPC,ev\n';

/** A mutation of a text, of the kinds real files suffer. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '"',
      ',',
      ';',
      '\r',
      '\n',
      '\r\n',
      '\uFEFF',
      'NA',
      'null',
      '-',
      '1e308',
      '1e-320',
      '0',
      '-5',
      'Infinity',
      'NaN',
      '__proto__',
      '2021-02-30',
      '03/04/2021',
      '\t',
      ' ',
      '=SUM(A1)',
    ),
  }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('drop-field' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('line-endings' as const), ending: fc.constantFrom('\r\n', '\r', '\n\n') }),
  fc.record({ kind: fc.constant('bom' as const) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, change: Mutation): string {
  const lines = text.split('\n');
  switch (change.kind) {
    case 'delete': {
      const at = change.at % Math.max(1, text.length);
      return text.slice(0, at) + text.slice(at + change.length);
    }
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'swap-lines': {
      const a = change.a % lines.length;
      const b = change.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'drop-field': {
      const i = change.line % lines.length;
      lines[i] = lines[i]!.split(',').slice(0, -1).join(',');
      return lines.join('\n');
    }
    case 'line-endings':
      return lines.join(change.ending);
    case 'bom':
      return `\uFEFF${text}`;
  }
}

/** Runs a parser; a thrown error must be one of the library's, with a message. */
function namedErrorsOnly<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(EventStudyError);
    expect((error as Error).message.length).toBeGreaterThan(10);
    return undefined;
  }
}

function checkSeries(series: PriceSeries[]): void {
  for (const one of series) {
    expect(one.dates.length).toBe(one.close!.length);
    for (let i = 0; i < one.dates.length; i++) {
      expect(one.dates[i]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (i > 0) expect(one.dates[i]! > one.dates[i - 1]!).toBe(true);
      expect(Number.isFinite(one.close![i]!) && one.close![i]! > 0).toBe(true);
    }
  }
}

const options = { seed: FUZZ_SEED, numRuns: FUZZ_RUNS };

describe('fuzzing parsePrices', () => {
  it(
    'random text only ever raises named errors',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
          const parsed = namedErrorsOnly(() => parsePrices(text, { ticker: 'X', file: 'fuzz.csv' }));
          if (parsed) checkSeries(parsed);
        }),
        options,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'mutated real files parse to valid series or raise named errors',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...realPriceFiles),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (text, changes) => {
            const mutated = changes.reduce(mutate, text);
            const parsed = namedErrorsOnly(() => parsePrices(mutated, { file: 'mutated.csv' }));
            if (parsed) checkSeries(parsed);
          },
        ),
        options,
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe('fuzzing parseEvents and parseFactors', () => {
  it(
    'random and mutated event files raise named errors only',
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { maxLength: 4 }), fc.string({ maxLength: 60 }), (changes, noise) => {
          const mutated = changes.reduce(mutate, realEventText + noise);
          const events = namedErrorsOnly(() => parseEvents(mutated, { file: 'events.csv' }));
          for (const event of events ?? []) {
            expect(event.ticker.length).toBeGreaterThan(0);
            expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}(T.*(Z|[+-]\d{2}:\d{2}))?$/);
          }
        }),
        options,
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'mutated Ken French files raise named errors only, and parse to finite decimals',
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) => {
          const table = namedErrorsOnly(() =>
            parseFactors(changes.reduce(mutate, realFactorText), { file: 'ff.csv' }),
          );
          if (!table) return;
          for (const column of Object.values(table.factors)) {
            expect(column.length).toBe(table.dates.length);
            // finite (huge values are kept as written), or NaN for Ken French's -99.99 missing code
            for (const value of column) expect(Number.isNaN(value) || Number.isFinite(value)).toBe(true);
          }
        }),
        options,
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe('regressions found by fuzzing', () => {
  it('a huge but finite factor value (fuzz: "1e308" inserted into a cell) is kept as written', () => {
    const table = parseFactors(',Mkt-RF,RF\n20210325,-0.101e308,0.01\n20210326,0.1,0.01\n');
    expect(table.factors['Mkt-RF']![0]).toBe(-1.01e305);
  });

  it('an overflowing factor value is an error with its cell', () => {
    expect(() => parseFactors(',Mkt-RF,RF\n20210325,1e400,0.01\n', { file: 'ff.csv' })).toThrow(
      /ff\.csv, line 2, column 2/,
    );
  });
});
