/**
 * Return files (METHODS.md §7): recognition of return columns in plain, long and wide layouts,
 * CRSP codes, units, PERMNO, EXCHCD, YYYYMMDD dates, and the bad inputs of this area with their
 * error class, file, line and column. Small hand-written files (each cell is visible here); the
 * real derived CRSP panel is read in test/study/returns-equivalence.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseEvents } from '../../src/io/parse-events';
import { parsePrices } from '../../src/io/parse-prices';
import { csvError } from '../helpers/csv-error';

const CRSP = `PERMNO,date,EXCHCD,TICKER,PRC,VOL,RET
10107,20160104,3,MSFT,54.80,53778000,C
10107,20160105,3,MSFT,55.05,34079700,0.004562
10107,20160106,3,MSFT,,,-99
10107,20160107,3,MSFT,-52.17,56564900,-0.052321
11850,20160104,1,XOM,78.13,15,B
11850,20160105,1,XOM,78.15,15,.
11850,20160106,1,XOM,79.49,15,0.017147
11850,20160107,1,XOM,78.29,15,-0.015096
`;

describe('parsePrices on return files', () => {
  it('reads a CRSP daily file: PERMNO as ticker, RET over PRC, codes per series, EXCHCD', () => {
    const [msft, xom] = parsePrices(CRSP, { file: 'dsf.csv' });
    expect(msft!.ticker).toBe('10107');
    expect(msft!.close).toBeUndefined();
    expect(msft!.dates).toEqual(['2016-01-04', '2016-01-05', '2016-01-07']);
    expect(Array.from(msft!.returns!)).toEqual([Number.NaN, 0.004562, -0.052321]);
    expect(msft!.source!.missingReturns).toEqual({ C: 1, '-99': 1 });
    expect(msft!.source!.missingPrices).toBe(1);
    expect(msft!.exchange).toBe('NASDAQ');
    expect(Array.from(msft!.volume!)).toEqual([53778000, 34079700, 56564900]);
    expect(xom!.exchange).toBe('NYSE');
    expect(xom!.dates).toEqual(['2016-01-06', '2016-01-07']);
    expect(xom!.source!.missingReturns).toEqual({ B: 1, '.': 1 });
  });

  it('recognises ret, return and returns in plain and long files', () => {
    for (const name of ['ret', 'RET', 'return', 'Returns']) {
      const [s] = parsePrices(`date,${name}\n2021-03-25,\n2021-03-26,0.0628\n`, { ticker: '1810.HK' });
      expect(Array.from(s!.returns!)).toEqual([0.0628]);
      expect(s!.source!.missingReturns).toEqual({ '': 1 });
    }
    const long = parsePrices('date,ticker,ret\n2021-03-26,A,0.01\n2021-03-26,B,-0.02\n');
    expect(long.map((s) => [s.ticker, s.returns![0]])).toEqual([
      ['A', 0.01],
      ['B', -0.02],
    ]);
  });

  it("reads CRSP's index file as a wide panel of return series, ignoring levels and counts", () => {
    const series = parsePrices(
      'DATE,VWRETD,EWRETD,SPRTRN,SPINDX,TOTCNT\n20160104,-0.0143,-0.0170,-0.0153,2012.66,7000\n',
    );
    expect(series.map((s) => [s.ticker, s.returns![0]])).toEqual([
      ['VWRETD', -0.0143],
      ['EWRETD', -0.017],
      ['SPRTRN', -0.0153],
    ]);
  });

  it('reads columns.returns and returnUnits: percent (then −99 is a return, not a code)', () => {
    const [s] = parsePrices('date,DRET\n2021-03-25,1.5\n2021-03-26,-99\n', {
      ticker: 'X',
      columns: { returns: 'DRET' },
      returnUnits: 'percent',
    });
    expect(Array.from(s!.returns!)).toEqual([0.015, -0.99]);
  });

  it('takes −1 (a total loss) as a valid simple return', () => {
    const [s] = parsePrices('date,ret\n2021-03-25,0.1\n2021-03-26,-1\n', { ticker: 'X' });
    expect(s!.returns![1]).toBe(-1);
  });

  it('a return of −1.5: error with file, line and column', () => {
    const e = csvError(() =>
      parsePrices('date,ret\n2021-03-25,0.1\n2021-03-26,-1.5\n', { file: 'r.csv', ticker: 'X' }),
    );
    expect([e.file, e.line, e.column]).toEqual(['r.csv', 3, 2]);
    expect(e.message).toMatch(/below −1/);
  });

  it('RET = X: error with file, line and column naming the codes it accepts', () => {
    const e = csvError(() => parsePrices(CRSP.replace(',0.017147', ',X'), { file: 'dsf.csv' }));
    expect([e.file, e.line, e.column]).toEqual(['dsf.csv', 8, 7]);
    expect(e.message).toMatch(/non-numeric return "X".*CRSP missing code/);
  });

  it('never suggests negativePrices for returns read as prices; does for a negative PRC', () => {
    const wide = csvError(() => parsePrices('date,AAPL\n2021-03-25,0.01\n2021-03-26,-0.02\n'));
    expect(wide.message).not.toMatch(/negativePrices/);
    expect(wide.message).toMatch(/columns: \{ returns/);
    const prc = csvError(() => parsePrices('date,PRC\n2021-03-25,10\n2021-03-26,-10.5\n', { ticker: 'X' }));
    expect(prc.message).toMatch(/negativePrices: 'abs'/);
    const [abs] = parsePrices('date,PRC\n2021-03-25,10\n2021-03-26,-10.5\n', {
      ticker: 'X',
      negativePrices: 'abs',
    });
    expect(Array.from(abs!.close!)).toEqual([10, 10.5]);
  });

  it('an unknown columns.returns is an error at the header', () => {
    const e = csvError(() =>
      parsePrices('date,close\n2021-03-26,1\n', { ticker: 'X', columns: { returns: 'DRET' }, file: 'f.csv' }),
    );
    expect([e.file, e.line, e.column]).toEqual(['f.csv', 1, 1]);
  });
});

describe('parseEvents with a permno column', () => {
  it('takes PERMNO as the ticker and keeps a ticker column beside it in extra', () => {
    expect(parseEvents('permno,ticker,date\n10107,MSFT,20160105\n')).toEqual([
      { ticker: '10107', date: '2016-01-05', extra: { ticker: 'MSFT' } },
    ]);
  });
});
