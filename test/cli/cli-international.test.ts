/**
 * The price-reading flags of `eventstudy run` (issue 14), end to end on the fixtures of
 * test/fixtures/international (real AAPL prices re-written as spreadsheets, see make_fixtures.py).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli';

const FIX = 'test/fixtures/international';

const cli = runCli;

const STUDY = [
  '--prices',
  'data/indices/GSPC.csv',
  '--events',
  `${FIX}/aapl-events.csv`,
  '--market',
  '^GSPC',
];

describe.concurrent('eventstudy run on spreadsheet files', { timeout: 120_000 }, () => {
  test('reads the German Excel file with no option', async () => {
    const out = await cli('run', '--prices', `${FIX}/AAPL.de-excel.csv=AAPL`, ...STUDY, '--format', 'json');
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.events.map((e: { ticker: string; day0: string }) => [e.ticker, e.day0])).toEqual([
      ['AAPL', '2017-09-12'],
    ]);
  });

  test('--column, --date-format and --decimal read a file detection cannot', async () => {
    const flags = [
      '--column',
      'date=Stichtag',
      '--column',
      'close=Kassakurs',
      '--date-format',
      'd-MMM-yyyy',
      '--decimal',
      ',',
    ];
    const ok = await cli(
      'run',
      ...STUDY,
      ...flags,
      '--prices',
      `${FIX}/AAPL.flags.csv=AAPL`,
      '--format',
      'json',
    );
    expect(ok.stderr).toBe('');
    const event = JSON.parse(ok.stdout).events[0];
    expect(event.day0).toBe('2017-09-12');
    // without each flag, the file fails on what that flag settles
    const without = async (drop: string) => {
      const i = flags.findIndex((f, k) => f === drop.split(' ')[0] && flags[k + 1] === drop.split(' ')[1]);
      const rest = [...flags.slice(0, i), ...flags.slice(i + 2)];
      return cli('run', ...STUDY, ...rest, '--prices', `${FIX}/AAPL.flags.csv=AAPL`);
    };
    const [noDate, noClose, noPattern, noDecimal] = await Promise.all([
      without('--column date=Stichtag'),
      without('--column close=Kassakurs'),
      without('--date-format d-MMM-yyyy'),
      without('--decimal ,'),
    ]);
    expect(noDate.stderr).toMatch(/no date column/);
    expect(noClose.stderr).toMatch(
      /a new ticker needs a file with one series; it has 2 \(Kassakurs, Umsatz\)/,
    );
    expect(noPattern.stderr).toMatch(/unparseable date "8-Feb-2013"/);
    expect(noDecimal.stderr).toMatch(/non-numeric price "67,854".*decimal: ','/);
    // a renamed file with two series is a usage error (exit 2), the others data errors (exit 1)
    expect([noDate.code, noClose.code, noPattern.code, noDecimal.code]).toEqual([1, 2, 1, 1]);
  });

  test('--prices takes several paths after one flag', async () => {
    const out = await cli(
      'run',
      '--prices',
      'data/hk/1810.HK.csv',
      'data/hk/2333.HK.csv',
      'data/indices/HSI.csv',
      '--events',
      `${FIX}/xiaomi-hk-events.csv`,
      '--market',
      '^HSI',
      '--format',
      'json',
    );
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout).events.map((e: { ticker: string }) => e.ticker)).toEqual([
      '1810.HK',
      '2333.HK',
    ]);
  });

  test('--price-format forces a layout', async () => {
    const out = await cli(
      'run',
      ...STUDY,
      '--price-format',
      'yfinance',
      '--prices',
      `${FIX}/AAPL.de-excel.csv=AAPL`,
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/not a yfinance file/);
  });

  test('an .xlsx workbook, --sheet picking the index sheet: the study of the same prices as CSV', async () => {
    const events = join(mkdtempSync(join(tmpdir(), 'es-sheet-')), 'events.csv');
    writeFileSync(events, 'id,ticker,date\nq1,AAPL,2014-03-28\n');
    const common = ['--events', events, '--market', '^GSPC', '--estimation', '-11,200', '--format', 'json'];
    const [book, csv] = await Promise.all([
      cli(
        'run',
        '--prices',
        `${FIX}/AAPL.xlsx`,
        '--sheet',
        'GSPC',
        '--prices',
        `${FIX}/AAPL.xlsx=^GSPC`,
        ...common,
      ),
      cli(
        'run',
        '--prices',
        'data/us/sp500_5yr/individual_stocks_5yr/AAPL_data.csv',
        'data/indices/GSPC.csv',
        ...common,
      ),
    ]);
    expect(book.stderr).toBe('');
    const fromBook = JSON.parse(book.stdout).events[0];
    const fromCsv = JSON.parse(csv.stdout).events[0];
    expect(fromBook.day0).toBe('2014-03-28');
    // openpyxl stored the index closes with 16 significant digits, so the ARs agree to ~1e-13
    expect(fromCsv.ar).toHaveLength(11);
    for (const [i, ar] of (fromCsv.ar as number[]).entries()) expect(fromBook.ar[i]).toBeCloseTo(ar, 12);
    const bad = await cli(
      'run',
      '--prices',
      `${FIX}/AAPL.xlsx`,
      '--sheet',
      '7',
      '--prices',
      `${FIX}/AAPL.xlsx=^GSPC`,
      ...common,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/no sheet number 7: its sheets are 1 'AAPL', 2 'GSPC'/);
  });
});
