import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilToKey, dateKey, daysInMonth, isLeapYear, keyToDate } from '../../src/calendar/date-key.js';
import { EventStudyError } from '../../src/errors.js';

describe('dateKey', () => {
  it('counts days since 1970-01-01', () => {
    expect(dateKey('1970-01-01')).toBe(0);
    expect(dateKey('1970-01-02')).toBe(1);
    expect(dateKey('1969-12-31')).toBe(-1);
    expect(dateKey('2021-03-26')).toBe(18712);
    expect(dateKey('2000-02-29')).toBe(11016);
    expect(dateKey('0000-01-01')).toBe(-719528);
    expect(dateKey('9999-12-31')).toBe(2932896);
  });

  it('rejects malformed and impossible dates', () => {
    for (const bad of [
      '2021-02-29',
      '1900-02-29',
      '2021-13-01',
      '2021-00-10',
      '2021-04-31',
      '2021-3-26',
      '20210326',
      '2021-03-26T00:00Z',
      '2021/03/26',
      '',
    ]) {
      expect(() => dateKey(bad), bad).toThrow(EventStudyError);
    }
    expect(() => dateKey('2021-02-29')).toThrow(/YYYY-MM-DD/);
  });
});

describe('keyToDate', () => {
  it('inverts dateKey at the edges', () => {
    expect(keyToDate(0)).toBe('1970-01-01');
    expect(keyToDate(18712)).toBe('2021-03-26');
    expect(keyToDate(11016)).toBe('2000-02-29');
    expect(keyToDate(-719528)).toBe('0000-01-01');
    expect(keyToDate(2932896)).toBe('9999-12-31');
    expect(keyToDate(-1)).toBe('1969-12-31');
  });

  it('rejects non-integers and years that YYYY cannot write', () => {
    expect(() => keyToDate(1.5)).toThrow(EventStudyError);
    expect(() => keyToDate(Number.NaN)).toThrow(EventStudyError);
    expect(() => keyToDate(2932897)).toThrow(/outside/);
    expect(() => keyToDate(-719529)).toThrow(/outside/);
  });
});

describe('differences of dateKey', () => {
  it('count calendar days, signed, across month ends and leap days', () => {
    expect(dateKey('2021-04-07') - dateKey('2021-04-01')).toBe(6);
    expect(dateKey('2021-04-01') - dateKey('2021-04-03')).toBe(-2);
    expect(dateKey('2021-03-26') - dateKey('2021-03-26')).toBe(0);
    expect(dateKey('2020-03-01') - dateKey('2020-02-28')).toBe(2);
    expect(dateKey('2021-03-01') - dateKey('2021-02-28')).toBe(1);
    expect(dateKey('2021-12-31') - dateKey('2020-12-31')).toBe(365);
  });
});

describe('leap years and month lengths', () => {
  it('follow the Gregorian rules', () => {
    expect([1900, 2000, 2020, 2021, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
    expect(civilToKey(2021, 3, 26)).toBe(18712);
  });
});

describe('properties against Date.UTC (1900–2100)', () => {
  const lo = Date.UTC(1900, 0, 1) / 86_400_000;
  const hi = Date.UTC(2100, 11, 31) / 86_400_000;

  it('keyToDate agrees with Date and round-trips through dateKey', () => {
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (key) => {
        const iso = new Date(key * 86_400_000).toISOString().slice(0, 10);
        expect(keyToDate(key)).toBe(iso);
        expect(dateKey(iso)).toBe(key);
      }),
      { numRuns: 2000 },
    );
  });

  it('dateKey of any valid (y, m, d) equals Date.UTC / 86400000', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          fc.pre(d <= daysInMonth(y, m));
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(dateKey(text)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('differences of dateKey are the day counts between the dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }), (a, b) => {
        const da = keyToDate(a);
        const db = keyToDate(b);
        expect(dateKey(db) - dateKey(da)).toBe(b - a);
        expect(dateKey(da) - dateKey(db)).toBe(a - b);
      }),
    );
  });
});
