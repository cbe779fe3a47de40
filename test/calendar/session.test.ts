import { describe, expect, it } from 'vitest';
import { EXCHANGES, type Exchange } from '../../src/calendar/exchanges.js';
import { sessionOn, timeToMinutes } from '../../src/calendar/session.js';
import { ConfigError } from '../../src/errors.js';

describe('timeToMinutes', () => {
  it('reads HH:MM', () => {
    expect(timeToMinutes('00:00')).toBe(0);
    expect(timeToMinutes('09:30')).toBe(570);
    expect(timeToMinutes('16:00')).toBe(960);
    expect(timeToMinutes('24:00')).toBe(1440);
  });

  it('rejects anything else with a ConfigError', () => {
    for (const bad of ['9:30', '09:60', '24:01', '0930', '09:30:00', '']) {
      expect(() => timeToMinutes(bad), bad).toThrow(ConfigError);
    }
  });
});

describe('sessionOn', () => {
  it('applies the TSE close change of 2024-11-05', () => {
    expect(sessionOn(EXCHANGES.TSE, '2024-11-01')).toEqual({
      open: 540,
      close: 900,
      lunch: { start: 690, end: 750 },
    });
    expect(sessionOn(EXCHANGES.TSE, '2024-11-05')).toEqual({
      open: 540,
      close: 930,
      lunch: { start: 690, end: 750 },
    });
  });

  it('applies the HKEX sessions of 2010–2012', () => {
    expect(sessionOn(EXCHANGES.HKEX, '2010-06-01')).toEqual({
      open: 600,
      close: 960,
      lunch: { start: 750, end: 870 },
    });
    expect(sessionOn(EXCHANGES.HKEX, '2011-03-07')).toEqual({
      open: 570,
      close: 960,
      lunch: { start: 720, end: 810 },
    });
    expect(sessionOn(EXCHANGES.HKEX, '2012-03-05')).toEqual({
      open: 570,
      close: 960,
      lunch: { start: 720, end: 780 },
    });
  });

  it('returns no lunch for exchanges without one', () => {
    expect(sessionOn(EXCHANGES.LSE, '2021-03-26')).toEqual({ open: 480, close: 990 });
    expect(sessionOn(EXCHANGES.NYSE, '2021-03-26')).toEqual({ open: 570, close: 960 });
  });

  it('rejects malformed custom exchanges', () => {
    const base: Exchange = { code: 'X', name: 'X', timeZone: 'UTC', open: '10:00', close: '09:00' };
    expect(() => sessionOn(base, '2021-01-01')).toThrow(/open \(10:00\) must be before the close/);
    expect(() =>
      sessionOn({ ...base, close: '16:00', lunch: { start: '08:00', end: '09:00' } }, '2021-01-01'),
    ).toThrow(/lunch break must lie inside/);
    expect(() => sessionOn({ ...base, open: '9am' }, '2021-01-01')).toThrow(/X open: expected a local time/);
  });
});
