import { describe, expect, it } from 'vitest';
import { exchangeKeys } from '../../src/study/benchmark-for';
import { factorTableFor, isFactorTable } from '../../src/study/factor-table-for';
import type { FactorTable } from '../../src/types';

// Tiny synthetic tables: the property is which one is picked, not their values.
const table = (rf: number): FactorTable => ({
  dates: ['2021-03-26'],
  factors: { RF: new Float64Array([rf]) },
});
const hk = table(1);
const us = table(2);
const ev = (ticker: string, exchange?: string) => ({
  ticker,
  date: '2021-03-26',
  ...(exchange ? { exchange } : {}),
});

describe('factorTableFor', () => {
  it('returns the single table for every listing', () => {
    expect(factorTableFor(ev('1810.HK'), '1810.HK', hk)).toBe(hk);
    expect(isFactorTable(hk)).toBe(true);
    expect(isFactorTable({ '.HK': hk })).toBe(false);
  });
  it('picks by suffix, then exchange code, with US for plain US tickers', () => {
    expect(factorTableFor(ev('1810.HK'), '1810.HK', { '.HK': hk, US: us })).toBe(hk);
    expect(factorTableFor(ev('1810.HK'), '1810.HK', { HKEX: hk, US: us })).toBe(hk);
    expect(factorTableFor(ev('BIDU'), 'BIDU', { HKEX: hk, US: us })).toBe(us);
    expect(factorTableFor(ev('BIDU'), 'BIDU', { NASDAQ: us })).toBe(us);
    expect(factorTableFor(ev('RY.TO'), 'RY.TO', { HKEX: hk })).toBeUndefined();
    expect(factorTableFor(ev('HSI', 'HKEX'), 'HSI', { HKEX: hk, US: us })).toBe(hk);
  });
  it('lists the keys most specific first', () => {
    expect(exchangeKeys(ev('1810.HK'), '1810.HK')).toEqual(['.HK', 'HKEX']);
    expect(exchangeKeys(ev('BIDU'), 'BIDU')).toEqual(['NYSE', 'NASDAQ', 'US']);
  });
});
