import { describe, expect, it } from 'vitest';
import { closeInLocalMinutes } from '../../src/calendar/foreign-close.js';
import { ConfigError } from '../../src/errors.js';

const NY = { time: '15:55', timeZone: 'America/New_York' };

describe('closeInLocalMinutes', () => {
  it('converts 15:55 New York to São Paulo on each side of the US changes (hand-worked offsets)', () => {
    // EDT −4, BRT −3: 15:55 + 1 h = 16:55; EST −5: + 2 h = 17:55
    expect(closeInLocalMinutes(NY, 'America/Sao_Paulo', '2024-03-08')).toBe(17 * 60 + 55);
    expect(closeInLocalMinutes(NY, 'America/Sao_Paulo', '2024-03-11')).toBe(16 * 60 + 55);
    expect(closeInLocalMinutes(NY, 'America/Sao_Paulo', '2024-11-01')).toBe(16 * 60 + 55);
    expect(closeInLocalMinutes(NY, 'America/Sao_Paulo', '2024-11-04')).toBe(17 * 60 + 55);
  });
  it('is the time itself in the same zone', () => {
    expect(closeInLocalMinutes(NY, 'America/New_York', '2024-07-01')).toBe(955);
  });
  it('rejects an unknown zone', () => {
    expect(() =>
      closeInLocalMinutes({ time: '15:55', timeZone: 'Mars/Olympus' }, 'America/Sao_Paulo', '2024-07-01'),
    ).toThrow(ConfigError);
  });
});
