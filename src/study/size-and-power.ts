/**
 * Size and power self-check of the cross-event tests, after Brown & Warner (1985, "Using daily
 * stock returns: the case of event studies", Journal of Financial Economics 14(1), 3–31):
 * many samples of events placed at random (stock, date) pairs of a real panel, studied with and
 * without an abnormal return added on day 0, and for each test the share of samples in which it
 * rejects the null.
 */
import { lowerBound, upperBound } from '../calendar/calendar-search';
import { ConfigError } from '../errors';
import { allTestNames, defaultTestNames } from '../stats/cross-event-tests';
import { mulberry32, randomInteger } from '../stats/seeded-random';
import type { EventSpec, PriceSeries, ReturnKind, StudyResult, StudySpec, TestName } from '../types';
import { eventStudy } from './event-study';
import { resolveSettings } from './settings';

/**
 * Options of {@link sizeAndPower}.
 *
 * @category Study
 */
export interface SizePowerOptions {
  /** The panel: the listings to sample from, and the benchmark. */
  prices: PriceSeries[];
  /** Benchmark ticker (e.g. `'^GSPC'`); its dates are the event calendar. Never sampled. */
  market: string;
  /** Number of samples (each one study per abnormal level). */
  samples: number;
  /** Events drawn per sample, default 50. */
  eventsPerSample?: number;
  /** Abnormal returns δ added to the day-0 return, default `[0, 0.01, 0.02]`. */
  abnormal?: number[];
  /** Level of the two-sided tests, default 0.05: a test rejects when p < alpha. */
  alpha?: number;
  /** Seed of the Mulberry32 generator that draws the events, default 1. */
  seed?: number;
  /** Tests to run (as `StudySpec.tests`), default the study's default set. */
  tests?: readonly TestName[] | 'all';
  /**
   * Further study settings (window, estimation, model, factors, conventions, returns…). The
   * event window must contain [-1, 1]; `carWindows` is always `[[-1, 1]]`.
   */
  study?: Partial<Omit<StudySpec, 'prices' | 'events' | 'market' | 'tests' | 'onProgress'>>;
  /** Called after each study with the number done and the total (`samples × abnormal.length`). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Rejection rates of one test, aligned with {@link SizePowerResult.abnormal}.
 *
 * @category Study
 */
export interface SizePowerRates {
  /** Share of samples with p < alpha on day 0. */
  day0: number[];
  /** Share of samples with p < alpha for CAR[-1, 1]. */
  car: number[];
  /** Samples in which the day-0 p-value was `NaN` (counted as not rejecting). */
  day0Undefined: number[];
  /** Samples in which the CAR[-1, 1] p-value was `NaN` (counted as not rejecting). */
  carUndefined: number[];
}

/**
 * What {@link sizeAndPower} measured. Plain data.
 *
 * @category Study
 */
export interface SizePowerResult {
  samples: number;
  eventsPerSample: number;
  alpha: number;
  seed: number;
  /** The abnormal returns δ, in order. */
  abnormal: number[];
  /** Mean number of events the pipeline kept per sample, per abnormal level. */
  meanEvents: number[];
  /** The CAR window tested, always [-1, 1]. */
  carWindow: [number, number];
  /** Test names, in the order they ran. */
  tests: TestName[];
  /** Rejection rates by test name. */
  rates: Record<string, SizePowerRates>;
  /** Eligible (stock, date) pairs the events were drawn from, and from how many listings. */
  population: { pairs: number; listings: number };
  /** The resolved study settings. */
  settings: StudyResult['settings'];
}

/**
 * A Brown & Warner (1985) size and power self-check on a real panel. Each sample draws
 * `eventsPerSample` (stock, date) pairs uniformly with replacement from all eligible pairs:
 * stocks are the listings of `prices` other than the benchmark, dates are benchmark trading
 * dates whose whole estimation window (default relative days [-260, -11], plus the price before
 * its first day) and event window fall inside the listing's first and last dates. Each sample
 * is studied once per abnormal level δ with a single `eventStudy` call (CAR window [-1, 1]); a
 * test rejects when its two-sided p-value is below `alpha`, and its rate is the share of
 * samples in which it rejects (a `NaN` p-value counts as no rejection and is counted apart).
 * Events the pipeline excludes (a gap in the event window, too few estimation days) are simply
 * not in that sample: `meanEvents` reports how many were kept.
 *
 * How δ is added: for δ ≠ 0 every event gets its own copy of its listing's series, under a
 * unique ticker (`AAPL#17`), whose day-0 return is larger by exactly δ and every other return
 * unchanged (prices from day 0 on are scaled by one factor; a returns series has its day-0
 * return raised). Only the sampled listings are copied, and only
 * for δ ≠ 0; under δ = 0 the events use the original series. The same events are used for every
 * δ, so size and power are measured on identical samples.
 *
 * Pure and reproducible: the same options (and seed) give the same result; no I/O.
 *
 * @param options - the panel, the benchmark, the number of samples and the optional settings
 *   (see {@link SizePowerOptions})
 * @returns rejection rates per test and abnormal level, on day 0 and for CAR[-1, 1], with the
 *   number of samples and the mean number of events kept
 * @throws ConfigError for a benchmark not in `prices`, no eligible (stock, date) pair, a
 *   non-positive count, an `alpha` outside (0, 1), or study settings `eventStudy` rejects
 *
 * @example
 * ```ts
 * const prices = await loadPrices(['data/us/sp500_5yr/individual_stocks_5yr', 'data/indices/GSPC.csv']);
 * const check = sizeAndPower({ prices, market: '^GSPC', samples: 250, seed: 1 });
 * check.rates.patell.day0; // [size at δ = 0, power at +1 %, power at +2 %]
 * ```
 *
 * @category Study
 */
export function sizeAndPower(options: SizePowerOptions): SizePowerResult {
  const eventsPerSample = options.eventsPerSample ?? 50;
  const abnormal = options.abnormal ?? [0, 0.01, 0.02];
  const alpha = options.alpha ?? 0.05;
  const seed = options.seed ?? 1;
  const { samples, market } = options;
  checkCount('samples', samples);
  checkCount('eventsPerSample', eventsPerSample);
  if (!(alpha > 0 && alpha < 1)) throw new ConfigError(`alpha must be in (0, 1), got ${alpha}`);
  if (abnormal.length === 0 || !abnormal.every(Number.isFinite))
    throw new ConfigError(
      `abnormal must be a non-empty list of finite numbers, got [${abnormal.join(', ')}]`,
    );
  const benchmark = options.prices.find((series) => series.ticker === market);
  if (!benchmark) throw new ConfigError(`the benchmark '${market}' is not among the prices`);

  const carWindow: [number, number] = [-1, 1];
  const base: Omit<StudySpec, 'prices' | 'events'> = {
    ...options.study,
    market,
    carWindows: [carWindow],
    tests: options.tests ?? defaultTestNames,
  };
  const settings = resolveSettings({ prices: [], events: [], ...base });
  if (settings.window[0] > 0 || settings.window[1] < 0)
    throw new ConfigError(`the event window [${settings.window.join(', ')}] must contain day 0`);
  const tests = [...(base.tests === 'all' ? allTestNames : (base.tests ?? defaultTestNames))];

  const calendar = benchmark.dates;
  const population = eligiblePairs(options.prices, market, calendar, settings);
  const total = population.cumulative[population.cumulative.length - 1] ?? 0;
  if (total === 0) {
    throw new ConfigError(
      `no (stock, date) pair has its estimation and event windows inside the data: ` +
        `check the listings' dates against the calendar of '${market}'`,
    );
  }

  const random = mulberry32(seed);
  const rejections = new Map(
    tests.map((name) => [
      name,
      { day0: counts(abnormal), car: counts(abnormal), day0Nan: counts(abnormal), carNan: counts(abnormal) },
    ]),
  );
  const kept = counts(abnormal);
  const studies = samples * abnormal.length;
  let done = 0;
  for (let s = 0; s < samples; s++) {
    const draws = drawSample(random, population, eventsPerSample);
    abnormal.forEach((delta, a) => {
      const result = eventStudy({
        ...base,
        ...sampleSpec(draws, delta, benchmark, calendar, settings.returns),
      });
      kept[a]! += result.events.length;
      const day0 = result.days.indexOf(0);
      const car = result.cars.find((c) => c.window[0] === carWindow[0] && c.window[1] === carWindow[1]);
      for (const name of tests) {
        const tally = rejections.get(name)!;
        const pDay = result.tests[name]?.pValue[day0] ?? Number.NaN;
        const pCar = car?.tests[name]?.pValue ?? Number.NaN;
        if (Number.isNaN(pDay)) tally.day0Nan[a]!++;
        else if (pDay < alpha) tally.day0[a]!++;
        if (Number.isNaN(pCar)) tally.carNan[a]!++;
        else if (pCar < alpha) tally.car[a]!++;
      }
      done++;
      options.onProgress?.(done, studies);
    });
  }

  const rates: Record<string, SizePowerRates> = {};
  for (const name of tests) {
    const tally = rejections.get(name)!;
    rates[name] = {
      day0: tally.day0.map((count) => count / samples),
      car: tally.car.map((count) => count / samples),
      day0Undefined: tally.day0Nan,
      carUndefined: tally.carNan,
    };
  }
  return {
    samples,
    eventsPerSample,
    alpha,
    seed,
    abnormal: [...abnormal],
    meanEvents: kept.map((count) => count / samples),
    carWindow,
    tests,
    rates,
    population: {
      pairs: total,
      listings: population.listings.filter((_, i) => population.size(i) > 0).length,
    },
    settings: (({ carWindows: _carWindows, ...rest }) => rest)(settings),
  };
}

/**
 * Options of {@link addDayZeroReturn}.
 *
 * @category Study
 */
export interface DayZeroShift {
  /** Day 0, a date of the series. */
  date: string;
  /** The calendar's trading date before day 0, a date of the series (the return's base). */
  previousDate: string;
  /** The abnormal return added to the day-0 return. */
  delta: number;
  /** Return kind of the study: δ is added to the simple (default) or to the log return. */
  returns?: ReturnKind;
  /** Ticker of the copy, default the series' ticker. */
  ticker?: string;
}

/**
 * A copy of a price series whose day-0 return is larger by exactly δ and whose every other
 * return is unchanged: every price from day 0 on is multiplied by one factor k, chosen so that
 * the day-0 price becomes `P₋₁ · (1 + R₀ + δ)` (simple returns; `P₀ · e^δ` for log returns).
 * Where the series carries the vendor's previous close, that is the base of R₀ instead of P₋₁,
 * and previous closes after day 0 are scaled by k too. Used by {@link sizeAndPower} to inject an
 * abnormal return (Brown & Warner 1985).
 *
 * @param series - the listing's prices
 * @param shift - day 0, the calendar's date before it, δ, the return kind, the copy's ticker
 * @returns a new series (the input is not modified); `source` is dropped
 * @throws ConfigError when the series has no price on either date, or when δ would make a
 *   price non-positive
 *
 * @example
 * ```ts
 * const shifted = addDayZeroReturn(aapl, { date: '2016-03-01', previousDate: '2016-02-29', delta: 0.02, ticker: 'AAPL#1' });
 * // return on 2016-03-01 is 2 percentage points higher; all other returns as in aapl
 * ```
 *
 * @category Study
 */
export function addDayZeroReturn(series: PriceSeries, shift: DayZeroShift): PriceSeries {
  const zero = series.dates.indexOf(shift.date);
  const before = series.dates.indexOf(shift.previousDate);
  if (zero < 0 || before < 0 || before >= zero) {
    throw new ConfigError(
      `${series.ticker} needs prices on ${shift.previousDate} and ${shift.date} to shift its day-0 return`,
    );
  }
  if (series.returns) return shiftGivenReturn(series, zero, shift);
  const close0 = series.close!;
  const price = close0[zero]!;
  const previous = series.prevClose?.[zero];
  const basis = previous !== undefined && !Number.isNaN(previous) ? previous : close0[before]!;
  const factor = shift.returns === 'log' ? Math.exp(shift.delta) : (price + shift.delta * basis) / price;
  if (!(factor > 0) || !Number.isFinite(factor)) {
    throw new ConfigError(
      `adding ${shift.delta} to the return of ${series.ticker} on ${shift.date} makes its price non-positive`,
    );
  }
  const close = close0.slice();
  for (let j = zero; j < close.length; j++) close[j]! *= factor;
  const copy: PriceSeries = { ticker: shift.ticker ?? series.ticker, dates: series.dates, close };
  if (series.prevClose) {
    const prevClose = series.prevClose.slice();
    for (let j = zero + 1; j < prevClose.length; j++) prevClose[j]! *= factor;
    copy.prevClose = prevClose;
  }
  if (series.volume) copy.volume = series.volume;
  return copy;
}

/**
 * {@link addDayZeroReturn} for a returns series: only the day-0 return changes, to R₀ + δ (simple)
 * or (1 + R₀)·e^δ − 1 (log), which is what scaling every later price by one factor does.
 */
function shiftGivenReturn(series: PriceSeries, zero: number, shift: DayZeroShift): PriceSeries {
  const returns = series.returns!.slice();
  const r0 = returns[zero]!;
  const shifted = shift.returns === 'log' ? (1 + r0) * Math.exp(shift.delta) - 1 : r0 + shift.delta;
  if (!(shifted > -1) || !Number.isFinite(shifted)) {
    throw new ConfigError(
      `adding ${shift.delta} to the return of ${series.ticker} on ${shift.date} gives no valid return (${shifted})`,
    );
  }
  returns[zero] = shifted;
  const copy: PriceSeries = { ticker: shift.ticker ?? series.ticker, dates: series.dates, returns };
  if (series.volume) copy.volume = series.volume;
  return copy;
}

/** Eligible (listing, calendar index) pairs: for listing i, indices `first[i] … first[i] + size(i) − 1`. */
interface Population {
  listings: PriceSeries[];
  first: number[];
  /** Running totals of the listings' eligible counts. */
  cumulative: number[];
  size(i: number): number;
}

function eligiblePairs(
  prices: readonly PriceSeries[],
  market: string,
  calendar: readonly string[],
  settings: ReturnType<typeof resolveSettings>,
): Population {
  const { end, length } = settings.estimation;
  const start = end - length + 1; // first estimation day, e.g. -260
  const before = Math.min(start, settings.window[0]) - 1; // the price its return needs
  const after = Math.max(end, settings.window[1]);
  const listings: PriceSeries[] = [];
  const first: number[] = [];
  const cumulative: number[] = [];
  const sizes: number[] = [];
  let running = 0;
  for (const series of prices) {
    if (series.ticker === market || series.dates.length === 0) continue;
    const from = lowerBound(calendar, series.dates[0]!); // first calendar date inside the listing
    const to = upperBound(calendar, series.dates[series.dates.length - 1]!) - 1; // last one
    const lo = Math.max(0, from - before);
    const hi = Math.min(calendar.length - 1, to - after);
    const size = Math.max(0, hi - lo + 1);
    listings.push(series);
    first.push(lo);
    sizes.push(size);
    running += size;
    cumulative.push(running);
  }
  return { listings, first, cumulative, size: (i) => sizes[i]! };
}

interface Draw {
  listing: PriceSeries;
  /** Calendar index of day 0. */
  day0: number;
}

function drawSample(random: () => number, population: Population, n: number): Draw[] {
  const total = population.cumulative[population.cumulative.length - 1]!;
  const draws: Draw[] = [];
  for (let k = 0; k < n; k++) {
    const u = randomInteger(random, total);
    const i = upperBound(population.cumulative, u); // first listing whose running total exceeds u
    const offset = u - (i > 0 ? population.cumulative[i - 1]! : 0);
    draws.push({ listing: population.listings[i]!, day0: population.first[i]! + offset });
  }
  return draws;
}

function sampleSpec(
  draws: readonly Draw[],
  delta: number,
  benchmark: PriceSeries,
  calendar: readonly string[],
  returns: ReturnKind,
): Pick<StudySpec, 'prices' | 'events'> {
  const prices: PriceSeries[] = [benchmark];
  const events: EventSpec[] = [];
  if (delta === 0) {
    const seen = new Set<string>();
    for (const { listing, day0 } of draws) {
      if (!seen.has(listing.ticker)) prices.push(listing);
      seen.add(listing.ticker);
      events.push({ ticker: listing.ticker, date: calendar[day0]! });
    }
    return { prices, events };
  }
  draws.forEach(({ listing, day0 }, k) => {
    const ticker = `${listing.ticker}#${k + 1}`;
    const date = calendar[day0]!;
    const previousDate = calendar[day0 - 1]!;
    // A listing without a price on day 0 or the day before has no day-0 return: the study
    // excludes the event (event-window-gap) whatever δ is, so the copy needs no shift.
    const shiftable = listing.dates.includes(date) && listing.dates.includes(previousDate);
    prices.push(
      shiftable
        ? addDayZeroReturn(listing, { date, previousDate, delta, returns, ticker })
        : { ...listing, ticker },
    );
    events.push({ ticker, date });
  });
  return { prices, events };
}

function counts(levels: readonly number[]): number[] {
  return levels.map(() => 0);
}

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1)
    throw new ConfigError(`${name} must be a positive whole number, got ${value}`);
}
