import { describe, expect, test } from 'vitest';
import { parseCliArgs, parseDayRange, parsePricesArgument } from '../../src/cli/args';
import { progressBar } from '../../src/cli/progress';
import { checkStudyOptions, toStudySpec } from '../../src/cli/study-spec';
import { UsageError } from '../../src/cli/usage-error';

const base = ['run', '--prices', 'data/hk', '--events', 'e.csv'];

describe('parseCliArgs', () => {
  test('run with every option', () => {
    const parsed = parseCliArgs([
      ...base,
      ...[
        '-p',
        'data/cn/sh601633.csv=601633.SS',
        '--factors',
        'f.csv',
        '--market',
        '^HSI',
        '--model',
        'market-adjusted',
      ],
      ...[
        '--window',
        '-10,10',
        '--estimation',
        '-21,120',
        '--min-obs',
        '60',
        '--car',
        '-1,1',
        '--car=0,0',
        '-w',
        '-3,3',
      ],
      ...[
        '--returns',
        'log',
        '--conventions',
        'estudy2',
        '-f',
        'csv',
        '--table',
        'days',
        '-o',
        'r.csv',
        '--chart',
        'c.svg',
      ],
      ...['--car-chart', 'cc.svg', '-q'],
    ]);
    expect(parsed).toEqual({
      command: 'run',
      options: {
        prices: [{ path: 'data/hk' }, { path: 'data/cn/sh601633.csv', ticker: '601633.SS' }],
        events: 'e.csv',
        factors: ['f.csv'],
        market: '^HSI',
        model: 'market-adjusted',
        window: [-3, 3], // the last --window wins
        estimation: { end: -21, length: 120 },
        minObservations: 60,
        carWindows: [
          [-1, 1],
          [0, 0],
        ],
        returns: 'log',
        conventions: 'estudy2',
        format: 'csv',
        table: 'days',
        out: 'r.csv',
        chart: 'c.svg',
        carChart: 'cc.svg',
        quiet: true,
      },
    });
  });

  test('help, version and inspect', () => {
    expect(parseCliArgs([])).toEqual({ command: 'help', topic: 'main', usage: true });
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help', topic: 'main' });
    expect(parseCliArgs(['run', '--help'])).toEqual({ command: 'help', topic: 'run' });
    expect(parseCliArgs(['inspect', '-h'])).toEqual({ command: 'help', topic: 'inspect' });
    expect(parseCliArgs(['--version'])).toEqual({ command: 'version' });
    expect(parseCliArgs(['inspect', 'a.csv', 'data/hk', '--format', 'json'])).toEqual({
      command: 'inspect',
      options: { paths: ['a.csv', 'data/hk'], format: 'json' },
    });
  });

  test.each([
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['run', '--events', 'e.csv'], 'missing --prices'],
    [['run', '--prices', 'p'], 'missing --events'],
    [[...base, '--bogus'], "unknown option '--bogus'"],
    [[...base, '--window', '5,-5'], '--window must go from the earlier day to the later one'],
    [[...base, '--window', 'abc'], "--window expects A,B like -5,5, got 'abc'"],
    [[...base, '--model', 'garch'], '--model must be one of market, market-adjusted'],
    [[...base, '--format', 'html'], '--format must be one of table, md, csv, json, xlsx'],
    [[...base, '--format', 'xlsx'], '--format xlsx writes a binary workbook: give --out FILE.xlsx'],
    [[...base, '--format', 'csv', '-o', 'r.json'], '--format csv does not match --out r.json (a json file)'],
    [[...base, '-o', 'r.html'], "--out r.html: cannot tell the format from '.html'"],
    [[...base, '-o', 'r.json', '--table', 'days'], '--table applies to --format csv only'],
    [[...base, '--chart', 'caar.pdf'], "--chart expects a .svg or .png file, got 'caar.pdf'"],
    [[...base, '--car-chart', 'cars'], "--car-chart expects a .svg or .png file, got 'cars'"],
    [[...base, '--table', 'days'], '--table applies to --format csv only'],
    [[...base, '--min-obs', '-3'], '--min-obs expects a whole number'],
    [[...base, 'extra'], "unexpected argument 'extra'"],
    [['inspect'], 'missing price files'],
    [[...base, '--overlaps', 'drop'], '--overlaps must be one of flag, clean-estimation, exclude'],
    [[...base, '--overlaps', 'exlude'], "got 'exlude' (did you mean 'exclude'?)"],
    [['inspect', 'p', '--window', '-1,1'], '--window applies with --events only'],
  ])('%j is a usage error: %s', (argv, message) => {
    let error: unknown;
    try {
      parseCliArgs(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toContain(message);
  });

  test('--overlaps and --confounders for run; inspect --events with its study options', () => {
    const run = parseCliArgs([...base, '--overlaps', 'clean-estimation', '--confounders', 'c.csv']);
    expect(run).toMatchObject({ options: { overlaps: 'clean-estimation', confounders: 'c.csv' } });
    const inspect = parseCliArgs([
      'inspect',
      'p',
      '--events',
      'e.csv',
      '--window',
      '-1,1',
      '--estimation',
      '-11,100',
    ]);
    expect(inspect).toEqual({
      command: 'inspect',
      options: {
        paths: ['p'],
        format: 'table',
        overlaps: { events: 'e.csv', window: [-1, 1], estimation: { end: -11, length: 100 } },
      },
    });
  });

  test.each([
    ['r.json', 'json'],
    ['out/R.JSON', 'json'],
    ['r.md', 'md'],
    ['r.markdown', 'md'],
    ['r.csv', 'csv'],
    ['r.xlsx', 'xlsx'],
    ['r.txt', 'table'],
    ['out/report', 'table'],
    ['.hidden/report', 'table'],
  ])('--out %s writes %s', (out, format) => {
    const parsed = parseCliArgs([...base, '-o', out]);
    expect(parsed).toMatchObject({ command: 'run', options: { out, format } });
  });

  test('--format wins over a .txt or extension-less --out and agrees with the others', () => {
    expect(parseCliArgs([...base, '-f', 'json', '-o', 'r.txt'])).toMatchObject({
      options: { format: 'json' },
    });
    expect(parseCliArgs([...base, '-f', 'md', '-o', 'report'])).toMatchObject({ options: { format: 'md' } });
    expect(parseCliArgs([...base, '-f', 'csv', '-o', 'r.csv', '--table', 'groups'])).toMatchObject({
      options: { format: 'csv', table: 'groups' },
    });
    expect(parseCliArgs([...base])).toMatchObject({ options: { format: 'table' } });
    expect(parseCliArgs([...base, '--chart', 'c.PNG', '--car-chart', 'x/cars.svg'])).toMatchObject({
      options: { chart: 'c.PNG', carChart: 'x/cars.svg' },
    });
  });

  test('usage errors name their command for the help hint', () => {
    expect(() => parseCliArgs([...base, '--returns', 'pct'])).toThrow(
      expect.objectContaining({ command: 'run' }),
    );
  });
});

describe('argument helpers', () => {
  test('parseDayRange reads A,B, A:B and [A, B]', () => {
    expect(parseDayRange('--car', '-1,1')).toEqual([-1, 1]);
    expect(parseDayRange('--car', '0:2')).toEqual([0, 2]);
    expect(parseDayRange('--car', '[-5, 5]')).toEqual([-5, 5]);
    expect(() => parseDayRange('--car', '-1.5,1')).toThrow(UsageError);
  });

  test('parsePricesArgument splits PATH=TICKER', () => {
    expect(parsePricesArgument('data/hk')).toEqual({ path: 'data/hk' });
    expect(parsePricesArgument('x.csv=601633.SS')).toEqual({ path: 'x.csv', ticker: '601633.SS' });
    expect(parsePricesArgument('a=b/c.csv')).toEqual({ path: 'a=b/c.csv' }); // '=' inside a path
    expect(() => parsePricesArgument('x.csv=')).toThrow(UsageError);
  });

  test('toStudySpec sets only what was given', () => {
    const options = { prices: [], events: 'e.csv', factors: [], format: 'table' as const, quiet: false };
    expect(toStudySpec(options, { prices: [], events: [] })).toEqual({ prices: [], events: [] });
    const spec = toStudySpec(
      {
        ...options,
        market: '^HSI',
        window: [-3, 3],
        minObservations: 50,
        carWindows: [[0, 1]],
        conventions: 'estudy2',
      },
      { prices: [], events: [] },
    );
    expect(spec).toEqual({
      prices: [],
      events: [],
      market: '^HSI',
      window: [-3, 3],
      estimation: { minObservations: 50 },
      carWindows: [[0, 1]],
      conventions: 'estudy2',
    });
  });

  test('checkStudyOptions turns the library’s ConfigError into a usage error', () => {
    const options = { prices: [], events: 'e.csv', factors: [], format: 'table' as const, quiet: false };
    expect(() => checkStudyOptions({ ...options, estimation: { end: -3, length: 100 } })).toThrow(
      /estimation window must end before the event window starts/,
    );
    expect(() => checkStudyOptions({ ...options, carWindows: [[-10, 1]] })).toThrow(UsageError);
    expect(() => checkStudyOptions(options)).not.toThrow();
  });
});

describe('progressBar', () => {
  const stream = () => {
    const written: string[] = [];
    return { written, isTTY: true, columns: 80, write: (text: string) => written.push(text) > 0 };
  };

  test('draws only on a terminal, only after the delay, and clears its line', () => {
    let clock = 0;
    const tty = stream();
    const bar = progressBar(tty, 'studying', { now: () => clock, delayMs: 300 });
    bar.update(1, 10);
    expect(tty.written).toEqual([]); // too early
    clock = 500;
    bar.update(5, 10);
    expect(tty.written).toHaveLength(1);
    expect(tty.written[0]).toMatch(/^\rstudying █+░+ {2}50 % 5\/10/);
    bar.update(5, 10); // same percentage: not redrawn
    expect(tty.written).toHaveLength(1);
    bar.done();
    expect(tty.written.at(-1)).toBe('\r\u001b[K');
  });

  test('is silent on a pipe', () => {
    const pipe = { ...stream(), isTTY: false };
    const bar = progressBar(pipe, 'studying', { delayMs: 0 });
    bar.update(5, 10);
    bar.done();
    expect(pipe.written).toEqual([]);
  });
});

describe('help texts', () => {
  test('each command has its help', async () => {
    const { MAIN_HELP, RUN_HELP, INSPECT_HELP } = await import('../../src/cli/help');
    expect(MAIN_HELP).toContain('eventstudy run --prices <files|folders> --events <file>');
    expect(MAIN_HELP).toContain('Exit codes: 0 success, 1 data error');
    for (const option of [
      '--market',
      '--model',
      '--window',
      '--estimation',
      '--min-obs',
      '--car',
      '--returns',
    ]) {
      expect(RUN_HELP).toContain(option);
    }
    expect(INSPECT_HELP).toContain('Usage: eventstudy inspect');
  });
});

describe('study options added with the timestamp, thin-trading and volume features', () => {
  test('reads benchmarks, non-trading-day, thin-trading, measure and tests', () => {
    const parsed = parseCliArgs([
      'run',
      '--prices',
      'data/hk',
      '--events',
      'e.csv',
      '--benchmark',
      '.HK=^HSI',
      '--benchmark',
      'US=^GSPC',
      '--non-trading-day',
      'skip',
      '--thin-trading',
      'trade-to-trade',
      '--measure',
      'volume',
      '--tests',
      'csect,kp',
      '--model',
      'dimson',
    ]);
    if (parsed.command !== 'run') throw new Error('expected run');
    expect(parsed.options.benchmarks).toEqual({ '.HK': '^HSI', US: '^GSPC' });
    expect(parsed.options.nonTradingDay).toBe('skip');
    expect(parsed.options.thinTrading).toBe('trade-to-trade');
    expect(parsed.options.measure).toBe('volume');
    expect(parsed.options.tests).toEqual(['csect', 'kp']);
    expect(parsed.options.model).toBe('dimson');
  });

  test('rejects a malformed benchmark and an unknown rule', () => {
    expect(() => parseCliArgs(['run', '--prices', 'p', '--events', 'e', '--benchmark', '^HSI'])).toThrow(
      /SUFFIX_OR_EXCHANGE=TICKER/,
    );
    expect(() => parseCliArgs(['run', '--prices', 'p', '--events', 'e', '--thin-trading', 'maybe'])).toThrow(
      /--thin-trading/,
    );
  });

  test('an unknown test name is a usage error (issue 20: it was a ConfigError, exit 1)', () => {
    expect(() => parseCliArgs(['run', '--prices', 'p', '--events', 'e', '--tests', 'csect,bogus'])).toThrow(
      UsageError,
    );
    expect(() => parseCliArgs(['run', '--prices', 'p', '--events', 'e', '--tests', 'csect,pattel'])).toThrow(
      /unknown test 'pattel' \(did you mean 'patell'\?\)/,
    );
  });
});

describe('price-reading flags (issue 14)', () => {
  /** The options of `run` with reading flags before one price path. */
  const run = (...flags: string[]) => {
    const parsed = parseCliArgs(['run', ...flags, '--prices', 'x.csv', '--events', 'e.csv']);
    if (parsed.command !== 'run') throw new Error('expected run');
    return parsed.options;
  };
  const read = (...flags: string[]) => run(...flags).prices[0]!.read;
  test('--column KEY=NAME, repeatable', () => {
    expect(read('--column', 'date=Datum', '--column', 'close=Schluss Kurs')).toEqual({
      columns: { date: 'Datum', close: 'Schluss Kurs' },
    });
    expect(read('--column=date=Datum')).toEqual({ columns: { date: 'Datum' } });
    expect(() => run('--column', 'price=Kurs')).toThrow(
      /--column expects KEY=NAME with KEY one of date, close/,
    );
    expect(() => run('--column', 'date=')).toThrow(UsageError);
  });
  test('--date-format', () => {
    expect(read('--date-format', 'dd.MM.yyyy')).toEqual({ dateFormat: 'dd.MM.yyyy' });
  });
  test('--decimal . or , (point, comma)', () => {
    expect(read('--decimal', ',')).toEqual({ decimal: ',' });
    expect(read('--decimal', 'point')).toEqual({ decimal: '.' });
    expect(() => run('--decimal', ';')).toThrow(/--decimal/);
  });
  test('--price-format forces a layout; --format stays the report format', () => {
    const options = run('--price-format', 'eventstudytools', '--format', 'json');
    expect(options.prices[0]!.read).toEqual({ format: 'eventstudytools' });
    expect(options.format).toBe('json');
    expect(() => run('--price-format', 'excel')).toThrow(/--price-format/);
  });
  test('a reading flag applies to the paths after it; one after the last path is an error', () => {
    const parsed = parseCliArgs([
      'run',
      '--prices',
      'data/indices/GSPC.csv',
      '--decimal',
      ',',
      '--prices',
      'de.csv',
      'de2.csv=AAPL',
      '--events',
      'e.csv',
    ]);
    if (parsed.command !== 'run') throw new Error('expected run');
    expect(parsed.options.prices).toEqual([
      { path: 'data/indices/GSPC.csv' },
      { path: 'de.csv', read: { decimal: ',' } },
      { path: 'de2.csv', ticker: 'AAPL', read: { decimal: ',' } },
    ]);
    expect(() => parseCliArgs([...base, '--decimal', ','])).toThrow(
      /after the last --prices applies to no file/,
    );
  });
  test('--prices takes several paths after one flag, and repeated flags', () => {
    const parsed = parseCliArgs([
      ...base,
      '--prices',
      'data/indices',
      'data/cn/sh601633.csv=601633.SS',
      '-p',
      'x.csv',
      '--window',
      '-3,3',
    ]);
    if (parsed.command !== 'run') throw new Error('expected run');
    expect(parsed.options.prices).toEqual([
      { path: 'data/hk' },
      { path: 'data/indices' },
      { path: 'data/cn/sh601633.csv', ticker: '601633.SS' },
      { path: 'x.csv' },
    ]);
    expect(parsed.options.window).toEqual([-3, 3]);
  });
});
