import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/calendar/calendar-search.js';
import { keyToDate } from '../../src/calendar/date-key.js';
import { HK } from './real-calendars.js';

describe('lowerBound on the real HKEX calendar', () => {
  it('finds trading dates and the next date after a holiday', () => {
    expect(HK[0]).toBe('2010-01-04');
    const i = lowerBound(HK, '2021-04-01');
    expect(i).toBeGreaterThan(0);
    expect(HK[i]).toBe('2021-04-01');
    // Good Friday, Easter Monday and the day after Ching Ming (2021-04-02, -05, -06) are closed:
    // each finds the next trading date.
    for (const closed of ['2021-04-02', '2021-04-05', '2021-04-06'])
      expect(lowerBound(HK, closed)).toBe(i + 1);
    expect(HK[i + 1]).toBe('2021-04-07');
  });

  it('handles the ends and the empty calendar', () => {
    expect(lowerBound(HK, '2000-01-01')).toBe(0);
    expect(lowerBound(HK, '2099-01-01')).toBe(HK.length);
    expect(lowerBound([], '2021-01-01')).toBe(0);
    expect(lowerBound(HK, HK[HK.length - 1] as string)).toBe(HK.length - 1);
  });

  it('agrees with a linear scan for random dates', () => {
    const lo = Date.UTC(2009, 0, 1) / 86_400_000;
    const hi = Date.UTC(2026, 0, 1) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (key) => {
        const date = keyToDate(key);
        const linear = HK.findIndex((d) => d >= date);
        expect(lowerBound(HK, date)).toBe(linear === -1 ? HK.length : linear);
      }),
      { numRuns: 500 },
    );
  });
});
