/** The `eventstudy` command end to end: the arguments a user types, run in-process (run-cli.ts). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { type CliOutcome, runCli } from './run-cli';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'eventstudy-cli-'));
const XIAOMI = [
  ...['--prices', 'data/hk', '--prices', 'data/indices', '--prices', 'data/cn/sh601633.csv=601633.SS'],
  ...['--events', 'examples/events/xiaomi.csv'],
];

type Outcome = CliOutcome;
const cli = runCli;

/** An error is exactly one line on stderr and nothing on stdout. */
function expectOneLineError(outcome: Outcome, code: number, pattern: RegExp): void {
  expect(outcome.code).toBe(code);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(outcome.stderr).toMatch(pattern);
}

describe.concurrent('eventstudy run', { timeout: 90_000 }, () => {
  test('prints the Xiaomi table (exit 0, nothing on stderr when it is not a terminal)', async () => {
    const outcome = await cli('run', ...XIAOMI);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toContain('Events (3 included, 0 excluded)');
    expect(outcome.stdout).toMatch(/2333\.HK\s+\^HSI\s+2021-03-26\s+\+10\.38 %\s+\+7\.83 %\*\*/);
    expect(outcome.stdout).toMatch(/601633\.SS\s+000001\.SS/);
    expect(outcome.stdout).toContain('Significance (two-sided)');
  });

  test('parses only the price files of the events and benchmarks (a broken file of another ticker is not met)', async () => {
    // the real Hong Kong files, and beside them one derived from 0175.HK with a close that is not
    // a number: reading every file fails on it; the study's files are the same without it
    const dir = mkdtempSync(join(tmpdir(), 'eventstudy-cli-needed-'));
    for (const name of ['0175.HK.csv', '1810.HK.csv', '2333.HK.csv']) {
      writeFileSync(join(dir, name), readFileSync(join(ROOT, 'data/hk', name)));
    }
    const lines = readFileSync(join(ROOT, 'data/hk/0175.HK.csv'), 'utf8')
      .replaceAll('0175.HK', '9999.HK')
      .split('\n');
    lines[5] = lines[5]!.replace(/^([^,]+),[^,]+/, '$1,not-a-price');
    writeFileSync(join(dir, '9999.HK.csv'), lines.join('\n'));
    const args = (prices: string) => [
      ...['--prices', prices, '--prices', 'data/indices', '--prices', 'data/cn/sh601633.csv=601633.SS'],
      ...['--events', 'examples/events/xiaomi.csv'],
    ];
    const [narrow, whole, every] = await Promise.all([
      cli('run', ...args(dir)),
      cli('run', ...args('data/hk')),
      cli('inspect', dir),
    ]);
    expect(every.code).not.toBe(0);
    expect(every.stderr).toContain('9999.HK.csv');
    expect(narrow.code).toBe(0);
    expect(narrow.stdout).toBe(whole.stdout);
  });

  test('writes CSV and both charts with --out, --chart and --car-chart', async () => {
    const out = join(tmp, 'r.csv');
    const chart = join(tmp, 'charts', 'caar.svg');
    const carChart = join(tmp, 'cars.svg');
    const outcome = await cli(
      'run',
      ...XIAOMI,
      '--format',
      'csv',
      '--out',
      out,
      '--chart',
      chart,
      '--car-chart',
      carChart,
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toBe(
      `eventstudy: wrote ${out}\neventstudy: wrote ${chart}\neventstudy: wrote ${carChart}\n`,
    );
    const csv = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(csv[0]).toBe('id,ticker,market,day,date,return,market_return,ar,sar,car,t,p');
    expect(csv).toHaveLength(1 + 3 * 11);
    expect(readFileSync(chart, 'utf8')).toContain('class="band"');
    expect(readFileSync(carChart, 'utf8').match(/class="end-label"/g)).toHaveLength(3);
  });

  test('--format json with custom windows; --quiet silences the notes', async () => {
    const out = join(tmp, 'r.json');
    const outcome = await cli(
      'run',
      ...XIAOMI,
      '-w',
      '-3,3',
      '--car',
      '0,1',
      '--estimation',
      '-21,200',
      '-f',
      'json',
      '-o',
      out,
      '-q',
    );
    expect(outcome).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json).toMatchObject({ format: 'eventstudy-result', version: 1, days: [-3, -2, -1, 0, 1, 2, 3] });
    expect(json.cars.map((car: { window: number[] }) => car.window)).toEqual([[0, 1]]);
    expect(json.settings.estimation).toEqual({ end: -21, length: 200, minObservations: 100 });
  });

  test('-o r.xlsx writes a workbook, --chart c.png and --car-chart cars.png PNG images', async () => {
    const out = join(tmp, 'r.xlsx');
    const chart = join(tmp, 'png', 'caar.png');
    const carChart = join(tmp, 'png', 'cars.png');
    const outcome = await cli('run', ...XIAOMI, '-o', out, '--chart', chart, '--car-chart', carChart, '-q');
    expect(outcome).toMatchObject({ code: 0, stdout: '', stderr: '' });
    // Zip magic (OOXML); the sheets are read back by openpyxl in test/report/to-xlsx.test.ts.
    expect([...readFileSync(out).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    for (const file of [chart, carChart]) {
      const png = PNG.sync.read(readFileSync(file));
      expect([png.width, png.height]).toEqual([1800, 1120]);
    }
  });

  test('-o r.json without --format writes JSON', async () => {
    const out = join(tmp, 'by-extension.json');
    const outcome = await cli('run', ...XIAOMI, '-o', out, '-q');
    expect(outcome).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'eventstudy-result' });
  });

  test('--format csv --table cars', async () => {
    const cars = await cli('run', ...XIAOMI, '--format', 'csv', '--table', 'cars');
    expect(cars.stdout.trimEnd().split('\n')).toHaveLength(4);
  });

  test('usage errors: exit 2 and one line that points to the help', async () => {
    expectOneLineError(
      await cli('run', ...XIAOMI, '--window', '5,-5'),
      2,
      /^eventstudy run: --window must go .* \(see 'eventstudy run --help'\)\n$/,
    );
    expectOneLineError(
      await cli('frobnicate'),
      2,
      /^eventstudy: unknown command 'frobnicate'; expected run, regress or inspect/,
    );
    // The other usage errors are the same path: see cli-args.test.ts.
  });

  test('a missing file is a usage error naming the path', async () => {
    expectOneLineError(
      await cli('run', '--prices', 'data/nope', '--events', 'examples/events/xiaomi.csv'),
      2,
      /^eventstudy run: cannot read 'data\/nope': no such file or directory\n$/,
    );
  });

  test('PATH=TICKER on a file with several series is a usage error', async () => {
    const wide = join(tmp, 'wide.csv');
    writeFileSync(wide, 'date,AAA,BBB\n2021-03-25,1,2\n2021-03-26,1.1,2.2\n');
    expectOneLineError(
      await cli('run', '--prices', `${wide}=X`, '--events', 'examples/events/xiaomi.csv'),
      2,
      /a new ticker needs a file with one series; it has 2 \(AAA, BBB\)/,
    );
  });

  test('data errors: exit 1 with the error class, file, line and column', async () => {
    expectOneLineError(
      await cli('run', '--prices', 'data/hk', '--events', 'data/indices/HSI.csv'),
      1,
      /^eventstudy run: CsvFormatError: data\/indices\/HSI\.csv, line 1, column 1: /,
    );
    const events = join(tmp, 'bad-events.csv');
    writeFileSync(events, 'ticker,date\n1810.HK,03/04/2021\n');
    expectOneLineError(await cli('run', '--prices', 'data/hk', '--events', events), 1, /line 2, column 2/);
  });

  test('when no event can be studied: the report, then exit 1 with the reasons', async () => {
    const outcome = await cli('run', '--prices', 'data/hk', '--events', 'examples/events/xiaomi.csv');
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('Excluded events');
    expect(outcome.stdout).toContain("no prices for benchmark '^HSI'");
    expect(outcome.stderr).toBe(
      'eventstudy: none of the 3 events could be studied (unknown-benchmark, unknown-ticker)\n',
    );
  });
});

/** Two Xiaomi events three Hang Seng trading days apart (2021-03-26 and 2021-03-31), a later one, and a confounder. */
const OVERLAPPING = join(tmp, 'overlapping.csv');
writeFileSync(
  OVERLAPPING,
  'id,ticker,date,market\nA,1810.HK,2021-03-26,^HSI\nB,1810.HK,2021-03-31,^HSI\nC,1810.HK,2021-08-02,^HSI\n',
);
const CONFOUNDERS = join(tmp, 'confounders.csv');
writeFileSync(CONFOUNDERS, 'id,ticker,date,market\nresults,1810.HK,2021-05-27,^HSI\n');
const HK = ['--prices', 'data/hk/1810.HK.csv', '--prices', 'data/indices/HSI.csv'];

describe.concurrent('overlapping events on the command line', { timeout: 90_000 }, () => {
  test('run --overlaps exclude --confounders: the summary in the table, the overlaps CSV', async () => {
    const [table, csv] = await Promise.all([
      cli('run', ...HK, '--events', OVERLAPPING, '--overlaps', 'exclude', '--confounders', CONFOUNDERS),
      cli(
        'run',
        ...HK,
        '--events',
        OVERLAPPING,
        '--overlaps',
        'exclude',
        '--confounders',
        CONFOUNDERS,
        '--format',
        'csv',
        '--table',
        'overlaps',
      ),
    ]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /overlaps\s+exclude: 3 events flagged, \d+ estimation days removed, 2 excluded; 1 of 1 confounder placed/,
    );
    expect(table.stdout).toMatch(
      /0\s+1810\.HK\s+2021-03-26\s+overlapping-event\s+overlaps 'exclude': its event window meets the event window of event 1 'B'/,
    );
    const rows = csv.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe(
      'index,id,ticker,date,status,policy,estimation_overlaps,event_window_overlaps,days_removed,others',
    );
    expect(rows.slice(1).map((row) => row.split(',').slice(0, 5).join(','))).toEqual([
      '2,C,1810.HK,2021-08-02,included',
      '0,A,1810.HK,2021-03-26,excluded',
      '1,B,1810.HK,2021-03-31,excluded',
    ]);
    expect(rows[1]).toMatch(/,exclude,3,0,\d+,A;B;confounder results$/);
  });

  test('inspect --events lists the same-ticker events that overlap for the window given', async () => {
    const [wide, narrow] = await Promise.all([
      cli('inspect', ...HK.filter((arg) => arg !== '--prices'), '--events', OVERLAPPING),
      cli(
        'inspect',
        ...HK.filter((arg) => arg !== '--prices'),
        '--events',
        OVERLAPPING,
        '--window',
        '-1,1',
        '--estimation',
        '-11,50',
      ),
    ]);
    expect(wide.code).toBe(0);
    expect(wide.stdout).toContain(
      '3 of 3 events overlap another event or a confounder of their ticker (4 overlaps)',
    );
    expect(wide.stdout).toMatch(
      /A\s+1810\.HK\s+2021-03-26\s+event 1\s+B\s+event-window\s+2021-03-24 to 2021-04-07\s+8/,
    );
    // [-1, 1] windows three days apart do not meet, and 50 estimation days end before March
    expect(narrow.stdout).toContain('0 of 3 events overlap');
  });
});

describe.concurrent('eventstudy inspect, --help and --version', { timeout: 90_000 }, () => {
  test('inspect reports format, ticker, range, rows, gaps and jumps', async () => {
    const outcome = await cli('inspect', 'data/cn/sh601633.csv', 'data/us/ev/XPEV.csv');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(
      /data\/cn\/sh601633\.csv\s+cn-vendor\s+sh601633\s+2011-09-28\s+2022-01-14\s+2478\s+0\s+4\s+0/,
    );
    expect(outcome.stdout).toMatch(/data\/us\/ev\/XPEV\.csv\s+yahoo\s+XPEV/);
    expect(outcome.stdout).toContain('gap   2015-06-18 → 2015-07-13: 16 weekdays without a price');
    expect(outcome.stdout).toContain('jump  2020-11-05: +30.89 %');
  });

  test('run --help and --version', async () => {
    const [run, version] = await Promise.all([cli('run', '--help'), cli('--version')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('--prices PATH[=TICKER]');
    expect(run.stdout).toContain('--chart FILE ');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });
});

describe.concurrent('eventstudy regress, --group-by, --p-adjust, latex', { timeout: 120_000 }, () => {
  // Real S&P 500 stocks of two GICS sectors on two dates (the 2016 election and Brexit).
  const tickers = {
    Financials: ['JPM', 'BAC', 'C', 'WFC', 'GS'],
    Utilities: ['DUK', 'SO', 'NEE', 'AEP', 'XEL'],
  };
  const events = join(tmp, 'sector-events.csv');
  writeFileSync(
    events,
    `ticker,date,sector\n${['2016-11-09', '2016-06-24']
      .flatMap((date) =>
        Object.entries(tickers).flatMap(([sector, list]) => list.map((t) => `${t},${date},${sector}`)),
      )
      .join('\n')}\n`,
  );
  const SP500 = [
    ...Object.values(tickers)
      .flat()
      .flatMap((t) => ['--prices', `data/us/sp500_5yr/individual_stocks_5yr/${t}_data.csv`]),
    ...['--prices', 'data/indices/GSPC.csv', '--market', '^GSPC', '--events', events],
  ];

  test('regress --on --window --cluster prints the regression; --format json and latex', async () => {
    const table = await cli(
      'regress',
      ...SP500,
      '--on',
      'sector,beta',
      '--window',
      '0,1',
      '--cluster',
      'ticker',
      '-q',
    );
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Regression of CAR[0,1] on sector=Utilities, beta');
    expect(table.stdout).toContain('clustered by ticker (10 clusters)');
    const json = await cli(
      'regress',
      ...SP500,
      '--on',
      'beta',
      '--se',
      'hc3',
      '--window',
      '0,2',
      '-f',
      'json',
      '-q',
    );
    const regression = JSON.parse(json.stdout);
    expect([regression.format, regression.se, regression.window]).toEqual([
      'eventstudy-regression',
      'hc3',
      [0, 2],
    ]);
    const latex = await cli('regress', ...SP500, '--on', 'beta', '-f', 'latex', '-q');
    expect(latex.stdout).toContain('\\toprule');
  });

  test('regress errors: a missing --on is a usage error; an unknown regressor a data error', async () => {
    expectOneLineError(await cli('regress', ...SP500), 2, /^eventstudy regress: missing --on/);
    expectOneLineError(
      await cli('regress', ...SP500, '--on', 'size', '-q'),
      1,
      /ConfigError: unknown regressor 'size'/,
    );
  });

  test('run --group-by sector --p-adjust holm shows the groups, the comparison and adjusted p-values', async () => {
    const out = await cli('run', ...SP500, '--group-by', 'sector', '--p-adjust', 'holm', '-q');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Groups compared on their CARs (Financials vs Utilities)');
    expect(out.stdout).toContain('(holm, as R');
    expectOneLineError(
      await cli('run', ...SP500, '--group-by', 'industry', '-q'),
      1,
      /no events-file column 'industry'/,
    );
  });
});
