import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayZero } from '../../src/calendar/day-zero.js';
import { EXCHANGES, type Exchange } from '../../src/calendar/exchanges.js';
import { ConfigError, EventSpecError } from '../../src/errors.js';
import { HK, SH, US } from './real-calendars.js';

const at = (calendar: readonly string[], date: string) => {
  const i = calendar.indexOf(date);
  if (i < 0) throw new Error(`${date} not on the calendar`);
  return i;
};

/** Compact view of an ok result: [date, reason, shift, requested]. */
function day0(when: string, calendar: readonly string[], ticker: string) {
  const r = dayZero(when, calendar, { ticker });
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.reason}`);
  expect(calendar[r.index]).toBe(r.date);
  return [r.date, r.reason, r.shift, r.requested];
}

describe('date-only events (real HKEX calendar)', () => {
  it('keeps a trading date', () => {
    expect(dayZero('2021-03-26', HK)).toEqual({
      ok: true,
      index: at(HK, '2021-03-26'),
      date: '2021-03-26',
      requested: '2021-03-26',
      shift: 0,
      reason: 'date-only',
    });
  });

  it('moves a holiday to the next date by default (Easter 2021: 04-02, 04-05, 04-06 closed)', () => {
    expect(dayZero('2021-04-02', HK)).toEqual({
      ok: true,
      index: at(HK, '2021-04-07'),
      date: '2021-04-07',
      requested: '2021-04-02',
      shift: 5,
      reason: 'non-trading-day',
    });
    expect(dayZero('2021-04-06', HK, { nonTradingDay: 'next' })).toMatchObject({
      date: '2021-04-07',
      shift: 1,
    });
  });

  it("moves a weekend back with 'previous'", () => {
    expect(dayZero('2021-04-03', HK, { nonTradingDay: 'previous' })).toEqual({
      ok: true,
      index: at(HK, '2021-04-01'),
      date: '2021-04-01',
      requested: '2021-04-03',
      shift: -2,
      reason: 'non-trading-day',
    });
  });

  it("excludes a non-trading day with 'skip' but keeps a trading day", () => {
    const r = dayZero('2021-04-05', HK, { nonTradingDay: 'skip' });
    expect(r).toEqual({
      ok: false,
      code: 'non-trading-day',
      reason: "2021-04-05 is not a trading day on the calendar (nonTradingDay: 'skip')",
    });
    expect(dayZero('2021-04-07', HK, { nonTradingDay: 'skip' })).toMatchObject({
      ok: true,
      date: '2021-04-07',
    });
  });

  it('uses the listing calendar: 2021-04-02 is a Shanghai trading day, 2021-04-05 is not; US closed on Good Friday', () => {
    expect(dayZero('2021-04-02', SH)).toMatchObject({ date: '2021-04-02', shift: 0, reason: 'date-only' });
    expect(dayZero('2021-04-05', SH)).toMatchObject({
      date: '2021-04-06',
      shift: 1,
      reason: 'non-trading-day',
    });
    expect(dayZero('2021-04-02', US)).toMatchObject({
      date: '2021-04-05',
      shift: 3,
      reason: 'non-trading-day',
    });
  });

  it('reports dates outside the data as window-outside-data', () => {
    expect(dayZero('2009-12-31', HK)).toEqual({
      ok: false,
      code: 'window-outside-data',
      reason: '2009-12-31 is outside the data: the calendar runs from 2010-01-04 to 2025-04-29',
    });
    expect(dayZero('2025-04-30', HK, { nonTradingDay: 'previous' })).toMatchObject({
      ok: false,
      code: 'window-outside-data',
    });
    expect(dayZero('2021-03-26', [])).toMatchObject({
      ok: false,
      code: 'window-outside-data',
      reason: /calendar is empty/,
    });
    // On the first and last dates themselves: fine.
    expect(dayZero('2010-01-04', HK)).toMatchObject({ ok: true, index: 0 });
    expect(dayZero('2025-04-29', HK)).toMatchObject({ ok: true, index: HK.length - 1 });
  });

  it('needs no exchange for a date-only event', () => {
    expect(dayZero('2021-03-26', HK, { ticker: 'RY.TO' })).toMatchObject({ ok: true, date: '2021-03-26' });
  });

  it('rejects malformed dates and options', () => {
    expect(() => dayZero('2021-02-29', HK)).toThrow(EventSpecError);
    expect(() => dayZero('26/03/2021', HK)).toThrow(/neither a date YYYY-MM-DD nor an ISO 8601 timestamp/);
    expect(() => dayZero('2021-03-26', HK, { nonTradingDay: 'nearest' as 'next' })).toThrow(ConfigError);
  });
});

describe('Hong Kong timestamps (real HKEX calendar, 09:30–16:00, lunch 12:00–13:00)', () => {
  it('pre-open, at the open, lunch break, just before and at the close', () => {
    expect(day0('2021-03-26T09:00:00+08:00', HK, '1810.HK')).toEqual([
      '2021-03-26',
      'pre-open',
      0,
      '2021-03-26',
    ]);
    expect(day0('2021-03-26T09:29:59.999+08:00', HK, '1810.HK')).toEqual([
      '2021-03-26',
      'pre-open',
      0,
      '2021-03-26',
    ]);
    expect(day0('2021-03-26T09:30:00+08:00', HK, '1810.HK')).toEqual([
      '2021-03-26',
      'intraday',
      0,
      '2021-03-26',
    ]);
    expect(day0('2021-03-26T12:30:00+08:00', HK, '1810.HK')).toEqual([
      '2021-03-26',
      'intraday',
      0,
      '2021-03-26',
    ]);
    expect(day0('2021-03-26T15:59:59+08:00', HK, '1810.HK')).toEqual([
      '2021-03-26',
      'intraday',
      0,
      '2021-03-26',
    ]);
    // At the close → next trading day (Friday → Monday).
    expect(day0('2021-03-26T16:00:00+08:00', HK, '1810.HK')).toEqual([
      '2021-03-29',
      'after-close',
      3,
      '2021-03-26',
    ]);
  });

  it('the Reuters Xiaomi/Great Wall story of Friday 2021-03-26, during HK hours', () => {
    expect(day0('2021-03-26T02:52:00Z', HK, '1810.HK')).toEqual(['2021-03-26', 'intraday', 0, '2021-03-26']);
    expect(day0('2021-03-26T10:52:00+08:00', HK, '2333.HK')).toEqual([
      '2021-03-26',
      'intraday',
      0,
      '2021-03-26',
    ]);
  });

  it("Xiaomi's 2021-03-30 after-close EV announcement → 2021-03-31", () => {
    const r = dayZero('2021-03-30T18:30:00+08:00', HK, { ticker: '1810.HK' });
    expect(r).toEqual({
      ok: true,
      index: at(HK, '2021-03-31'),
      date: '2021-03-31',
      requested: '2021-03-30',
      shift: 1,
      reason: 'after-close',
    });
  });

  it('weekend and exchange holidays move forward', () => {
    expect(day0('2021-03-27T10:00:00+08:00', HK, '1810.HK')).toEqual([
      '2021-03-29',
      'non-trading-day',
      2,
      '2021-03-27',
    ]);
    expect(day0('2021-04-02T10:00:00+08:00', HK, '1810.HK')).toEqual([
      '2021-04-07',
      'non-trading-day',
      5,
      '2021-04-02',
    ]);
    expect(day0('2021-04-06T09:00:00+08:00', HK, '1810.HK')).toEqual([
      '2021-04-07',
      'non-trading-day',
      1,
      '2021-04-06',
    ]);
    // Thursday after the close, before four closed days.
    expect(day0('2021-04-01T16:30:00+08:00', HK, '1810.HK')).toEqual([
      '2021-04-07',
      'after-close',
      6,
      '2021-04-01',
    ]);
  });

  it('the same instant in Z, +08:00, -05:00 and +05:30 gives the same day 0', () => {
    const forms = [
      '2021-03-26T07:30:00Z',
      '2021-03-26T15:30:00+08:00',
      '2021-03-26T02:30:00-05:00',
      '2021-03-26T13:00:00+05:30',
      '2021-03-26T15:30+0800',
      '2021-03-26T15:30+08',
      '2021-03-26 07:30:00z',
    ];
    for (const f of forms)
      expect(day0(f, HK, '1810.HK'), f).toEqual(['2021-03-26', 'intraday', 0, '2021-03-26']);
    // Half an hour later in India is after the Hong Kong close.
    expect(day0('2021-03-26T14:00:00+05:30', HK, '1810.HK')).toEqual([
      '2021-03-29',
      'after-close',
      3,
      '2021-03-26',
    ]);
  });

  it('a New York evening story lands on the next Hong Kong (and Shanghai) morning', () => {
    // 20:00 EST on Thursday 2021-01-07 = 09:00 HKT / CST on Friday 2021-01-08.
    const when = '2021-01-07T20:00:00-05:00';
    expect(day0(when, HK, '0175.HK')).toEqual(['2021-01-08', 'pre-open', 0, '2021-01-08']);
    expect(day0(when, SH, '601633.SS')).toEqual(['2021-01-08', 'pre-open', 0, '2021-01-08']);
    // For the New York listing it is after its close.
    expect(day0(when, US, 'BIDU')).toEqual(['2021-01-08', 'after-close', 1, '2021-01-07']);
    // A Friday-evening New York story reaches Hong Kong on Saturday → Monday.
    expect(day0('2021-03-26T20:00:00-04:00', HK, '1810.HK')).toEqual([
      '2021-03-29',
      'non-trading-day',
      2,
      '2021-03-27',
    ]);
  });

  it('after the close of the last calendar date is outside the data', () => {
    expect(day0('2025-04-29T10:00:00+08:00', HK, '1810.HK')).toEqual([
      '2025-04-29',
      'intraday',
      0,
      '2025-04-29',
    ]);
    expect(dayZero('2025-04-29T17:00:00+08:00', HK, { ticker: '1810.HK' })).toMatchObject({
      ok: false,
      code: 'window-outside-data',
      reason: /after the HKEX close on 2025-04-29, the last calendar date/,
    });
    // Before the first date the data cannot say whether it was a trading day, even though a next date exists.
    expect(dayZero('2009-12-31T23:00:00Z', HK, { ticker: '1810.HK' })).toEqual({
      ok: false,
      code: 'window-outside-data',
      reason:
        '2010-01-01 (HKEX local date of 2009-12-31T23:00:00Z) is outside the data: the calendar runs from 2010-01-04 to 2025-04-29',
    });
  });

  it('uses the 2010 HKEX session (open 10:00) for the pre-open label', () => {
    expect(day0('2010-06-01T09:45:00+08:00', HK, '1810.HK')).toEqual([
      '2010-06-01',
      'pre-open',
      0,
      '2010-06-01',
    ]);
    expect(day0('2021-06-01T09:45:00+08:00', HK, '1810.HK')).toEqual([
      '2021-06-01',
      'intraday',
      0,
      '2021-06-01',
    ]);
  });
});

describe('Shanghai timestamps (real SSE calendar, 09:30–15:00, lunch 11:30–13:00)', () => {
  it('lunch break is intraday; 15:00 is after the close', () => {
    expect(day0('2021-03-26T12:00:00+08:00', SH, '601633.SS')).toEqual([
      '2021-03-26',
      'intraday',
      0,
      '2021-03-26',
    ]);
    expect(day0('2021-03-26T14:59:00+08:00', SH, '601633.SS')).toEqual([
      '2021-03-26',
      'intraday',
      0,
      '2021-03-26',
    ]);
    expect(day0('2021-03-26T15:00:00+08:00', SH, '601633.SS')).toEqual([
      '2021-03-29',
      'after-close',
      3,
      '2021-03-26',
    ]);
    // Qingming 2021-04-05 closed in Shanghai.
    expect(day0('2021-04-05T10:00:00+08:00', SH, '601633.SS')).toEqual([
      '2021-04-06',
      'non-trading-day',
      1,
      '2021-04-05',
    ]);
  });
});

describe('daylight saving: the same UTC clock time on both sides of the close', () => {
  it('New York, around the 2021-03-14 switch to EDT (close 21:00Z before, 20:00Z after)', () => {
    // Friday 2021-03-12, EST: 20:30Z = 15:30 local, before the close.
    expect(day0('2021-03-12T20:30:00Z', US, 'BIDU')).toEqual(['2021-03-12', 'intraday', 0, '2021-03-12']);
    // Monday 2021-03-15, EDT: 20:30Z = 16:30 local, after the close.
    expect(day0('2021-03-15T20:30:00Z', US, 'BIDU')).toEqual(['2021-03-16', 'after-close', 1, '2021-03-15']);
  });

  it('New York, around the 2021-11-07 switch back to EST (the other way round)', () => {
    expect(day0('2021-11-05T20:30:00Z', US, 'AAPL')).toEqual(['2021-11-08', 'after-close', 3, '2021-11-05']);
    expect(day0('2021-11-08T20:30:00Z', US, 'AAPL')).toEqual(['2021-11-08', 'intraday', 0, '2021-11-08']);
  });

  it('London, around the 2021-03-28 switch to BST (close 16:30Z before, 15:30Z after)', () => {
    // No LSE calendar is bundled: UK weekdays of late March 2021 (Good Friday 04-02 and Easter Monday 04-05 closed).
    const LON = [
      '2021-03-24',
      '2021-03-25',
      '2021-03-26',
      '2021-03-29',
      '2021-03-30',
      '2021-03-31',
      '2021-04-01',
      '2021-04-06',
    ];
    // Friday 2021-03-26, GMT: 16:00Z = 16:00 local, before the 16:30 close.
    expect(day0('2021-03-26T16:00:00Z', LON, 'VOD.L')).toEqual(['2021-03-26', 'intraday', 0, '2021-03-26']);
    // Monday 2021-03-29, BST: 16:00Z = 17:00 local, after the close.
    expect(day0('2021-03-29T16:00:00Z', LON, 'VOD.L')).toEqual([
      '2021-03-30',
      'after-close',
      1,
      '2021-03-29',
    ]);
    expect(day0('2021-03-29T15:29:00Z', LON, 'VOD.L')).toEqual(['2021-03-29', 'intraday', 0, '2021-03-29']);
    expect(day0('2021-04-01T16:45:00+01:00', LON, 'VOD.L')).toEqual([
      '2021-04-06',
      'after-close',
      5,
      '2021-04-01',
    ]);
    // 07:30Z on 03-29 is 08:30 BST (open) but was 07:30 GMT (pre-open) on 03-26.
    expect(day0('2021-03-26T07:30:00Z', LON, 'VOD.L')).toEqual(['2021-03-26', 'pre-open', 0, '2021-03-26']);
    expect(day0('2021-03-29T07:30:00Z', LON, 'VOD.L')).toEqual(['2021-03-29', 'intraday', 0, '2021-03-29']);
  });
});

describe('Tokyo: the close moved from 15:00 to 15:30 on 2024-11-05', () => {
  // No TSE calendar is bundled: weekdays around the change, Culture Day substitute holiday 2024-11-04 closed.
  const TYO = ['2024-10-31', '2024-11-01', '2024-11-05', '2024-11-06'];
  it('15:15 JST is after the close before the change, intraday after it', () => {
    expect(day0('2024-11-01T15:15:00+09:00', TYO, '7203.T')).toEqual([
      '2024-11-05',
      'after-close',
      4,
      '2024-11-01',
    ]);
    expect(day0('2024-11-05T15:15:00+09:00', TYO, '7203.T')).toEqual([
      '2024-11-05',
      'intraday',
      0,
      '2024-11-05',
    ]);
    expect(day0('2024-11-05T12:00:00+09:00', TYO, '7203.T')).toEqual([
      '2024-11-05',
      'intraday',
      0,
      '2024-11-05',
    ]);
  });
});

describe('exchange resolution and errors', () => {
  it('an explicit exchange wins over the ticker', () => {
    // 10:00 HKT is 21:00 EST the evening before: NYSE would map it to the next day.
    const r = dayZero('2021-03-26T10:00:00+08:00', HK, { ticker: 'HSI', exchange: EXCHANGES.HKEX });
    expect(r).toMatchObject({ ok: true, date: '2021-03-26', reason: 'intraday' });
    expect(dayZero('2021-03-26T10:00:00+08:00', HK, { ticker: 'HSI' })).toMatchObject({
      ok: true,
      date: '2021-03-26',
      requested: '2021-03-25',
      reason: 'after-close',
    });
  });

  it('a timestamp always maps forward, whatever nonTradingDay says', () => {
    for (const nonTradingDay of ['next', 'previous', 'skip'] as const) {
      expect(dayZero('2021-04-03T10:00:00+08:00', HK, { ticker: '1810.HK', nonTradingDay })).toMatchObject({
        ok: true,
        date: '2021-04-07',
        reason: 'non-trading-day',
        shift: 4,
      });
    }
  });

  it('a timestamp without an offset is an EventSpecError', () => {
    expect(() => dayZero('2021-03-26T10:00:00', HK, { ticker: '1810.HK' })).toThrow(EventSpecError);
    expect(() => dayZero('2021-03-26T10:00', HK, { ticker: '1810.HK' })).toThrow(/has no time-zone offset/);
  });

  it('a timestamp with no resolvable exchange is an EventSpecError, not a guess', () => {
    expect(() => dayZero('2021-03-26T10:00:00Z', HK, { ticker: 'AIR.NZ' })).toThrow(EventSpecError);
    expect(() => dayZero('2021-03-26T10:00:00Z', HK, { ticker: 'AIR.NZ' })).toThrow(
      /"AIR.NZ" cannot be read from its ticker/,
    );
    expect(() => dayZero('2021-03-26T10:00:00Z', HK)).toThrow(/no exchange or ticker was given/);
  });

  it('out-of-range times, offsets and impossible dates are EventSpecErrors', () => {
    for (const bad of [
      '2021-03-26T24:00:00Z',
      '2021-03-26T10:60Z',
      '2021-03-26T10:00+19:00',
      '2021-02-30T10:00Z',
      '2021-03-26T10Z',
    ]) {
      expect(() => dayZero(bad, HK, { ticker: '1810.HK' }), bad).toThrow(EventSpecError);
    }
  });

  it('an exchange with an unknown time zone is a ConfigError', () => {
    const bad: Exchange = { ...EXCHANGES.HKEX, code: 'BAD', timeZone: 'Asia/Atlantis' };
    expect(() => dayZero('2021-03-26T10:00:00Z', HK, { exchange: bad })).toThrow(ConfigError);
  });
});

describe('properties', () => {
  const lo = Date.UTC(2010, 0, 4) / 86_400_000;
  const hi = Date.UTC(2025, 3, 29) / 86_400_000;
  const isoDate = (key: number) => new Date(key * 86_400_000).toISOString().slice(0, 10);

  it("date-only 'next' is the first calendar date ≥ the date; 'previous' the last ≤", () => {
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (key) => {
        const date = isoDate(key);
        const next = dayZero(date, HK);
        const prev = dayZero(date, HK, { nonTradingDay: 'previous' });
        if (!next.ok || !prev.ok) throw new Error('inside the span must be ok');
        expect(HK[next.index]).toBe(next.date);
        expect(HK[prev.index]).toBe(prev.date);
        expect(next.date >= date).toBe(true);
        expect(prev.date <= date).toBe(true);
        expect(next.index === 0 || (HK[next.index - 1] as string) < date).toBe(true);
        expect(prev.index === HK.length - 1 || (HK[prev.index + 1] as string) > date).toBe(true);
        expect(next.shift).toBe(Math.round((Date.parse(next.date) - Date.parse(date)) / 86_400_000));
        expect(prev.shift).toBe(Math.round((Date.parse(prev.date) - Date.parse(date)) / 86_400_000));
        const onCalendar = HK.includes(date);
        expect(next.index === prev.index).toBe(onCalendar);
        expect(dayZero(date, HK, { nonTradingDay: 'skip' }).ok).toBe(onCalendar);
      }),
      { numRuns: 500 },
    );
  });

  // Hong Kong has kept UTC+8 without daylight saving since 1979, so a fixed +8 h is an
  // independent oracle for HKEX day 0 on 2012-03-05 and later (current session).
  const start = Date.UTC(2012, 2, 5);
  const end = Date.UTC(2025, 3, 28);
  const offsets = [0, 480, -300, -240, 330, 60, -600, 345];
  const write = (instant: number, offset: number) => {
    const local = new Date(instant + offset * 60_000).toISOString().slice(0, 23);
    if (offset === 0) return `${local}Z`;
    const a = Math.abs(offset);
    return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
  };

  it('HKEX timestamps agree with a fixed UTC+8 oracle, in any written offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.constantFrom(...offsets), (instant, offset) => {
        const hk = new Date(instant + 8 * 3_600_000).toISOString();
        const localDate = hk.slice(0, 10);
        const minute = Number(hk.slice(11, 13)) * 60 + Number(hk.slice(14, 16));
        let i = HK.findIndex((d) => d >= localDate);
        let reason: string;
        if (HK[i] !== localDate) reason = 'non-trading-day';
        else if (minute < 570) reason = 'pre-open';
        else if (minute < 960) reason = 'intraday';
        else {
          reason = 'after-close';
          i += 1;
        }
        const r = dayZero(write(instant, offset), HK, { ticker: '1810.HK' });
        expect(r).toMatchObject({ ok: true, index: i, date: HK[i], reason, requested: localDate });
      }),
      { numRuns: 1000 },
    );
  });

  it('day 0 never moves backwards as the instant moves forward (NYSE, across DST changes)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end }),
        fc.integer({ min: 0, max: 7 * 86_400_000 }),
        (t, dt) => {
          const a = dayZero(write(t, 0), US, { ticker: 'AAPL' });
          const b = dayZero(write(t + dt, -300), US, { ticker: 'AAPL' });
          if (!a.ok || !b.ok) return;
          expect(a.index <= b.index).toBe(true);
          expect(US[a.index]).toBe(a.date);
          expect(a.shift >= 0 && a.date >= a.requested).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
