/**
 * The price-reading flags of `eventstudy run` (issue 14), end to end on the fixtures of
 * test/fixtures/international (real AAPL prices re-written as spreadsheets, see make_fixtures.py).
 */
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
});
