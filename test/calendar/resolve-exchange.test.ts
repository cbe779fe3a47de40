import { describe, expect, it } from 'vitest';
import { EXCHANGES, type Exchange } from '../../src/calendar/exchanges.js';
import { resolveExchange } from '../../src/calendar/resolve-exchange.js';
import { ConfigError } from '../../src/errors.js';

describe('resolveExchange', () => {
  it('falls back to the ticker', () => {
    expect(resolveExchange('1810.HK')).toBe(EXCHANGES.HKEX);
    expect(resolveExchange('BIDU')).toBe(EXCHANGES.NYSE);
    expect(resolveExchange('AIR.NZ')).toBeUndefined();
  });

  it('lets an explicit code or suffix win over the ticker', () => {
    expect(resolveExchange('HSI', 'HKEX')).toBe(EXCHANGES.HKEX);
    expect(resolveExchange('BIDU', 'nasdaq')).toBe(EXCHANGES.NASDAQ);
    expect(resolveExchange('HSI', '.HK')).toBe(EXCHANGES.HKEX);
    expect(resolveExchange('600519', '.sh')).toBe(EXCHANGES.SSE);
  });

  it('uses an explicit Exchange object as is', () => {
    const tsx: Exchange = {
      code: 'TSX',
      name: 'Toronto',
      timeZone: 'America/Toronto',
      open: '09:30',
      close: '16:00',
    };
    expect(resolveExchange('RY.TO', tsx)).toBe(tsx);
  });

  it('throws on an unknown explicit exchange instead of falling back', () => {
    expect(() => resolveExchange('1810.HK', 'HKSE')).toThrow(ConfigError);
    expect(() => resolveExchange('1810.HK', 'HKSE')).toThrow(
      /unknown exchange "HKSE" for 1810.HK: expected one of HKEX/,
    );
    expect(() => resolveExchange('X', '.NZ')).toThrow(ConfigError);
  });
});
