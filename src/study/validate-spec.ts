/**
 * The one check of a study spec at the boundary of `eventStudy` (issue 20, class 7): every
 * field's type, with the field's path in the message, so that JSON-shaped misuse from plain
 * JavaScript (`tests: 'csect'`, `ticker: 601633`, `events: null`, `eventStudy({})`) is a
 * {@link ConfigError} and never a `TypeError` from deep inside.
 *
 * The table `STUDY_SPEC_FIELDS` has one row per field of `StudySpec`. Its type
 * requires a row for every key of {@link StudySpec}, so a field added to the interface does not
 * typecheck until it has its rule here; fields of §6 not yet in the interface have rows too.
 * Values (bounds that depend on the data, exclusive options) are checked after this, by
 * `resolveSettings` and `eventStudy`.
 */

import { isCalendarDate, isoDateDigits } from '../io/parse-date';
import { PRICE_CEILING, PRICE_FLOOR, priceBoundProblem } from '../io/price-bounds';
import { resolveConventions } from '../stats/conventions';
import { allTestNames } from '../stats/cross-event-tests';
import type { StudySpec } from '../types';
import { MODEL_NAMES } from './settings';
import {
  anyOf,
  arrayOf,
  boolean,
  callable,
  dayWindow,
  fail,
  integer,
  objectOf,
  oneOf,
  type Rule,
  recordOf,
  rule,
  text,
} from './spec-rules';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

/**
 * A date `YYYY-MM-DD` that exists as the number YYYYMMDD, which orders as the text does; -1 for
 * anything else. The digits are read by the parsers' own reader ({@link isoDateDigits}): a study
 * checks every date of every series (400,000 for the S&P 500 panel), mostly in its first run,
 * before the engine has compiled anything, so the check makes no substring and, but for a day
 * past the 28th, no call.
 */
function dateNumber(v: unknown): number {
  if (typeof v !== 'string' || v.length !== 10) return -1;
  const digits = isoDateDigits(v, 0);
  if (digits < 0) return -1;
  const y = Math.floor(digits / 10000);
  const m = Math.floor(digits / 100) % 100;
  const d = digits % 100;
  if (y < 1000 || m < 1 || m > 12 || d < 1 || (d > 28 && !isCalendarDate(y, m, d))) return -1;
  return digits;
}

/** Strictly increasing `YYYY-MM-DD` dates (a series or a factor table sorted as the library needs). */
const sortedDates = rule('an array of dates YYYY-MM-DD', Array.isArray, (v, path) => {
  const dates = v as unknown[];
  let previous = -1;
  for (let i = 0; i < dates.length; i++) {
    const date = dateNumber(dates[i]);
    if (date < 0) fail(`${path}[${i}]`, "a date 'YYYY-MM-DD'", dates[i]);
    if (i > 0 && !(date > previous)) {
      fail(
        `${path}[${i}]`,
        `after ${path}[${i - 1}] ('${dates[i - 1]}')`,
        dates[i],
        ': dates must be strictly increasing, one row per date (sort the series and drop duplicates)',
      );
    }
    previous = date;
  }
});

/**
 * A column of numbers: a `Float64Array` (as the parsers make) or an array of numbers, each `NaN`
 * (missing) or within `[low, high]`. The range test runs inline for every value; `problem` (which
 * says why a value is refused) is asked only for a value outside it, so the loop over a
 * 400,000-row panel makes no call per value (one shared loop calling four different `accepts`
 * would be a polymorphic call site the JIT cannot inline).
 */
function numberColumn(
  what: string,
  low: number,
  high: number,
  problem: (value: number) => string | undefined,
): Rule {
  const expects = `a Float64Array or an array of numbers (${what})`;
  const refuse = (value: unknown, path: string, i: number): void => {
    if (typeof value !== 'number') fail(`${path}[${i}]`, 'a number', value);
    const why = problem(value);
    if (why !== undefined) fail(`${path}[${i}]`, why, value);
  };
  return rule(
    expects,
    (v) => v instanceof Float64Array || Array.isArray(v),
    (v, path) => {
      const column = v as ArrayLike<unknown>;
      for (let i = 0; i < column.length; i++) {
        const value = column[i] as number;
        if (typeof value !== 'number' || !((value >= low && value <= high) || Number.isNaN(value))) {
          refuse(value, path, i);
        }
      }
    },
  );
}

/** Prices: `NaN` is a missing day (as a parser's skipped row); otherwise within the price bounds. */
const priceColumn = numberColumn('prices', PRICE_FLOOR, PRICE_CEILING, (p) => {
  if (Number.isNaN(p)) return undefined;
  if (!(p > 0) || !Number.isFinite(p)) return 'a positive finite price (or NaN where missing)';
  const bound = priceBoundProblem(p);
  return bound === undefined ? undefined : `a price within the bounds, ${bound}`;
});
/** Simple returns given as input (§6): finite and above −100 %, `NaN` where missing. */
const returnColumn = numberColumn('simple returns', -1, 1e6, (r) =>
  Number.isNaN(r) || (Number.isFinite(r) && r >= -1 && r <= 1e6)
    ? undefined
    : 'a simple return from -1 to 1e6 (or NaN where missing)',
);
const volumeColumn = numberColumn('volumes', 0, Number.MAX_VALUE, (v) =>
  Number.isNaN(v) || (Number.isFinite(v) && v >= 0) ? undefined : 'a volume ≥ 0 (or NaN where missing)',
);
const factorColumn = numberColumn('factor returns as decimals', -1e6, 1e6, (f) =>
  Number.isNaN(f) || (Number.isFinite(f) && Math.abs(f) <= 1e6)
    ? undefined
    : 'a finite factor return (a decimal, at most 1e6 in size; NaN where missing)',
);

const seriesFields = objectOf(
  {
    ticker: text(true),
    dates: sortedDates,
    close: priceColumn,
    returns: returnColumn,
    prevClose: priceColumn,
    volume: volumeColumn,
    exchange: text(true),
    source: rule('an object', isObject),
  },
  { required: ['ticker', 'dates'], open: true },
);

/** A hand-built {@link PriceSeries}: sorted valid dates, one price (or return) per date. */
const priceSeries = rule('a price series { ticker, dates, close }', isObject, (v, path) => {
  seriesFields.check(v, path);
  const series = v as Record<string, unknown>;
  const n = (series['dates'] as unknown[]).length;
  if (series['close'] === undefined && series['returns'] === undefined) {
    fail(`${path}.close`, 'the prices (or `returns`, the simple returns) of the series', undefined);
  }
  if (series['close'] !== undefined && series['returns'] !== undefined) {
    fail(`${path}`, 'a series with close or returns, not both', v);
  }
  for (const name of ['close', 'returns', 'prevClose', 'volume']) {
    const column = series[name] as ArrayLike<number> | undefined;
    if (column !== undefined && column.length !== n) {
      fail(`${path}.${name}`, `as long as ${path}.dates (${n} dates)`, v, `: it has ${column.length} values`);
    }
  }
});

const factorFields = objectOf(
  { dates: sortedDates, factors: recordOf(factorColumn) },
  { required: ['dates', 'factors'], expects: 'a factor table { dates, factors }' },
);
const factorTable = rule(factorFields.expects, isObject, (v, path) => {
  factorFields.check(v, path);
  const table = v as { dates: unknown[]; factors: Record<string, ArrayLike<number>> };
  for (const [name, column] of Object.entries(table.factors)) {
    if (column.length !== table.dates.length) {
      fail(
        `${path}.factors[${JSON.stringify(name)}]`,
        `as long as ${path}.dates (${table.dates.length} dates)`,
        column,
        `: it has ${column.length} values`,
      );
    }
  }
});
/** One factor table, or one per exchange (§6, keyed like `benchmarks`). */
const factors = rule(
  'a factor table { dates, factors } or an object of them by exchange',
  isObject,
  (v, path) => {
    const object = v as Record<string, unknown>;
    if ('dates' in object || 'factors' in object) factorTable.check(v, path);
    else recordOf(factorTable).check(v, path);
  },
);

const exchangeObject = objectOf(
  {
    code: text(true),
    name: text(),
    timeZone: text(true),
    open: text(true),
    close: text(true),
    lunch: objectOf({ start: text(true), end: text(true) }),
    history: arrayOf(rule('an object', isObject)),
  },
  { required: ['code', 'timeZone', 'open', 'close'], expects: 'an exchange { code, timeZone, open, close }' },
);

/** One event; further keys (an events file's own columns) are allowed. */
const eventSpec = objectOf(
  {
    id: text(),
    ticker: text(true),
    tickers: arrayOf(text(true)),
    date: text(true),
    exchange: anyOf(text(true), exchangeObject),
    market: text(true),
    group: text(),
    extra: recordOf(rule('a string or a number', (x) => typeof x === 'string' || typeof x === 'number')),
  },
  { required: ['ticker', 'date'], open: true, expects: 'an event { ticker, date }' },
);

const conventions = anyOf(
  oneOf(['default', 'estudy2']),
  rule('an object of conventions', isObject, (v, path) => {
    try {
      resolveConventions(v as Parameters<typeof resolveConventions>[0]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      fail(path, 'valid conventions', v, `: ${message}`);
    }
  }),
);

const modelName = oneOf(MODEL_NAMES);
const customModel = objectOf(
  { factors: arrayOf(text(true)), excessReturns: boolean },
  { required: ['factors'], expects: 'a model { factors, excessReturns }' },
);

/**
 * Rule per field of a {@link StudySpec}. To add a field: add its type to
 * `StudySpec` and its row here (the type of this table requires both).
 *
 * @example
 * ```ts
 * STUDY_SPEC_FIELDS.window.check([-5, 'x'], 'window') // throws ConfigError: window[1] must be a whole number, got string 'x'
 * ```
 */
export const STUDY_SPEC_FIELDS: { readonly [K in keyof Required<StudySpec>]: Rule } & Readonly<
  Record<string, Rule>
> = {
  prices: arrayOf(priceSeries, 'an array of price series (see parsePrices)'),
  events: arrayOf(eventSpec, 'an array of events { ticker, date }'),
  market: text(true),
  benchmarks: recordOf(text(true), 'an object of benchmark tickers by exchange or suffix'),
  model: anyOf(modelName, customModel),
  factors,
  returns: oneOf(['simple', 'log']),
  measure: oneOf(['returns', 'volume']),
  window: dayWindow(),
  estimation: objectOf({ end: integer(), length: integer(1), minObservations: integer(3) }),
  carWindows: arrayOf(dayWindow(), 'an array of [first, last] windows'),
  nonTradingDay: oneOf(['next', 'previous', 'skip']),
  thinTrading: oneOf(['exclude', 'trade-to-trade']),
  conventions,
  tests: anyOf(oneOf(['all']), arrayOf(oneOf(allTestNames), 'an array of test names')),
  onProgress: callable,
  // overlapping and confounding events
  overlaps: oneOf(['flag', 'exclude', 'clean-estimation']),
  confounders: arrayOf(eventSpec, 'an array of events { ticker, date }'),
};

const studySpec = objectOf(STUDY_SPEC_FIELDS, {
  required: ['prices', 'events'],
  expects: 'a study spec { prices, events, … }',
});

/**
 * Checks a study spec given from plain JavaScript or JSON before anything reads it: every field
 * of `STUDY_SPEC_FIELDS` has the right type, required fields are there, no key is unknown
 * (a misspelt `windw` would otherwise be silently ignored), and hand-built price series are
 * sorted with arrays as long as their dates. Runs in O(rows of the price series).
 *
 * @param spec - What was passed to `eventStudy`.
 * @throws ConfigError naming the field's path: `events[3].ticker must be a string, got number`.
 * @example
 * ```ts
 * validateStudySpec({ prices: [], events: null }) // throws ConfigError: events must be an array of events …, got null
 * ```
 *
 * @category Study
 */
export function validateStudySpec(spec: unknown): asserts spec is StudySpec {
  if (!isObject(spec)) fail('the study spec', studySpec.expects, spec);
  studySpec.check(spec, '');
}
