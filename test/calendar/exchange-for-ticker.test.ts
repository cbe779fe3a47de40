import { describe, expect, it } from 'vitest';
import {
  exchangeForTicker,
  INDEX_EXCHANGES,
  SUFFIX_EXCHANGES,
} from '../../src/calendar/exchange-for-ticker.js';

const code = (t: string) => exchangeForTicker(t)?.code;

describe('exchangeForTicker', () => {
  it('reads the exchange suffixes', () => {
    expect(code('1810.HK')).toBe('HKEX');
    expect(code('0175.HK')).toBe('HKEX');
    expect(code('601633.SS')).toBe('SSE');
    expect(code('600519.SH')).toBe('SSE');
    expect(code('002594.SZ')).toBe('SZSE');
    expect(code('7203.T')).toBe('TSE');
    expect(code('VOD.L')).toBe('LSE');
    expect(code('SAP.DE')).toBe('XETRA');
    expect(code('1810.hk')).toBe('HKEX');
  });

  it('reads Chinese index tickers from their suffix', () => {
    expect(code('000001.SS')).toBe('SSE');
    expect(code('399001.SZ')).toBe('SZSE');
  });

  it('maps plain US tickers to NYSE', () => {
    expect(code('BIDU')).toBe('NYSE');
    expect(code('AAPL')).toBe('NYSE');
    expect(code('BRK-B')).toBe('NYSE');
    expect(exchangeForTicker('TSLA')?.timeZone).toBe('America/New_York');
  });

  it('maps the common ^ indices', () => {
    expect(code('^HSI')).toBe('HKEX');
    expect(code('^GSPC')).toBe('NYSE');
    expect(code('^IXIC')).toBe('NASDAQ');
    expect(code('^N225')).toBe('TSE');
    expect(code('^FTSE')).toBe('LSE');
    expect(code('^GDAXI')).toBe('XETRA');
    expect(Object.keys(INDEX_EXCHANGES).every((k) => k.startsWith('^'))).toBe(true);
  });

  it('returns undefined rather than guessing', () => {
    expect(exchangeForTicker('AIR.NZ')).toBeUndefined();
    expect(exchangeForTicker('BRK.B')).toBeUndefined();
    expect(exchangeForTicker('600519')).toBeUndefined();
    expect(exchangeForTicker('^XYZ')).toBeUndefined();
    expect(exchangeForTicker('.HK')).toBeUndefined();
    expect(exchangeForTicker('')).toBeUndefined();
    expect(exchangeForTicker('ABC.toString')).toBeUndefined();
    expect(Object.keys(SUFFIX_EXCHANGES).sort()).toEqual(
      'AS AX BO BR CO DE HE HK JO KQ KS L LS MC MI NS OL PA SA SH SI SS ST SW SZ T TO TW'.split(' '),
    );
  });
});
