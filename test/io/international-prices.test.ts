/**
 * Spreadsheet and international price files (issue 14). Every file in
 * test/fixtures/international is a real series re-written by make_fixtures.py the way the named
 * spreadsheet or library exports it; expected.json holds the dates and closes as Python read
 * them from the source, so these tests compare against an independent reading.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors';
import { parsePrices } from '../../src/io/parse-prices';
import type { PriceSeries } from '../../src/types';
import { csvError } from '../helpers/csv-error';

const DIR = 'test/fixtures/international';
const read = (name: string): string => readFileSync(new URL(`../../${DIR}/${name}`, import.meta.url), 'utf8');
const expected = JSON.parse(read('expected.json')) as Record<
  string,
  { dates: string[]; close: number[] } & Record<string, { dates: string[]; close: number[] }>
>;
const load = (name: string, options: Parameters<typeof parsePrices>[1] = {}): PriceSeries[] =>
  parsePrices(read(name), { file: name, ...options });

function expectSeries(s: PriceSeries, want: { dates: string[]; close: number[] }): void {
  expect(s.dates).toEqual(want.dates);
  expect(Array.from(s.close!)).toEqual(want.close);
}

describe('spreadsheet exports read with no options', () => {
  it("reads the issue's German Excel file (Datum;Schlusskurs, 08.02.2013;67,8542, trailing ; rows)", () => {
    const [s, ...rest] = load('AAPL.de-excel.csv');
    expect(rest).toHaveLength(0);
    expect(s!.ticker).toBe('AAPL.de-excel');
    expect(s!.dates[0]).toBe('2013-02-08');
    expect(s!.close![0]).toBe(67.8542);
    expectSeries(s!, expected['AAPL.de-excel.csv']!);
  });

  it.each([
    ['AMZN.de-tab.csv', 'plain', 'tab-separated, 1.162,35 and 4.107.094'],
    ['1810.HK.fr.csv', 'plain', 'French, dd/MM/yyyy, narrow no-break space thousands'],
    ['2333.HK.es.csv', 'plain', 'Spanish'],
    ['0175.HK.it.csv', 'plain', 'Italian'],
    ['BIDU.pt-BR.csv', 'yahoo', 'Brazilian Portuguese, Fech. ajustado used'],
    ['GSPC.nl.csv', 'plain', 'Dutch, 3.901,82, dd-MM-yyyy'],
    ['1810.HK.ja.csv', 'plain', 'Japanese, yyyy/MM/dd, quoted "1,234" volume'],
    ['9888.HK.ko.csv', 'plain', 'Korean, yyyy.MM.dd'],
    ['2333.HK.zh-Hant.csv', 'cn-vendor', 'traditional Chinese (Hong Kong) headers'],
  ])('reads %s as %s (%s)', (name, format) => {
    const [s, ...rest] = load(name);
    expect(rest).toHaveLength(0);
    expectSeries(s!, expected[name]!);
    expect(s!.source!.format).toBe(format);
  });

  it('reads the volume of grouped-thousands files', () => {
    const [amzn] = load('AMZN.de-tab.csv');
    expect(amzn!.volume![0]).toBe(4107094);
    const [xiaomi] = load('1810.HK.fr.csv');
    expect(xiaomi!.volume![0]).toBe(133323246);
    const [ja] = load('1810.HK.ja.csv');
    expect(ja!.volume![0]).toBe(133323246);
  });
});

describe('decimal comma', () => {
  // synthetic two-row files: the property is about a cell no real file shows alone
  it('is not guessed from 3-digit decimals alone (20,533 may be twenty thousand): an error with a hint', () => {
    const text = 'Fecha;Cierre\n2021-03-01;20,533\n2021-03-02;19,692\n';
    const e = csvError(() => parsePrices(text, { ticker: '2333.HK' }));
    expect(e.message).toContain('non-numeric price "20,533"');
    expect(e.message).toContain("pass decimal: ','");
    expect([e.line, e.column]).toEqual([2, 2]);
    const [s] = parsePrices(text, { ticker: '2333.HK', decimal: ',' });
    expect(Array.from(s!.close!)).toEqual([20.533, 19.692]);
  });

  it("decimal: '.' overrides the detection", () => {
    const e = csvError(() => load('AAPL.de-excel.csv', { decimal: '.' }));
    expect(e.message).toContain('"67,8542"');
    expect(e.message).toContain("decimal: ','");
  });

  it('is not detected in a ;-file that proves a decimal point (23.85): the comma cell is an error', () => {
    const e = csvError(() =>
      parsePrices('date;close\n2021-03-25;23.85\n2021-03-26;25,40\n', { ticker: 'X' }),
    );
    expect([e.line, e.column]).toEqual([3, 2]);
  });

  it('rejects an unknown decimal option', () => {
    expect(() => parsePrices('date;close\n2021-03-25;23,85\n', { ticker: 'X', decimal: ';' as ',' })).toThrow(
      ConfigError,
    );
  });
});

describe('dateFormat (date-fns patterns)', () => {
  it('settles a short European file whose days are all ≤ 12', () => {
    const e = csvError(() => load('1810.HK.dmy-short.csv'));
    expect(e.message).toContain('ambiguous date "01/03/2021"');
    expect(e.message).toContain("dateFormat: 'dd/MM/yyyy'");
    const [s] = load('1810.HK.dmy-short.csv', { dateFormat: 'dd/MM/yyyy' });
    expectSeries(s!, expected['1810.HK.dmy-short.csv']!);
    // read month first, the same cells are other dates: the pattern is what decides
    const [us] = load('1810.HK.dmy-short.csv', { dateFormat: 'MM/dd/yyyy' });
    expect(us!.dates.slice(0, 2)).toEqual(['2021-01-03', '2021-02-03']);
  });

  it("reads Excel's d-MMM-yyyy (8-Feb-2013) and skips its trailing ,, rows", () => {
    expect(() => load('AAPL.d-MMM-yyyy.csv')).toThrow(/unparseable date "8-Feb-2013"/);
    const [s] = load('AAPL.d-MMM-yyyy.csv', { dateFormat: 'd-MMM-yyyy' });
    expectSeries(s!, expected['AAPL.d-MMM-yyyy.csv']!);
  });

  it('reads yyyyMMdd and dd.MM.yyyy through the pattern (the German file)', () => {
    const [s] = load('AAPL.de-excel.csv', { dateFormat: 'dd.MM.yyyy' });
    expectSeries(s!, expected['AAPL.de-excel.csv']!);
    const [c] = parsePrices('date,close\n20130208,67.8542\n20130211,68.5614\n', {
      ticker: 'AAPL',
      dateFormat: 'yyyyMMdd',
    });
    expect(c!.dates).toEqual(['2013-02-08', '2013-02-11']);
  });

  it('reports a cell that does not match, or an impossible date, with line and column', () => {
    const e = csvError(() =>
      parsePrices('date,close\n08.02.2013,1\n31.02.2013,2\n', { ticker: 'X', dateFormat: 'dd.MM.yyyy' }),
    );
    expect(e.message).toContain('date "31.02.2013" does not match dateFormat "dd.MM.yyyy"');
    expect([e.line, e.column]).toEqual([3, 1]);
  });

  it('rejects a malformed pattern as a ConfigError (YYYY is a week year in date-fns)', () => {
    expect(() => load('AAPL.de-excel.csv', { dateFormat: 'DD.MM.YYYY' })).toThrow(ConfigError);
    expect(() => load('AAPL.de-excel.csv', { dateFormat: 'MM.yyyy' })).toThrow(/a day/);
  });
});

describe('columns', () => {
  // Synthetic header names: the property is that any name can be mapped.
  const text =
    'Handelstag;Kassakurs;Stueckzahl;Wertpapier\n08.02.2013;67,8542;158168416;AAPL\n11.02.2013;68,5614;129029425;AAPL\n';
  it('maps date, close, volume and ticker columns by name', () => {
    const [s, ...rest] = parsePrices(text, {
      columns: { date: 'Handelstag', close: 'kassakurs', volume: 'Stueckzahl', ticker: 'Wertpapier' },
    });
    expect(rest).toHaveLength(0);
    expect(s!.ticker).toBe('AAPL');
    expect(s!.dates).toEqual(['2013-02-08', '2013-02-11']);
    expect(Array.from(s!.close!)).toEqual([67.8542, 68.5614]);
    expect(Array.from(s!.volume!)).toEqual([158168416, 129029425]);
  });

  it('overrides a detected close with another column (synthetic: Kurs would be taken, Geld is wanted)', () => {
    const two = 'Datum;Kurs;Geld\n08.02.2013;67,8542;67,80\n';
    expect(parsePrices(two, { ticker: 'X' })[0]!.close![0]).toBe(67.8542);
    expect(parsePrices(two, { ticker: 'X', columns: { close: 'Geld' } })[0]!.close![0]).toBe(67.8);
  });

  it('names a column that is not in the header', () => {
    const e = csvError(() =>
      parsePrices(text, { ticker: 'X', columns: { date: 'Handelstag', close: 'Kurs' } }),
    );
    expect(e.message).toContain('columns.close: no column "Kurs"');
    expect(e.message).toContain('"Kassakurs"');
    expect(e.line).toBe(1);
    const d = csvError(() => parsePrices(text, { ticker: 'X', columns: { date: 'Tag' } }));
    expect(d.message).toContain('columns.date: no column "Tag"');
  });
});

describe('yfinance group_by="ticker" and duplicate columns', () => {
  it.each(['hk.yfinance-group-by-ticker.csv', 'hk.yfinance-group-by-ticker-unnamed.csv'])(
    'reads %s',
    (name) => {
      const series = load(name);
      expect(series.map((s) => s.ticker)).toEqual(['1810.HK', '2333.HK']);
      for (const s of series) {
        expect(s.source!.format).toBe('yfinance');
        expectSeries(s, expected[name]![s.ticker]!);
      }
    },
  );

  it('reads 1810.HK +6.28 % on 2021-03-26 from the group_by file', () => {
    const [x] = load('hk.yfinance-group-by-ticker.csv');
    const i = x!.dates.indexOf('2021-03-26');
    expect(Math.round((x!.close![i]! / x!.close![i - 1]! - 1) * 10000) / 100).toBe(6.28);
  });

  it('fails naming the column when two value columns share a name and no Ticker line says whose', () => {
    const e = csvError(() => load('hk.yfinance-no-ticker-line.csv'));
    expect(e.message).toContain('duplicate column Close (columns 5 and 10)');
    expect([e.line, e.column]).toEqual([1, 10]);
  });
});

describe('dates outside 1900–2100', () => {
  // Synthetic rows: sentinels appear in database exports; the property is the range check.
  it('rejects a 9999-12-31 sentinel and names it a placeholder', () => {
    const e = csvError(() => parsePrices('date,close\n2021-03-25,23.85\n9999-12-31,25.4\n', { ticker: 'X' }));
    expect(e.message).toContain('date 9999-12-31 out of range');
    expect(e.message).toContain('placeholder');
    expect([e.line, e.column]).toEqual([3, 1]);
  });

  it('rejects 1899-12-31 and 2101-01-01, accepts 1900-01-01 and 2100-12-31', () => {
    expect(() => parsePrices('date,close\n1899-12-31,1\n', { ticker: 'X' })).toThrow(/out of range/);
    expect(() => parsePrices('date,close\n2101-01-01,1\n', { ticker: 'X' })).toThrow(
      /out of range: expected a trading date from 1900-01-01 to 2100-12-31$/,
    );
    const [s] = parsePrices('date,close\n1900-01-01,1\n2100-12-31,2\n', { ticker: 'X' });
    expect(s!.dates).toEqual(['1900-01-01', '2100-12-31']);
  });
});

describe("Excel's trailing delimiter rows", () => {
  it('are blank lines in ; and , files (line numbers kept)', () => {
    const [s] = parsePrices('date,close\r\n2021-03-25,23.85\r\n,\r\n2021-03-26,25.4\r\n,,\r\n', {
      ticker: 'X',
    });
    expect(s!.dates).toEqual(['2021-03-25', '2021-03-26']);
    const e = csvError(() => parsePrices('date,close\n,\n2021-03-26,x\n', { ticker: 'X' }));
    expect(e.line).toBe(3);
  });
});
