import { buyAndHoldAbnormalReturn } from '../models/bhar';
import { carVarianceFactor } from '../models/car-variance';
import {
  abnormalReturn,
  expectedReturn,
  type FittedLinearModel,
  fitLinearModel,
  type LinearDesign,
} from '../models/linear-model';
import { ols } from '../models/ols';
import { predictionErrorFactor, type RegressorMoments } from '../models/prediction-error';
import { fitScholesWilliams } from '../models/scholes-williams';
import { pValueT } from '../stats/p-value';
import type {
  Conventions,
  EventCar,
  EventResult,
  EventSpec,
  Exclusion,
  ExclusionCode,
  FactorTable,
  PriceSeries,
} from '../types';
import type { ListingEvent } from './expand-events';
import { factorTableFor } from './factor-table-for';
import { modelDesign, requiredFactors } from './model-design';
import { dropRanges } from './overlap-entries';
import { type Placement, placeEvent } from './place-event';
import type { Settings } from './settings';
import type { EventCalendar, StudyData } from './study-data';

/**
 * What the cross-event statistics need from one included event (see EventPanel and
 * `buildPanel`). The window's AR, SAR, CAR, SCAR and BHAR are read from `result`; the estimation
 * ARs are computed by `buildPanel` straight into the panel from the fitted model, so that an
 * event keeps no copies of its own (a study of 100,000 events holds 25 million of them).
 *
 * @example
 * ```ts
 * const outcome = studyEvent(listingEvent, context);
 * if (outcome.included) outcome.row.estimationRows.length; // M, the usable estimation days
 * ```
 */
export interface EventRow {
  result: EventResult;
  /** Calendar index of the first window day (window day j is calendar day `first + j`). */
  first: number;
  /** Calendar index of day 0. */
  day0: number;
  /** The event calendar's dates as days since 1970-01-01 (shared by every event on it). */
  keys: Int32Array;
  df: number;
  m: number;
  sigma: number;
  /** The fitted model, whose ARs on `estimationRows` are the estimation-window ARs. */
  model: FittedLinearModel;
  /** Calendar indices of the usable estimation days, ascending. */
  estimationRows: Int32Array;
  /**
   * Single-index models only: the regressor column on the calendar (window day j at
   * `first + j`), and its estimation x̄ and S_xx.
   */
  singleIndex?: { x: Float64Array; mean: number; ss: number };
}

/**
 * Everything an event's computation reads, shared by all events of a study.
 *
 * @example
 * ```ts
 * const context: StudyContext = { data: createStudyData(prices, 'simple'), settings, conventions };
 * studyEvent(listingEvent, context);
 * ```
 */
export interface StudyContext {
  data: StudyData;
  settings: Settings;
  conventions: Conventions;
  /** `StudySpec.factors`: one table or one per exchange (the data holds the single one). */
  factors?: FactorTable | Readonly<Record<string, FactorTable>>;
  /** Storage of the events' estimation days, created by the first event studied. */
  days?: DayStore;
}

/**
 * What the pass before the per-event work found for one listing-event: where it sits, and what
 * the overlap policy asks of it ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)).
 *
 * @example
 * ```ts
 * studyEvent(listing, context, { placement: placeEvent(listing, data, settings) });
 * ```
 */
export interface PreparedEvent {
  placement: Placement;
  /** Calendar-index ranges `[from, to, …]` to drop from the estimation window (sorted by `from`). */
  removeFromEstimation?: Int32Array;
  /** Set under `overlaps: 'exclude'` when the event window meets another: the exclusion reason. */
  conflict?: string;
}

/** An event studied, or the reason it could not be. */
export type EventOutcome = { included: true; row: EventRow } | { included: false; exclusion: Exclusion };

/**
 * Studies one event: its calendar and day 0, the model fitted on the estimation window, and
 * AR, SAR, CAR, SCAR and BHAR with per-event t tests over the event window ([methods §1–3](../../docs/methods.md#1-calendar-day-0-and-windows)).
 * Exclusion checks run in the order of [methods §6](../../docs/methods.md#6-bad-input-and-exclusions), so the first that applies is reported.
 *
 * @param listingEvent - one listing of an input event (see `expandEvents`)
 * @param context - the study's shared data and settings
 * @param prepared - its placement and overlap treatment, when the study placed every event first
 *   (without it the event is placed here and no overlap is considered)
 * @returns the event's row for the cross-section, or its exclusion
 *
 * @example
 * ```ts
 * const event = { ticker: '1810.HK', date: '2021-03-26', market: '^HSI' };
 * const outcome = studyEvent({ index: 0, event, ticker: event.ticker }, context);
 * if (outcome.included) console.log(outcome.row.result.ar);
 * ```
 */
export function studyEvent(
  listingEvent: ListingEvent,
  context: StudyContext,
  prepared?: PreparedEvent,
): EventOutcome {
  const { data, settings, conventions } = context;
  const { event, index, ticker } = listingEvent;
  const exclude = (code: ExclusionCode, reason: string): EventOutcome => ({
    included: false,
    exclusion: { index, event, ticker, code, reason },
  });
  const placement = prepared?.placement ?? placeEvent(listingEvent, data, settings);
  if (!placement.ok) return exclude(placement.code, placement.reason);
  const { listing, benchmark, calendar, zero } = placement;

  const [a, b] = settings.window;
  const first = zero.index + a;
  const last = zero.index + b;
  const dates = calendar.dates;
  if (first < 0 || last >= dates.length) {
    return exclude(
      'window-outside-data',
      `the event window [${a}, ${b}] around ${zero.date} needs ${-a} trading days before and ${b} after it; ` +
        `the calendar of ${calendar.owner} runs from ${dates[0]} to ${dates[dates.length - 1]}`,
    );
  }
  const factorTable = factorTableFor(event, ticker, context.factors, listing.exchange);
  const columns = requiredFactors(settings.model, settings.factorModel, factorTable);
  if (columns.length > 0 && context.factors !== undefined && factorTable === undefined) {
    return exclude(
      'factors-missing',
      `no factor table for ${ticker}: factors has tables for ${Object.keys(context.factors).join(', ')} (keys are suffixes such as .HK or exchange codes such as HKEX, US)`,
    );
  }
  const missingFactor = missingFactorDay(context, calendar, first, last, columns, factorTable);
  if (missingFactor !== undefined) {
    return exclude(
      'factors-missing',
      `the factor table has no row for ${missingFactor}, inside the event window`,
    );
  }
  const design = modelDesign(
    settings.model,
    data,
    listing.ticker,
    benchmark,
    calendar,
    settings.thinTrading,
    settings.measure,
    factorTable,
    settings.factorModel,
  );
  for (let t = first; t <= last; t++) {
    if (!usable(design, t) && !noTrade(design, t)) {
      return exclude(
        'event-window-gap',
        `no usable return on ${dates[t]} (day ${t - zero.index}): ${listing.ticker}` +
          `${benchmark === undefined ? '' : ` or ${benchmark}`} has no price that day or on ${dates[t - 1] ?? 'the day before'}` +
          listingSpan(listing, dates[t], dates[t]),
      );
    }
  }
  const untraded = settings.carWindows.find(([from, to]) => {
    for (let t = zero.index + from; t <= zero.index + to; t++) if (usable(design, t)) return false;
    return true;
  });
  if (untraded) {
    return exclude(
      'event-window-gap',
      `${listing.ticker} did not trade in CAR window [${untraded.join(', ')}] around ${zero.date}: there is no return to test`,
    );
  }
  if (prepared?.conflict !== undefined) return exclude('overlapping-event', prepared.conflict);
  const { end, length, minObservations } = settings.estimation;
  const estimationFirst = Math.max(0, zero.index + end - length + 1);
  const estimationLast = zero.index + end;
  context.days ??= { chunk: new Int32Array(0), used: 0 };
  let rows = usableDays(design, Math.max(1, estimationFirst), estimationLast, context.days);
  const removals = prepared?.removeFromEstimation;
  const usableBefore = rows.length;
  // clean-estimation: the other events' event-window days leave the window, which is not extended
  if (removals) rows = dropRanges(rows, removals);
  if (rows.length < minObservations) {
    const removed = usableBefore - rows.length;
    return exclude(
      'estimation-too-short',
      `only ${rows.length} usable estimation days in relative days [${end - length + 1}, ${end}]` +
        ` (${dates[estimationFirst] ?? 'before the data'} to ${dates[estimationLast] ?? 'before the data'})` +
        `${removed > 0 ? ` after ${removed} days of overlapping events' event windows were removed` : ''}; ` +
        `minObservations is ${minObservations}` +
        listingSpan(listing, dates[estimationFirst], dates[estimationLast]),
    );
  }
  const model =
    settings.model === 'scholes-williams'
      ? fitScholesWilliams(
          design,
          { lagged: design.auxiliary![0]!, leading: design.auxiliary![1]! },
          rows,
          conventions.varianceDf,
        )
      : fitLinearModel(design, rows, conventions.varianceDf);
  if ('failure' in model)
    return exclude('zero-variance', `the ${settings.model} model cannot be fitted: ${model.failure}`);

  const moments = regressorMoments(model, conventions, estimationFirst, estimationLast, removals);
  const row = eventRow(event, index, context, {
    calendar,
    model,
    moments,
    day0: zero.index,
    first,
    last,
    rows,
    listing: listing.ticker,
    benchmark,
  });
  row.result.shift = zero.shift;
  row.result.reason = zero.reason;
  row.result.estimation = { start: dates[estimationFirst]!, end: dates[estimationLast]!, n: rows.length };
  if (settings.overlaps !== 'flag') row.result.estimation.removed = usableBefore - rows.length;
  return { included: true, row };
}

interface Fitted {
  calendar: EventCalendar;
  model: FittedLinearModel;
  moments: RegressorMoments;
  day0: number;
  first: number;
  last: number;
  rows: Int32Array;
  listing: string;
  benchmark: string | undefined;
}

function eventRow(event: EventSpec, index: number, context: StudyContext, fitted: Fitted): EventRow {
  const { data, settings, conventions } = context;
  const { calendar, model, moments, day0, first, last } = fitted;
  const days = last - first + 1;
  const sigma = Math.sqrt(model.variance);
  // Under trade-to-trade the returns shown are the ones studied: between trades, with the
  // benchmark compounded over the same spans.
  const tradeToTrade = settings.thinTrading === 'trade-to-trade';
  const raw =
    settings.measure === 'volume'
      ? data.logVolume(fitted.listing, calendar)
      : tradeToTrade
        ? data.tradeToTrade(fitted.listing, calendar).returns
        : data.returns(fitted.listing, calendar);
  const marketRaw =
    fitted.benchmark === undefined
      ? undefined
      : tradeToTrade
        ? data.compounded(fitted.benchmark, fitted.listing, calendar)
        : data.returns(fitted.benchmark, calendar);
  // Every per-day array is allocated once at its final length (a study keeps 100,000 of them).
  const returns = new Array<number>(days);
  const marketReturns = marketRaw === undefined ? undefined : new Array<number>(days);
  const ar = new Array<number>(days);
  const sar = new Array<number>(days);
  const car = new Array<number>(days);
  const tStatistic = new Array<number>(days);
  const pValue = new Array<number>(days);
  const expected = new Array<number>(days);
  const scratch = new Float64Array(moments.p); // for C_t, reused across the window's days
  let cumulative = 0;
  for (let j = 0; j < days; j++) {
    const t = first + j;
    // Under trade-to-trade a day without a trade has no return: NaN, flagged by `span` = 0.
    const traded = usable(model.design, t);
    const abnormal = traded ? abnormalReturn(model, t) : Number.NaN;
    expected[j] = traded ? expectedReturn(model, t) : Number.NaN;
    const statistic = traded
      ? abnormal / (sigma * Math.sqrt(predictionErrorFactor(model, t, moments, scratch)))
      : Number.NaN;
    if (traded) cumulative += abnormal;
    returns[j] = raw[t]!;
    if (marketReturns) marketReturns[j] = marketRaw![t]!;
    ar[j] = abnormal;
    sar[j] = conventions.predictionErrorCorrection ? statistic : abnormal / sigma;
    car[j] = cumulative;
    tStatistic[j] = statistic;
    pValue[j] = pValueT(statistic, model.df);
  }

  const cars = new Array<EventCar>(settings.carWindows.length);
  settings.carWindows.forEach((window, w) => {
    const from = window[0] - settings.window[0];
    const to = window[1] - settings.window[0];
    let sum = 0;
    for (let j = from; j <= to; j++) if (!Number.isNaN(ar[j]!)) sum += ar[j]!;
    const variance = model.variance * carVarianceFactor(model, first + from, first + to, moments);
    const scar = sum / Math.sqrt(variance);
    // BHAR compounds returns; for abnormal volume it has no meaning (NaN, see StudySpec.measure)
    const bhar =
      settings.measure === 'volume'
        ? Number.NaN
        : buyAndHoldAbnormalReturn(returns, expected, settings.returns, from, to);
    cars[w] = {
      window: [window[0], window[1]],
      car: sum,
      scar,
      bhar,
      t: scar,
      pValue: pValueT(scar, model.df),
    };
  });

  const result: EventResult = {
    index,
    id: event.id ?? `${event.ticker} ${event.date}`,
    event,
    ticker: fitted.listing,
    day0: calendar.dates[day0]!,
    shift: 0,
    reason: 'date-only',
    dates: calendar.dates.slice(first, last + 1),
    returns,
    ar,
    sar,
    car,
    t: tStatistic,
    pValue,
    cars,
    model: model.summary,
    estimation: { start: '', end: '', n: 0 },
    overlaps: [],
  };
  if (fitted.benchmark !== undefined) {
    result.market = fitted.benchmark;
    result.marketReturns = marketReturns!;
  }
  const span = model.design.span;
  if (span) result.span = Array.from(span.subarray(first, last + 1));

  const row: EventRow = {
    result,
    first,
    day0,
    keys: calendar.keys,
    df: model.df,
    m: model.ols.m,
    sigma,
    model,
    estimationRows: fitted.rows,
  };
  const single = singleIndex(model, moments);
  if (single) row.singleIndex = single;
  return row;
}

/** The regressor of a one-regressor model (market, CAPM), for tests that read C_t's parts (Lamb). */
function singleIndex(model: FittedLinearModel, moments: RegressorMoments): EventRow['singleIndex'] {
  if (model.design.x.length !== 1 || model.spanFit) return undefined;
  return { x: model.design.x[0]!, mean: moments.means[0]!, ss: 1 / moments.inverse[0]! };
}

/** Under trade-to-trade, a day on which the listing did not trade (span 0) is no gap. */
function noTrade(design: LinearDesign, t: number): boolean {
  return design.span !== undefined && design.span[t] === 0;
}

/**
 * Where a study's events keep their usable estimation days: views into shared chunks, so that
 * an event's days cost neither an allocation of their own (a typed array per event is a
 * separate buffer) nor a growing `number[]` for the garbage collector to move (a study keeps
 * them until `buildPanel`: 25 million entries for 100,000 events).
 *
 * @example
 * ```ts
 * const context: StudyContext = { data, settings, conventions, days: { chunk: new Int32Array(0), used: 0 } };
 * ```
 */
export interface DayStore {
  chunk: Int32Array;
  /** Entries of `chunk` already handed out. */
  used: number;
}

/** Entries per chunk of a {@link DayStore} (1 MB). */
const DAY_CHUNK = 1 << 18;

/**
 * The usable calendar days `from … to` of a design (see {@link usable}), ascending, as a view
 * into the study's {@link DayStore}.
 */
function usableDays(design: LinearDesign, from: number, to: number, store: DayStore): Int32Array {
  const room = to - from + 1;
  if (store.chunk.length - store.used < room) {
    store.chunk = new Int32Array(Math.max(DAY_CHUNK, room));
    store.used = 0;
  }
  const { y, x, auxiliary } = design;
  const { chunk, used } = store;
  let count = 0;
  for (let t = from; t <= to; t++) {
    if (Number.isNaN(y[t]!)) continue;
    let ok = true;
    for (let j = 0; j < x.length && ok; j++) ok = !Number.isNaN(x[j]![t]!);
    if (auxiliary) for (let j = 0; j < auxiliary.length && ok; j++) ok = !Number.isNaN(auxiliary[j]![t]!);
    if (ok) chunk[used + count++] = t;
  }
  store.used += count;
  return chunk.subarray(used, used + count);
}

/** A day is usable when the model's y and every regressor have a value. */
function usable(design: LinearDesign, t: number): boolean {
  if (Number.isNaN(design.y[t]!)) return false;
  for (const column of design.x) if (Number.isNaN(column[t]!)) return false;
  if (design.auxiliary) for (const column of design.auxiliary) if (Number.isNaN(column[t]!)) return false;
  return true;
}

/** The estudy2 convention builds C_t from every benchmark day of the window ([methods §5](../../docs/methods.md#5-conventions-and-the-estudy2-preset)). */
function regressorMoments(
  model: FittedLinearModel,
  conventions: Conventions,
  estimationFirst: number,
  estimationLast: number,
  removals: Int32Array | undefined,
): RegressorMoments {
  const x = model.design.x;
  if (conventions.marketVarianceDays !== 'benchmark' || x.length === 0) return model.ols;
  const days: number[] = [];
  for (let t = Math.max(1, estimationFirst); t <= estimationLast; t++) {
    if (x.every((column) => !Number.isNaN(column[t]!))) days.push(t);
  }
  // the days clean-estimation drops are not estimation days for the benchmark either
  const rows = removals ? dropRanges(Int32Array.from(days), removals) : days;
  const benchmarkDays = ols(x[0]!, x, rows);
  // estudy2 keeps the listing's own M in the 1/M term; only x̄ and S_xx use every benchmark day
  return benchmarkDays ? { ...benchmarkDays, m: model.ols.m } : model.ols;
}

function missingFactorDay(
  context: StudyContext,
  calendar: EventCalendar,
  first: number,
  last: number,
  names: readonly string[],
  table: FactorTable | undefined,
): string | undefined {
  if (names.length === 0) return undefined;
  const factors = context.data.factors(calendar, table);
  for (let t = first; t <= last; t++) {
    for (const name of names) {
      const column = factors?.[name];
      if (!column || Number.isNaN(column[t]!)) return calendar.dates[t];
    }
  }
  return undefined;
}

/**
 * Says where a listing's prices start or end when they start on or after `from` or end before
 * `to` (a listing that joined the data after the event, or left it before): the reason a day or
 * an estimation window has no usable return. Empty otherwise.
 */
function listingSpan(listing: PriceSeries, from: string | undefined, to: string | undefined): string {
  const start = listing.dates[0];
  const end = listing.dates[listing.dates.length - 1];
  if (start === undefined || end === undefined) return `; ${listing.ticker} has no prices`;
  if (from !== undefined && start >= from) return `; ${listing.ticker}'s prices start on ${start}`;
  if (to !== undefined && end < to) return `; ${listing.ticker}'s prices end on ${end}`;
  return '';
}
