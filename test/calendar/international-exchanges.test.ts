/**
 * Every exchange places a timestamp before the open, during trading, in the lunch break (where
 * there is one) and after the close, and on each side of each daylight-saving change of its zone
 * (issue 14). The UTC offsets and the sessions below are written by hand from the exchanges' own
 * publications and the IANA rules (not read from the library), so a wrong zone, a wrong session
 * or a DST mistake fails here.
 *
 * The calendar is synthetic on purpose: every weekday of 2024 (no real holiday list is needed
 * to test where inside a day a timestamp falls, and we have no real data for most of these
 * markets).
 */
import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { dayZero } from '../../src/calendar/day-zero.js';
import { exchangeForTicker } from '../../src/calendar/exchange-for-ticker.js';
import { EXCHANGES, exchangeByCode } from '../../src/calendar/exchanges.js';
import { sessionOn } from '../../src/calendar/session.js';

const WEEKDAYS: string[] = [];
for (let t = Date.UTC(2023, 11, 1); t <= Date.UTC(2026, 0, 31); t += 86_400_000) {
  const d = new Date(t);
  if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) WEEKDAYS.push(d.toISOString().slice(0, 10));
}

type Dst = 'eu' | 'us' | 'au' | undefined;
interface Case {
  code: string;
  ticker: string;
  /** UTC offset on 2024-01-17 (northern winter, Sydney summer). */
  offset: string;
  /** The other offset of the year, for zones with DST. */
  other?: string;
  dst?: Dst;
  open: string;
  /** Close on 2024-01-17. */
  close: string;
  lunch?: [string, string];
}

// Offsets from the IANA rules; sessions from the exchanges (see src/calendar/*exchanges.ts).
const CASES: Case[] = [
  {
    code: 'HKEX',
    ticker: '1810.HK',
    offset: '+08:00',
    open: '09:30',
    close: '16:00',
    lunch: ['12:00', '13:00'],
  },
  {
    code: 'SSE',
    ticker: '601633.SS',
    offset: '+08:00',
    open: '09:30',
    close: '15:00',
    lunch: ['11:30', '13:00'],
  },
  {
    code: 'SZSE',
    ticker: '002594.SZ',
    offset: '+08:00',
    open: '09:30',
    close: '15:00',
    lunch: ['11:30', '13:00'],
  },
  {
    code: 'TSE',
    ticker: '7203.T',
    offset: '+09:00',
    open: '09:00',
    close: '15:00',
    lunch: ['11:30', '12:30'],
  },
  {
    code: 'NYSE',
    ticker: 'IBM',
    offset: '-05:00',
    other: '-04:00',
    dst: 'us',
    open: '09:30',
    close: '16:00',
  },
  {
    code: 'NASDAQ',
    ticker: 'NASDAQ',
    offset: '-05:00',
    other: '-04:00',
    dst: 'us',
    open: '09:30',
    close: '16:00',
  },
  {
    code: 'LSE',
    ticker: 'VOD.L',
    offset: '+00:00',
    other: '+01:00',
    dst: 'eu',
    open: '08:00',
    close: '16:30',
  },
  {
    code: 'XETRA',
    ticker: 'SAP.DE',
    offset: '+01:00',
    other: '+02:00',
    dst: 'eu',
    open: '09:00',
    close: '17:30',
  },
  // B3: São Paulo has had no DST since 2019; its close follows New York's (17:55 in the northern winter)
  { code: 'B3', ticker: 'PETR4.SA', offset: '-03:00', open: '10:00', close: '17:55' },
  {
    code: 'EURONEXT-PARIS',
    ticker: 'MC.PA',
    offset: '+01:00',
    other: '+02:00',
    dst: 'eu',
    open: '09:00',
    close: '17:30',
  },
  {
    code: 'EURONEXT-AMSTERDAM',
    ticker: 'ASML.AS',
    offset: '+01:00',
    other: '+02:00',
    dst: 'eu',
    open: '09:00',
    close: '17:30',
  },
  {
    code: 'EURONEXT-BRUSSELS',
    ticker: 'ABI.BR',
    offset: '+01:00',
    other: '+02:00',
    dst: 'eu',
    open: '09:00',
    close: '17:30',
  },
  {
    code: 'EURONEXT-LISBON',
    ticker: 'EDP.LS',
    offset: '+00:00',
    other: '+01:00',
    dst: 'eu',
    open: '08:00',
    close: '16:30',
  },
  {
    code: 'EURONEXT-MILAN',
    ticker: 'ENI.MI',
    offset: '+01:00',
    other: '+02:00',
    dst: 'eu',
    open: '09:00',
    close: '17:30',
  },
  {
    code: 'EURONEXT-OSLO',
    ticker: 'EQNR.OL',
    offset: '+01:00',
    other: '+02:00',
    dst: 'eu',
    open: '09:00',
    close: '16:20',
  },
  {
    code: 'BME',
    ticker: 'SAN.MC',
    offset: '+01:00',
    other: '+02:00',
    dst: 'eu',
    open: '09:00',
    close: '17:30',
  },
  {
    code: 'SIX',
    ticker: 'NESN.SW',
    offset: '+01:00',
    other: '+02:00',
    dst: 'eu',
    open: '09:00',
    close: '17:20',
  },
  {
    code: 'NASDAQ-STOCKHOLM',
    ticker: 'VOLV-B.ST',
    offset: '+01:00',
    other: '+02:00',
    dst: 'eu',
    open: '09:00',
    close: '17:25',
  },
  {
    code: 'NASDAQ-HELSINKI',
    ticker: 'NOKIA.HE',
    offset: '+02:00',
    other: '+03:00',
    dst: 'eu',
    open: '10:00',
    close: '18:25',
  },
  {
    code: 'NASDAQ-COPENHAGEN',
    ticker: 'NOVO-B.CO',
    offset: '+01:00',
    other: '+02:00',
    dst: 'eu',
    open: '09:00',
    close: '16:55',
  },
  {
    code: 'TSX',
    ticker: 'RY.TO',
    offset: '-05:00',
    other: '-04:00',
    dst: 'us',
    open: '09:30',
    close: '16:00',
  },
  {
    code: 'ASX',
    ticker: 'BHP.AX',
    offset: '+11:00',
    other: '+10:00',
    dst: 'au',
    open: '10:00',
    close: '16:00',
  },
  { code: 'KRX', ticker: '005930.KS', offset: '+09:00', open: '09:00', close: '15:20' },
  { code: 'KOSDAQ', ticker: '035720.KQ', offset: '+09:00', open: '09:00', close: '15:20' },
  { code: 'NSE', ticker: 'RELIANCE.NS', offset: '+05:30', open: '09:15', close: '15:30' },
  { code: 'BSE', ticker: '500325.BO', offset: '+05:30', open: '09:15', close: '15:30' },
  { code: 'TWSE', ticker: '2330.TW', offset: '+08:00', open: '09:00', close: '13:25' },
  {
    code: 'SGX',
    ticker: 'D05.SI',
    offset: '+08:00',
    open: '09:00',
    close: '17:00',
    lunch: ['12:00', '13:00'],
  },
  { code: 'JSE', ticker: 'NPN.JO', offset: '+02:00', open: '09:00', close: '16:50' },
];

/** DST changes of 2024 as [Friday before, Monday after] the Sunday of the change. */
const CHANGES: Record<Exclude<Dst, undefined>, [string, string][]> = {
  eu: [
    ['2024-03-29', '2024-04-01'],
    ['2024-10-25', '2024-10-28'],
  ],
  us: [
    ['2024-03-08', '2024-03-11'],
    ['2024-11-01', '2024-11-04'],
  ],
  au: [
    ['2024-04-05', '2024-04-08'],
    ['2024-10-04', '2024-10-07'],
  ],
};
// The 2025 changes, written by hand from the IANA rules like the 2024 ones (EU: last Sunday of
// March and October; US: second Sunday of March, first of November; Sydney: first Sunday of
// April and October), each pair a Friday and the Monday after the change.
const CHANGES_2025: Record<Exclude<Dst, undefined>, [string, string][]> = {
  eu: [
    ['2025-03-28', '2025-03-31'],
    ['2025-10-24', '2025-10-27'],
  ],
  us: [
    ['2025-03-07', '2025-03-10'],
    ['2025-10-31', '2025-11-03'],
  ],
  au: [
    ['2025-04-04', '2025-04-07'],
    ['2025-10-03', '2025-10-06'],
  ],
};

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const offsetMinutes = (o: string): number => (o[0] === '-' ? -1 : 1) * minutes(o.slice(1));
/** The instant of a local wall-clock time, written in UTC (so the test, not the library, applies the offset). */
function utc(date: string, local: string, offset: string): string {
  const t =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) +
    (minutes(local) - offsetMinutes(offset)) * 60_000;
  return new Date(t).toISOString().replace('.000Z', 'Z');
}

function place(c: Case, when: string): [string, string] {
  const options = c.ticker === 'NASDAQ' ? { exchange: EXCHANGES.NASDAQ } : { ticker: c.ticker };
  const r = dayZero(when, WEEKDAYS, options);
  if (!r.ok) throw new Error(`${c.code} ${when}: ${r.code}`);
  return [r.date, r.reason];
}

describe.each(CASES)('$code ($ticker)', (c) => {
  it('is the exchange of its ticker suffix', () => {
    if (c.ticker !== 'NASDAQ') expect(exchangeForTicker(c.ticker)?.code).toBe(c.code);
    expect(exchangeByCode(c.code)?.code).toBe(c.code);
  });

  it('places pre-open, intraday, lunch-break and after-close timestamps (2024-01-17)', () => {
    const day = '2024-01-17';
    expect(place(c, utc(day, hhmm(minutes(c.open) - 15), c.offset))).toEqual([day, 'pre-open']);
    expect(place(c, utc(day, hhmm(minutes(c.open) + 30), c.offset))).toEqual([day, 'intraday']);
    if (c.lunch)
      expect(place(c, utc(day, hhmm(minutes(c.lunch[0]) + 15), c.offset))).toEqual([day, 'intraday']);
    expect(place(c, utc(day, hhmm(minutes(c.close) - 1), c.offset))).toEqual([day, 'intraday']);
    expect(place(c, utc(day, c.close, c.offset))).toEqual(['2024-01-18', 'after-close']);
    expect(place(c, utc(day, hhmm(minutes(c.close) + 10), c.offset))).toEqual(['2024-01-18', 'after-close']);
  });

  if (c.dst !== undefined) {
    it.each([
      ['2024', CHANGES],
      ['2025', CHANGES_2025],
    ] as const)('follows both daylight-saving changes of %s', (_year, changes) => {
      // One UTC time of day, 30 minutes after the close at the daylight (larger) offset: on
      // daylight days it is after the close (next day), on standard days, with the clock an hour
      // behind, 30 minutes before it (intraday).
      const daylight = Math.max(offsetMinutes(c.offset), offsetMinutes(c.other!));
      const t = minutes(c.close) + 30 - daylight;
      const at = (date: string): string =>
        new Date(
          Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) +
            t * 60_000,
        )
          .toISOString()
          .replace('.000Z', 'Z');
      const next = (d: string) => WEEKDAYS[WEEKDAYS.indexOf(d) + 1]!;
      const expectAt = (date: string, isDaylight: boolean) =>
        expect(place(c, at(date)), date).toEqual(
          isDaylight ? [next(date), 'after-close'] : [date, 'intraday'],
        );
      const [first, second] = changes[c.dst!];
      const [fri1, mon1] = first!;
      const [fri2, mon2] = second!;
      // northern zones: standard, daylight | daylight, standard; Sydney the other way round
      const south = c.dst === 'au';
      expectAt(fri1, south);
      expectAt(mon1, !south);
      expectAt(fri2, !south);
      expectAt(mon2, south);
    });
  }
});

describe('B3 closes with New York', () => {
  it('at 16:55 São Paulo while the US keeps daylight time, 17:55 otherwise (2024 changes)', () => {
    const c = CASES.find((x) => x.code === 'B3')!;
    const at1730 = (date: string) => utc(date, '17:30', '-03:00');
    expect(place(c, at1730('2024-03-08'))).toEqual(['2024-03-08', 'intraday']);
    expect(place(c, at1730('2024-03-11'))).toEqual(['2024-03-12', 'after-close']);
    expect(place(c, at1730('2024-11-01'))).toEqual(['2024-11-04', 'after-close']);
    expect(place(c, at1730('2024-11-04'))).toEqual(['2024-11-04', 'intraday']);
    expect(place(c, utc('2024-07-01', '16:54', '-03:00'))).toEqual(['2024-07-01', 'intraday']);
    expect(place(c, utc('2024-07-01', '16:55', '-03:00'))).toEqual(['2024-07-02', 'after-close']);
  });
});

describe('session history', () => {
  it('SGX had no lunch break before 2017-11-13; KRX closed at 14:50 (continuous) before 2016-08-01', () => {
    // a lunch break does not move day 0 (it is inside the trading day), so check the session itself
    expect(sessionOn(EXCHANGES.SGX, '2017-11-10').lunch).toBeUndefined();
    expect(sessionOn(EXCHANGES.SGX, '2017-11-13').lunch).toEqual({ start: 720, end: 780 });
    const krx = ['2016-07-29', '2016-08-01', '2016-08-02'];
    expect(dayZero(utc('2016-07-29', '15:00', '+09:00'), krx, { ticker: '005930.KS' })).toMatchObject({
      date: '2016-08-01',
      reason: 'after-close',
    });
    expect(dayZero(utc('2016-08-01', '15:00', '+09:00'), krx, { ticker: '005930.KS' })).toMatchObject({
      date: '2016-08-01',
      reason: 'intraday',
    });
  });

  it('accepts ISO 10383 MICs as codes', () => {
    expect(exchangeByCode('xpar')?.code).toBe('EURONEXT-PARIS');
    expect(exchangeByCode('XHKG')?.code).toBe('HKEX');
    expect(exchangeByCode('BVMF')?.code).toBe('B3');
  });
});

describe('the hand-written daylight-saving changes', () => {
  // Cross-check the dates above against @date-fns/tz (the runtime's IANA data): the zone's
  // offset differs between the Friday and the Monday of each pair, and changes nowhere else.
  const ZONE: Record<Exclude<Dst, undefined>, string> = {
    eu: 'Europe/Paris',
    us: 'America/New_York',
    au: 'Australia/Sydney',
  };
  it.each(['eu', 'us', 'au'] as const)(
    '%s: are the only changes of 2024 and 2025 per @date-fns/tz',
    (dst) => {
      const noon = (day: string) => new Date(`${day}T12:00:00Z`);
      const changed: string[] = [];
      for (let i = 1; i < WEEKDAYS.length; i++) {
        const [before, after] = [WEEKDAYS[i - 1]!, WEEKDAYS[i]!];
        if (before < '2024-01-01' || after > '2025-12-31') continue;
        if (tzOffset(ZONE[dst], noon(before)) !== tzOffset(ZONE[dst], noon(after)))
          changed.push(`${before}/${after}`);
      }
      expect(changed).toEqual([...CHANGES[dst], ...CHANGES_2025[dst]].map(([fri, mon]) => `${fri}/${mon}`));
    },
  );
});
