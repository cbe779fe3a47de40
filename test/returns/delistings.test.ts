/**
 * Delisting returns (Shumway 1997; METHODS.md §7) on the derived CRSP files of data/crsp-derived
 * (the delisting values are invented there, to exercise each rule), and marketFromFactors on the
 * real Fama–French daily file. Expected values are worked out by hand from the rows quoted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, CsvFormatError } from '../../src/errors';
import { parseDelistings } from '../../src/io/parse-delistings';
import { parseFactors } from '../../src/io/parse-factors';
import { applyDelistings } from '../../src/returns/apply-delistings';
import { marketFromFactors } from '../../src/returns/market-from-factors';
import type { PriceSeries } from '../../src/types';

const ROOT = join(import.meta.dirname, '..', '..');
const DELIST = join(ROOT, 'data', 'crsp-derived', 'sp500_crsp_delist.csv');

const series = (ticker: string, dates: string[], returns: number[]): PriceSeries => ({
  ticker,
  dates,
  returns: Float64Array.from(returns),
});

describe('parseDelistings', () => {
  it('reads the dsedelist layout: PERMNO, DLSTDT, DLSTCD, DLRET (a letter code is kept as missing)', () => {
    const d = parseDelistings(readFileSync(DELIST, 'utf8'), { file: DELIST });
    expect(d.map((x) => [x.ticker, x.date, x.code, x.return, x.missingCode])).toEqual([
      ['10001', '2018-02-07', '233', -0.25, undefined],
      ['10005', '2018-02-08', '331', 0.05, undefined],
      ['10006', '2018-02-07', '500', Number.NaN, 'S'],
    ]);
    expect(d[0]!.origin).toEqual({ file: DELIST, line: 2, column: 1 });
  });

  it('rejects a DLRET that is neither a number nor a code, and one below −1', () => {
    for (const [cell, pattern] of [
      ['X', /non-numeric delisting return/],
      ['-1.2', /below −1/],
    ] as const) {
      try {
        parseDelistings(`PERMNO,DLSTDT,DLRET\n10001,20180207,${cell}\n`, { file: 'd.csv' });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(CsvFormatError);
        expect([
          (e as CsvFormatError).file,
          (e as CsvFormatError).line,
          (e as CsvFormatError).column,
        ]).toEqual(['d.csv', 2, 3]);
        expect((e as Error).message).toMatch(pattern);
      }
    }
  });
});

describe('applyDelistings', () => {
  const dates = ['2018-02-06', '2018-02-07'];
  const d = parseDelistings(readFileSync(DELIST, 'utf8'), { file: DELIST });
  const input = [
    series('10001', dates, [0.01, 0.02]),
    series('10005', dates, [0.01, 0.03]),
    series('10006', dates, [0.01, 0.04]),
  ];

  it('compounds RET and DLRET on the date, adds DLRET alone after the last row, counts a missing code', () => {
    const [a, b, c] = applyDelistings(input, d);
    expect(a!.returns![1]).toBeCloseTo(1.02 * 0.75 - 1, 15); // (1 + RET)(1 + DLRET) − 1 = −0.235
    expect(b!.dates).toEqual([...dates, '2018-02-08']);
    expect(b!.returns![2]).toBe(0.05);
    expect(Array.from(c!.returns!)).toEqual([0.01, 0.04]);
    expect(c!.source!.delistings).toEqual({ applied: 0, missing: { S: 1 } });
    expect(a!.source!.delistings).toEqual({ applied: 1 });
    expect(input[0]!.returns![1]).toBe(0.02); // inputs untouched
  });

  it('uses DLRET alone where the date has a row whose RET is missing', () => {
    const [a] = applyDelistings([series('10001', dates, [0.01, Number.NaN])], [d[0]!]);
    expect(a!.returns![1]).toBe(-0.25);
  });

  it('a delisting for an unknown PERMNO: error with the delisting file, line and column', () => {
    try {
      applyDelistings(input.slice(1), d);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvFormatError);
      expect([(e as CsvFormatError).file, (e as CsvFormatError).line, (e as CsvFormatError).column]).toEqual([
        DELIST,
        2,
        1,
      ]);
      expect((e as Error).message).toMatch(/unknown listing 10001/);
    }
    expect(applyDelistings(input.slice(1), d, { unknown: 'ignore' })).toHaveLength(2);
  });

  it('refuses a price series (a delisting return needs RET)', () => {
    expect(() =>
      applyDelistings([{ ticker: '10001', dates, close: Float64Array.of(1, 2) }], [d[0]!]),
    ).toThrow(/price series/);
  });
});

describe('marketFromFactors', () => {
  const ff = parseFactors(
    readFileSync(join(ROOT, 'data', 'factors', 'F-F_Research_Data_Factors_daily.CSV'), 'utf8'),
  );

  it('is Mkt-RF + RF on every date, as a returns series', () => {
    const m = marketFromFactors(ff);
    expect(m.ticker).toBe('Mkt');
    expect(m.close).toBeUndefined();
    const i = ff.dates.indexOf('2016-11-09');
    // the file's row: 20161109, 1.46 (Mkt-RF), …, 0.001 (RF), in percent
    expect(m.returns![i]).toBeCloseTo(0.0146 + 0.00001, 15);
    expect(marketFromFactors(ff, 'FF-Mkt').ticker).toBe('FF-Mkt');
  });

  it('names the missing column', () => {
    expect(() =>
      marketFromFactors({ dates: ['2020-01-02'], factors: { 'Mkt-RF': Float64Array.of(0.01) } }),
    ).toThrow(ConfigError);
  });
});
