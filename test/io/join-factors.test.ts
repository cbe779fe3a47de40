import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinFactors } from '../../src/io/join-factors';
import { parseFactors } from '../../src/io/parse-factors';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('joinFactors', () => {
  it('inner-joins on common dates and keeps the first of a repeated factor', () => {
    const a = {
      dates: ['2021-03-24', '2021-03-25', '2021-03-26'],
      factors: { RF: Float64Array.of(1, 2, 3), X: Float64Array.of(4, 5, 6) },
    };
    const b = {
      dates: ['2021-03-25', '2021-03-26', '2021-03-29'],
      factors: { RF: Float64Array.of(9, 9, 9), Mom: Float64Array.of(7, 8, 9) },
    };
    const j = joinFactors(a, b);
    expect(j.dates).toEqual(['2021-03-25', '2021-03-26']);
    expect(Object.keys(j.factors)).toEqual(['RF', 'X', 'Mom']);
    expect(Array.from(j.factors['RF']!)).toEqual([2, 3]);
    expect(Array.from(j.factors['Mom']!)).toEqual([7, 8]);
  });

  it('handles no tables and one table', () => {
    expect(joinFactors()).toEqual({ dates: [], factors: {} });
    const one = joinFactors({ dates: ['2021-03-26'], factors: { A: Float64Array.of(1) } });
    expect(one.dates).toEqual(['2021-03-26']);
    expect(Array.from(one.factors['A']!)).toEqual([1]);
  });

  it('joins the real FF3 and momentum files on the momentum dates', () => {
    const ff3 = parseFactors(read('data/factors/F-F_Research_Data_Factors_daily.CSV'));
    const mom = parseFactors(read('data/factors/F-F_Momentum_Factor_daily.CSV'));
    const j = joinFactors(ff3, mom);
    expect(Object.keys(j.factors)).toEqual(['Mkt-RF', 'SMB', 'HML', 'RF', 'Mom']);
    expect(j.dates[0]).toBe('1926-11-03');
    expect(j.dates.at(-1)).toBe('2022-12-30');
    const i = j.dates.indexOf('2021-03-26');
    expect(j.factors['Mkt-RF']![i]).toBe(0.0155);
    expect(j.factors['Mom']![i]).toBe(-0.0045);
    expect(j.dates.slice(j.dates.indexOf('2013-02-08'), j.dates.indexOf('2018-02-07') + 1)).toHaveLength(
      1259,
    );
  });
});
