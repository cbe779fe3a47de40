import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/errors';
import { parseFactors } from '../../src/io/parse-factors';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('parseFactors', () => {
  it('reads the Fama–French 3-factor daily file (percent → decimals, stops at the copyright line)', () => {
    const ff = parseFactors(read('data/factors/F-F_Research_Data_Factors_daily.CSV'));
    expect(Object.keys(ff.factors)).toEqual(['Mkt-RF', 'SMB', 'HML', 'RF']);
    expect(ff.dates[0]).toBe('1926-07-01');
    expect(ff.dates.at(-1)).toBe('2024-12-31');
    expect(ff.dates).toHaveLength(25901);
    const i = ff.dates.indexOf('2021-03-26');
    expect(ff.factors['Mkt-RF']![i]).toBe(0.0155);
    expect(ff.factors['SMB']![i]).toBe(0.0019);
    expect(ff.factors['RF']![0]).toBe(0.00009);
  });

  it('reads the 5-factor file', () => {
    const ff = parseFactors(read('data/factors/F-F_Research_Data_5_Factors_2x3_daily.CSV'));
    expect(Object.keys(ff.factors)).toEqual(['Mkt-RF', 'SMB', 'HML', 'RMW', 'CMA', 'RF']);
    expect(ff.dates[0]).toBe('1963-07-01');
    expect(ff.factors['RMW']![ff.dates.indexOf('2021-03-26')]).toBe(0.0079);
  });

  it('reads the momentum file (CRLF, padded column name)', () => {
    const mom = parseFactors(read('data/factors/F-F_Momentum_Factor_daily.CSV'));
    expect(Object.keys(mom.factors)).toEqual(['Mom']);
    expect(mom.dates[0]).toBe('1926-11-03');
    expect(mom.dates.at(-1)).toBe('2022-12-30');
    expect(mom.factors['Mom']![0]).toBe(0.0056);
    expect(mom.factors['Mom']![mom.dates.indexOf('2021-03-26')]).toBe(-0.0045);
  });

  it('stops at an annual section and maps missing-data codes to NaN', () => {
    const text =
      'Preamble, with a comma\n\n,A,B\n20210325,1.0,-99.99\n20210326,2.5,-999\n\n Annual Factors: January-December\n,A,B\n2021,3,4\n';
    const t = parseFactors(text);
    expect(t.dates).toEqual(['2021-03-25', '2021-03-26']);
    expect(Array.from(t.factors['A']!)).toEqual([0.01, 0.025]);
    expect(Array.from(t.factors['B']!)).toEqual([Number.NaN, Number.NaN]);
  });

  it('reads plain date,factor CSVs as decimals and sorts them', () => {
    const t = parseFactors('date,Mkt-RF,RF\n2021-03-26,0.0155,0\n2021-03-25,-0.005,NA\n');
    expect(t.dates).toEqual(['2021-03-25', '2021-03-26']);
    expect(Array.from(t.factors['Mkt-RF']!)).toEqual([-0.005, 0.0155]);
    expect(Number.isNaN(t.factors['RF']![0]!)).toBe(true);
  });

  it('keeps a __proto__ factor name as an own property', () => {
    const t = parseFactors('date,__proto__\n2021-03-26,0.01\n');
    expect(Object.hasOwn(t.factors, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(t.factors)).toBe(Object.prototype);
  });

  it.each([
    ['empty', '', 1, 1, 'empty file'],
    ['no header', 'just text\nmore text\n', 1, 1, 'no header line'],
    ['monthly file', ',Mkt-RF,RF\n192607,2.96,0.22\n', 2, 1, 'not a daily date'],
    ['bad value', ',Mkt-RF,RF\n20210325,x,0.1\n', 2, 2, 'non-numeric factor value "x"'],
    ['ragged', ',Mkt-RF,RF\n20210325,1\n', 2, 3, 'ragged row'],
    ['bad date', ',Mkt-RF\n20210230,1\n', 2, 1, 'invalid calendar date'],
    ['repeated date', 'date,A\n2021-03-26,1\n2021-03-25,1\n2021-03-26,2\n', 4, 1, 'repeated date 2021-03-26'],
    ['duplicate name', ',A,A\n20210325,1,2\n', 1, 3, 'duplicate factor A'],
  ])('%s → CsvFormatError', (_, text, line, column, message) => {
    try {
      parseFactors(text, { file: 'ff.csv' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvFormatError);
      const err = e as CsvFormatError;
      expect([err.file, err.line, err.column]).toEqual(['ff.csv', line, column]);
      expect(err.message).toContain(message);
    }
  });
});
