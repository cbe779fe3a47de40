import { describe, expect, it } from 'vitest';
import { EXCHANGES, exchangeByCode } from '../../src/calendar/exchanges.js';

describe('EXCHANGES', () => {
  it('has the published sessions and zones', () => {
    const rows = Object.values(EXCHANGES)
      .slice(0, 9)
      .map((e) => [e.code, e.timeZone, e.open, e.close, e.lunch?.start, e.lunch?.end]);
    expect(rows).toEqual([
      ['HKEX', 'Asia/Hong_Kong', '09:30', '16:00', '12:00', '13:00'],
      ['SSE', 'Asia/Shanghai', '09:30', '15:00', '11:30', '13:00'],
      ['SZSE', 'Asia/Shanghai', '09:30', '15:00', '11:30', '13:00'],
      ['TSE', 'Asia/Tokyo', '09:00', '15:30', '11:30', '12:30'],
      ['NYSE', 'America/New_York', '09:30', '16:00', undefined, undefined],
      ['AMEX', 'America/New_York', '09:30', '16:00', undefined, undefined], // NYSE American
      ['NASDAQ', 'America/New_York', '09:30', '16:00', undefined, undefined],
      ['LSE', 'Europe/London', '08:00', '16:30', undefined, undefined],
      ['XETRA', 'Europe/Berlin', '09:00', '17:30', undefined, undefined],
    ]);
  });

  it('records the TSE close before 2024-11-05 and the HKEX sessions before 2012', () => {
    expect(EXCHANGES.TSE.history).toEqual([
      { until: '2024-11-05', open: '09:00', close: '15:00', lunch: { start: '11:30', end: '12:30' } },
    ]);
    expect(EXCHANGES.HKEX.history?.map((h) => [h.until, h.open, h.lunch?.end])).toEqual([
      ['2011-03-07', '10:00', '14:30'],
      ['2012-03-05', '09:30', '13:30'],
    ]);
  });

  it('uses zones the runtime knows (IANA names, not offsets)', () => {
    for (const e of Object.values(EXCHANGES)) {
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: e.timeZone }), e.code).not.toThrow();
      expect(e.timeZone).toMatch(/^[A-Z][a-z]+\/[A-Za-z_]+$/);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(EXCHANGES)).toBe(true);
  });
});

describe('exchangeByCode', () => {
  it('looks codes up case-insensitively', () => {
    expect(exchangeByCode('hkex')).toBe(EXCHANGES.HKEX);
    expect(exchangeByCode(' XETRA ')).toBe(EXCHANGES.XETRA);
    expect(exchangeByCode('Nasdaq')).toBe(EXCHANGES.NASDAQ);
    expect(exchangeByCode('NZX')).toBeUndefined();
    expect(exchangeByCode('toString')).toBeUndefined();
  });
});
