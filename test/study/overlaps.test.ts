/**
 * Overlapping and confounding events (METHODS.md §11, issue 16) on the real Xiaomi / Great Wall
 * prices, with hand-built event calendars: events placed a chosen number of Hang Seng trading
 * days apart, so every overlap's dates are known in advance. The market model of the cleaned
 * estimation window is fitted again here, by hand, from the closing prices.
 */
import { describe, expect, it } from 'vitest';
import { eventStudy } from '../../src/study/event-study';
import type { EventSpec, StudyResult, StudySpec } from '../../src/types';
import { xiaomiPrices } from '../helpers/xiaomi';

const prices = xiaomiPrices();
const hsi = prices.find((series) => series.ticker === '^HSI')!;
const sse = prices.find((series) => series.ticker === '000001.SS')!;
const xiaomi = prices.find((series) => series.ticker === '1810.HK')!;
const i0 = hsi.dates.indexOf('2021-03-26');
/** The Hang Seng trading date `offset` days from 2021-03-26. */
const day = (offset: number) => hsi.dates[i0 + offset]!;
/** Hang Seng dates from `a` to `b` days (inclusive) around 2021-03-26. */
const days = (a: number, b: number) => hsi.dates.slice(i0 + a, i0 + b + 1);
const event = (id: string, offset: number, ticker = '1810.HK'): EventSpec => ({
  id,
  ticker,
  date: day(offset),
  market: '^HSI',
});
const study = (events: EventSpec[], extra: Partial<StudySpec> = {}): StudyResult =>
  eventStudy({ prices, events, ...extra });
const byId = (result: StudyResult, id: string) => result.events.find((e) => e.id === id)!;

describe('detection', () => {
  it('an event window inside another event’s estimation window is listed on that event only', () => {
    const result = study([event('A', 0), event('B', -100)]);
    expect(byId(result, 'A').overlaps).toEqual([
      { index: 1, id: 'B', source: 'event', where: 'estimation', dates: days(-105, -95) },
    ]);
    expect(byId(result, 'B').overlaps).toEqual([]);
  });

  it('two event windows that meet are listed on both events, with the common days', () => {
    const result = study([event('A', 0), event('B', 3)]);
    expect(byId(result, 'A').overlaps).toEqual([
      { index: 1, id: 'B', source: 'event', where: 'event-window', dates: days(-2, 5) },
    ]);
    expect(byId(result, 'B').overlaps).toEqual([
      { index: 0, id: 'A', source: 'event', where: 'event-window', dates: days(-2, 5) },
    ]);
  });

  it('one event window can meet both windows of another: two entries, in date order', () => {
    // B's window [-13, -3] covers A's estimation days -13..-11 and its event days -5..-3
    const result = study([event('A', 0), event('B', -8)]);
    expect(byId(result, 'A').overlaps).toEqual([
      { index: 1, id: 'B', source: 'event', where: 'estimation', dates: days(-13, -11) },
      { index: 1, id: 'B', source: 'event', where: 'event-window', dates: days(-5, -3) },
    ]);
    expect(byId(result, 'B').overlaps).toEqual([
      { index: 0, id: 'A', source: 'event', where: 'event-window', dates: days(-5, -3) },
    ]);
  });

  it('days in the gap between the estimation and the event window count in neither', () => {
    // B's window [-19, -9]: days -19..-11 are A's estimation days, -10 and -9 belong to neither
    const gap = study([event('A', 0), event('B', -14)]);
    expect(byId(gap, 'A').overlaps).toEqual([
      { index: 1, id: 'B', source: 'event', where: 'estimation', dates: days(-19, -11) },
    ]);
    const apart = study([event('A', 0), event('B', 300)]);
    expect(apart.events.every((e) => e.overlaps.length === 0)).toBe(true);
  });

  it('a confounder on day 0 meets the event window; its index is its place in confounders', () => {
    const result = study([event('A', 0)], {
      confounders: [
        { ticker: '2333.HK', date: day(0), market: '^HSI' }, // another ticker: no overlap
        { id: 'earnings', ticker: '1810.HK', date: day(0), market: '^HSI' },
      ],
    });
    expect(byId(result, 'A').overlaps).toEqual([
      { index: 1, id: 'earnings', source: 'confounder', where: 'event-window', dates: days(-5, 5) },
    ]);
    expect(result.overlaps.confounders).toEqual({ listings: 2, placed: 2, unplaced: [] });
  });

  it('the listings of one story never overlap each other; a story’s listing meets its own ticker’s events', () => {
    const story: EventSpec = {
      id: 'story',
      ticker: '1810.HK',
      tickers: ['2333.HK'],
      date: day(0),
      market: '^HSI',
    };
    const result = study([story, event('other', 2, '2333.HK')]);
    const [xiaomiListing, greatWall, other] = result.events;
    expect(xiaomiListing!.overlaps).toEqual([]);
    expect(greatWall!.overlaps.map((o) => [o.id, o.where])).toEqual([['other', 'event-window']]);
    expect(other!.overlaps).toEqual([
      { index: 0, id: 'story', source: 'event', where: 'event-window', dates: days(-3, 5) },
    ]);
  });

  it('compares windows by date across calendars: the dates are those of the listing’s own calendar', () => {
    // B is placed on the Shanghai calendar (its market), A on the Hang Seng calendar
    const onSse: EventSpec = { id: 'B', ticker: '1810.HK', date: day(-100), market: '000001.SS' };
    const result = study([event('A', 0), onSse]);
    const b = sse.dates.indexOf(day(-100));
    const bFrom = sse.dates[b - 5]!;
    const bTo = sse.dates[b + 5]!;
    const expected = hsi.dates.filter((date) => date >= bFrom && date <= bTo);
    expect(byId(result, 'A').overlaps).toEqual([
      { index: 1, id: 'B', source: 'event', where: 'estimation', dates: expected },
    ]);
  });

  it('confounders that cannot be placed are reported, not guessed', () => {
    const result = study([event('A', 0)], {
      confounders: [{ ticker: 'NOPE', date: day(0), market: '^HSI' }],
    });
    expect(result.overlaps.confounders.placed).toBe(0);
    expect(result.overlaps.confounders.unplaced).toMatchObject([
      { index: 0, ticker: 'NOPE', code: 'unknown-ticker' },
    ]);
  });
});

/** Simple returns of a listing on the Hang Seng calendar: NaN without a close on t and t − 1. */
function calendarReturns(ticker: string): number[] {
  const series = prices.find((s) => s.ticker === ticker)!;
  const close = new Map(series.dates.map((date, i) => [date, series.close![i]!]));
  return hsi.dates.map((date, t) => {
    const now = close.get(date);
    const before = t > 0 ? close.get(hsi.dates[t - 1]!) : undefined;
    return now === undefined || before === undefined ? Number.NaN : now / before - 1;
  });
}

/** The market model fitted by hand (closed-form OLS, s² with M − 2 degrees of freedom). */
function fitByHand(rows: number[]) {
  const y = calendarReturns('1810.HK');
  const x = calendarReturns('^HSI');
  const m = rows.length;
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const xBar = mean(rows.map((t) => x[t]!));
  const yBar = mean(rows.map((t) => y[t]!));
  let sxy = 0;
  let sxx = 0;
  for (const t of rows) {
    sxy += (x[t]! - xBar) * (y[t]! - yBar);
    sxx += (x[t]! - xBar) ** 2;
  }
  const beta = sxy / sxx;
  const alpha = yBar - beta * xBar;
  let ssr = 0;
  for (const t of rows) ssr += (y[t]! - alpha - beta * x[t]!) ** 2;
  return {
    alpha,
    beta,
    sigma: Math.sqrt(ssr / (m - 2)),
    n: m,
    ar: (t: number) => y[t]! - alpha - beta * x[t]!,
  };
}

const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));

describe('policies', () => {
  const events = [event('A', 0), event('B', -100), event('C', -180)];

  it('flag changes no number: A is estimated as if it were alone', () => {
    const alone = byId(study([events[0]!]), 'A');
    const flagged = byId(study(events), 'A');
    expect(flagged.model).toEqual(alone.model);
    expect(flagged.ar).toEqual(alone.ar);
    expect(flagged.estimation).toEqual(alone.estimation);
  });

  it('clean-estimation gives the market model fitted by hand on the estimation days that remain', () => {
    const result = study(events, { overlaps: 'clean-estimation' });
    const a = byId(result, 'A');
    const y = calendarReturns('1810.HK');
    const x = calendarReturns('^HSI');
    const dropped = new Set([...days(-105, -95), ...days(-185, -175)]);
    const rows: number[] = [];
    for (let t = i0 - 260; t <= i0 - 11; t++) {
      if (Number.isFinite(y[t]!) && Number.isFinite(x[t]!) && !dropped.has(hsi.dates[t]!)) rows.push(t);
    }
    const fit = fitByHand(rows);
    expect(a.model.n).toBe(fit.n);
    expect(a.estimation.n).toBe(fit.n);
    expect(a.estimation.removed).toBe(22); // two windows of 11 days, every one of them usable
    // the window is not extended: the same calendar dates as without cleaning
    expect([a.estimation.start, a.estimation.end]).toEqual([day(-260), day(-11)]);
    close(a.model.alpha!, fit.alpha);
    close(a.model.beta!, fit.beta);
    close(a.model.sigma, fit.sigma);
    a.ar.forEach((value, j) => {
      close(value, fit.ar(i0 - 5 + j));
    });
    expect(result.overlaps).toMatchObject({
      policy: 'clean-estimation',
      flagged: 2,
      daysRemoved: 22 + 11,
      excluded: 0,
    });
  });

  it('clean-estimation keeps minObservations: an event left with too few days is excluded, saying why', () => {
    const alone = byId(study([events[0]!]), 'A');
    const minObservations = alone.estimation.n; // enough before cleaning, not after
    const result = study(events.slice(0, 2), {
      overlaps: 'clean-estimation',
      estimation: { minObservations },
    });
    const exclusion = result.excluded.find((e) => e.event.id === 'A')!;
    expect(exclusion.code).toBe('estimation-too-short');
    expect(exclusion.reason).toContain('after 11 days of overlapping events');
  });

  it('exclude drops both events of an event-window overlap and cleans the others’ estimation', () => {
    const result = study([event('A', 0), event('B', 3), event('D', 100)], { overlaps: 'exclude' });
    expect(result.excluded.map((e) => [e.event.id, e.code])).toEqual([
      ['A', 'overlapping-event'],
      ['B', 'overlapping-event'],
    ]);
    expect(result.excluded[0]!.reason).toContain("event 1 'B'");
    expect(result.excluded[0]!.overlaps).toEqual([
      { index: 1, id: 'B', source: 'event', where: 'event-window', dates: days(-2, 5) },
    ]);
    // D keeps its place; A and B, though excluded, were news: their windows leave D's estimation
    const d = byId(result, 'D');
    expect(d.overlaps.map((o) => [o.id, o.where])).toEqual([
      ['A', 'estimation'],
      ['B', 'estimation'],
    ]);
    expect(d.estimation.removed).toBe(14); // days -5..8 around 2021-03-26
    expect(result.overlaps).toMatchObject({ policy: 'exclude', flagged: 3, daysRemoved: 14, excluded: 2 });
  });

  it('exclude drops an event whose window holds a confounder', () => {
    const result = study([event('A', 0)], {
      overlaps: 'exclude',
      confounders: [{ id: 'earnings', ticker: '1810.HK', date: day(2), market: '^HSI' }],
    });
    expect(result.events).toEqual([]);
    expect(result.excluded[0]).toMatchObject({ code: 'overlapping-event' });
    expect(result.excluded[0]!.reason).toContain("confounder 0 'earnings'");
  });

  it('an estimation-only confounder is cleaned under exclude, not a reason to exclude', () => {
    const result = study([event('A', 0)], {
      overlaps: 'exclude',
      confounders: [{ ticker: '1810.HK', date: day(-50), market: '^HSI' }],
    });
    expect(result.events.length).toBe(1);
    expect(result.events[0]!.estimation.removed).toBe(11);
  });
});

describe('exclusion order (METHODS.md §6): event-window-gap, overlapping-event, estimation-too-short', () => {
  // Xiaomi listed on 2018-07-09: X's window starts before its first return (a gap), Y's window
  // holds returns only, but Y's estimation window lies before the listing (too short).
  const listed = hsi.dates.indexOf(xiaomi.dates[0]!);
  const x: EventSpec = { id: 'X', ticker: '1810.HK', date: hsi.dates[listed + 2]!, market: '^HSI' };
  const y: EventSpec = { id: 'Y', ticker: '1810.HK', date: hsi.dates[listed + 7]!, market: '^HSI' };
  const codes = (policy: StudySpec['overlaps']) =>
    study([x, y], { overlaps: policy }).excluded.map((e) => [e.event.id, e.code]);

  it('exclude: a gap is reported before the overlap, the overlap before a short estimation', () => {
    expect(codes('exclude')).toEqual([
      ['X', 'event-window-gap'],
      ['Y', 'overlapping-event'],
    ]);
  });

  it('flag and clean-estimation never exclude for an overlap', () => {
    expect(codes('flag')).toEqual([
      ['X', 'event-window-gap'],
      ['Y', 'estimation-too-short'],
    ]);
    expect(codes('clean-estimation')).toEqual(codes('flag'));
  });
});
