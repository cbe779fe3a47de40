import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { PriceColumns } from '../io/named-columns';
import type { CsvTable } from '../report/to-csv';
import { P_ADJUST_METHODS, type PAdjustMethod } from '../stats/adjust-p-values';
import { allTestNames } from '../stats/cross-event-tests';
import { MODEL_NAMES } from '../study/settings';
import { didYouMean } from '../study/spec-rules';
import type {
  CarMeasure,
  ConventionPreset,
  DecimalSeparator,
  ModelName,
  NegativePricePolicy,
  NonTradingDayPolicy,
  OverlapPolicy,
  PriceFormat,
  RegressionWeights,
  ReturnKind,
  ReturnUnits,
  StandardErrors,
  StudiedMeasure,
  TestName,
  ThinTradingPolicy,
  UnknownDelistingPolicy,
} from '../types';
import { UsageError } from './usage-error';

/** One `--prices` argument: a file or folder, and the ticker to give its series (`PATH=TICKER`). */
export interface PricesArgument {
  path: string;
  ticker?: string;
  /** How to read it: the reading flags (`--column`, `--date-format`, …) given before it. */
  read?: PriceReadOptions;
}

/** The options of `eventstudy run`, checked for form (not yet against the data). */
export interface RunOptions {
  prices: PricesArgument[];
  events: string;
  factors: string[];
  market?: string;
  model?: ModelName;
  window?: [number, number];
  estimation?: { end: number; length: number };
  minObservations?: number;
  carWindows?: [number, number][];
  returns?: ReturnKind;
  conventions?: ConventionPreset;
  /** Benchmark per suffix or exchange, from `--benchmark .HK=^HSI` (repeatable). */
  benchmarks?: Record<string, string>;
  nonTradingDay?: NonTradingDayPolicy;
  thinTrading?: ThinTradingPolicy;
  measure?: StudiedMeasure;
  /** How overlapping events are treated (`--overlaps`, [methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)). */
  overlaps?: OverlapPolicy;
  /** Events file of confounders (`--confounders`): other news checked against the events. */
  confounders?: string;
  /** `all`, or test names from `--tests csect,bmp,kp`. */
  tests?: TestName[] | 'all';
  /** The report's format: `--format`, else `--out`'s extension, else `table`. */
  format: ReportFormat;
  table?: CsvTable;
  out?: string;
  /** The CAAR chart's file; its extension (`.svg` or `.png`) says how it is written. */
  chart?: string;
  carChart?: string;
  quiet: boolean;
  /** `--group-by COLUMN`: each event's group from that events-file column. */
  groupBy?: string;
  /** `--p-adjust METHOD`: also report the daily p-values adjusted across the window's days. */
  pAdjust?: PAdjustMethod;
  /** `eventstudy regress`: the regression to run on the study's CARs. */
  regression?: RegressionArguments;
  /** `--delistings FILE`: CRSP delisting returns (`PERMNO,DLSTDT,DLRET`) folded into the returns series. */
  delistings?: string;
  /** `--unknown-delistings`: a delisting of a listing not among the series is an error (default) or ignored. */
  unknownDelistings?: UnknownDelistingPolicy;
}

/** The regression options of `eventstudy regress` (`--on`, `--window`, `--se`, `--cluster`, …). */
export interface RegressionArguments {
  regressors: string[];
  /** The CAR window regressed; added to the study's CAR windows when it is not one of them. */
  window?: [number, number];
  se?: StandardErrors;
  cluster?: string | [string, string];
  weights?: RegressionWeights;
  dependent?: CarMeasure;
}

/** Options for reading price files from the command line (issue 14), as `loadPrices` takes them. */
export interface PriceReadOptions {
  columns?: PriceColumns;
  dateFormat?: string;
  decimal?: DecimalSeparator;
  format?: PriceFormat;
  /** `--return-units percent`: return columns are in percent (CRSP-style files are decimals). */
  returnUnits?: ReturnUnits;
  /** `--negative-prices abs|missing`: what a negative price (a CRSP bid/ask midpoint) is. */
  negativePrices?: NegativePricePolicy;
  /** `--sheet`: the sheet of an `.xlsx` workbook, by name or number from 1. */
  sheet?: string | number;
}

/** What `eventstudy run` can write its report as. */
export type ReportFormat = 'table' | 'md' | 'csv' | 'json' | 'xlsx' | 'latex';

const REPORT_FORMATS = ['table', 'md', 'csv', 'json', 'xlsx', 'latex'] as const;

/** File extensions that name a report format (`.txt` and no extension are text tables). */
const FORMAT_OF_EXTENSION: Record<string, ReportFormat> = {
  '': 'table',
  '.txt': 'table',
  '.md': 'md',
  '.markdown': 'md',
  '.csv': 'csv',
  '.json': 'json',
  '.xlsx': 'xlsx',
  '.tex': 'latex',
};

/** The options of `eventstudy inspect`. */
export interface InspectOptions {
  paths: string[];
  format: 'table' | 'json';
  /**
   * With `--events`: list the same-ticker events (and `--confounders`) that overlap for the
   * given window, estimation window and benchmarks, instead of inspecting the price files.
   */
  overlaps?: {
    events: string;
    confounders?: string;
    window?: [number, number];
    estimation?: { end: number; length: number };
    market?: string;
    benchmarks?: Record<string, string>;
    nonTradingDay?: NonTradingDayPolicy;
  };
}

/** What the command line asks for. */
export type CliCommand =
  | { command: 'run'; options: RunOptions }
  | { command: 'regress'; options: RunOptions & { regression: RegressionArguments } }
  | { command: 'inspect'; options: InspectOptions }
  | {
      command: 'help';
      topic: 'main' | 'run' | 'inspect' | 'regress';
      /** A bare `eventstudy`: the help goes to stderr as a usage error (exit 2), not to stdout. */
      usage?: boolean;
    }
  | { command: 'version' };

const RUN_OPTIONS = {
  prices: { type: 'string', short: 'p', multiple: true },
  events: { type: 'string', short: 'e' },
  factors: { type: 'string', multiple: true },
  market: { type: 'string', short: 'm' },
  model: { type: 'string' },
  window: { type: 'string', short: 'w' },
  estimation: { type: 'string' },
  'min-obs': { type: 'string' },
  car: { type: 'string', multiple: true },
  returns: { type: 'string' },
  conventions: { type: 'string' },
  benchmark: { type: 'string', multiple: true },
  'non-trading-day': { type: 'string' },
  'thin-trading': { type: 'string' },
  measure: { type: 'string' },
  overlaps: { type: 'string' },
  confounders: { type: 'string' },
  tests: { type: 'string' },
  format: { type: 'string', short: 'f' },
  table: { type: 'string' },
  out: { type: 'string', short: 'o' },
  chart: { type: 'string' },
  'car-chart': { type: 'string' },
  'group-by': { type: 'string' },
  'p-adjust': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  column: { type: 'string', multiple: true },
  'date-format': { type: 'string' },
  decimal: { type: 'string' },
  'price-format': { type: 'string' },
  'return-units': { type: 'string' },
  'negative-prices': { type: 'string' },
  delistings: { type: 'string' },
  'unknown-delistings': { type: 'string' },
  sheet: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** Options of `eventstudy regress` on top of those of `run` (whose `--window` is `--event-window` there). */
const REGRESS_FLAGS = ['--on', '--window', '-w', '--se', '--cluster', '--weights', '--dependent'] as const;

const INSPECT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  events: { type: 'string', short: 'e' },
  confounders: { type: 'string' },
  window: { type: 'string', short: 'w' },
  estimation: { type: 'string' },
  market: { type: 'string', short: 'm' },
  benchmark: { type: 'string', multiple: true },
  'non-trading-day': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/**
 * Reads the `eventstudy` command line with `node:util` `parseArgs` and checks the form of
 * every value. A value that starts with a minus sign may follow its option with a space
 * (`--window -5,5`), which `parseArgs` alone rejects as ambiguous.
 *
 * @param argv - the arguments after the program name (`process.argv.slice(2)`)
 * @returns the command and its options
 * @throws UsageError for an unknown command or option, a missing argument, or a malformed value
 *
 * @example
 * ```ts
 * parseCliArgs(['run', '--prices', 'data/hk', '--events', 'e.csv', '--window', '-3,3']);
 * // { command: 'run', options: { window: [-3, 3], format: 'table', … } }
 * ```
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined) return { command: 'help', topic: 'main', usage: true };
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = rest[0];
    return {
      command: 'help',
      topic: topic === 'run' || topic === 'inspect' || topic === 'regress' ? topic : 'main',
    };
  }
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command === 'regress') {
    try {
      return parseRegress(rest);
    } catch (error) {
      if (error instanceof UsageError) throw new UsageError(error.message, 'regress');
      throw error;
    }
  }
  if (command === 'run' || command === 'inspect') {
    try {
      return command === 'run' ? parseRun(rest) : parseInspect(rest);
    } catch (error) {
      if (error instanceof UsageError && error.command === undefined)
        throw new UsageError(error.message, command);
      throw error;
    }
  }
  throw new UsageError(
    command.startsWith('-')
      ? `unknown option '${command}'; expected a command first (run, regress or inspect)`
      : `unknown command '${command}'; expected run, regress or inspect`,
  );
}

function parseRun(args: readonly string[]): CliCommand {
  const { args: spread, reads } = spreadPrices(args);
  const { values, positionals } = parse(spread, RUN_OPTIONS, 'run');
  if (values.help) return { command: 'help', topic: 'run' };
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`, 'run');
  if (!values.prices || values.prices.length === 0)
    throw new UsageError('missing --prices <file|folder>', 'run');
  if (values.events === undefined) throw new UsageError('missing --events <file>', 'run');
  const out = values.out === undefined ? undefined : nonEmpty('--out', values.out);
  const format = reportFormat(values.format, out);
  const options: RunOptions = {
    prices: values.prices.map((text, i) => {
      const argument = parsePricesArgument(text);
      const read = priceReadOptions(reads[i] ?? {});
      return read === undefined ? argument : { ...argument, read };
    }),
    events: values.events,
    factors: values.factors ?? [],
    format,
    quiet: values.quiet ?? false,
  };
  if (values.table !== undefined) {
    if (format !== 'csv')
      throw new UsageError(
        `--table applies to --format csv only (the ${format} report shows every table)`,
        'run',
      );
    options.table = optionChoice('--table', values.table, [
      'events',
      'days',
      'cars',
      'groups',
      'overlaps',
    ] as const);
  }
  if (values.market !== undefined) options.market = nonEmpty('--market', values.market);
  if (values.model !== undefined) options.model = optionChoice('--model', values.model, MODEL_NAMES);
  if (values.window !== undefined) options.window = parseDayRange('--window', values.window);
  if (values.estimation !== undefined) options.estimation = parseEstimation(values.estimation);
  if (values['min-obs'] !== undefined) options.minObservations = parseCount('--min-obs', values['min-obs']);
  if (values.car !== undefined) options.carWindows = values.car.map((car) => parseDayRange('--car', car));
  if (values.returns !== undefined)
    options.returns = optionChoice('--returns', values.returns, ['simple', 'log'] as const);
  if (values.conventions !== undefined) {
    options.conventions = optionChoice('--conventions', values.conventions, ['default', 'estudy2'] as const);
  }
  if (values.benchmark !== undefined) options.benchmarks = parseBenchmarks(values.benchmark);
  if (values['non-trading-day'] !== undefined)
    options.nonTradingDay = parseNonTradingDay(values['non-trading-day']);
  if (values['thin-trading'] !== undefined) {
    options.thinTrading = optionChoice('--thin-trading', values['thin-trading'], [
      'exclude',
      'trade-to-trade',
    ] as const);
  }
  if (values.measure !== undefined)
    options.measure = optionChoice('--measure', values.measure, ['returns', 'volume'] as const);
  if (values.overlaps !== undefined) {
    options.overlaps = optionChoice('--overlaps', values.overlaps, [
      'flag',
      'clean-estimation',
      'exclude',
    ] as const);
  }
  if (values.confounders !== undefined) options.confounders = nonEmpty('--confounders', values.confounders);
  if (values.tests !== undefined) {
    const tests = nonEmpty('--tests', values.tests);
    options.tests = tests === 'all' ? 'all' : testNames(tests);
  }
  const trailing = priceReadOptions(reads[reads.length - 1] ?? {}, true);
  if (trailing !== undefined)
    throw new UsageError(
      'a reading flag (--column, --date-format, --decimal, --price-format, --return-units, --negative-prices, --sheet) after the last --prices applies to no file: put it before the paths it is for',
      'run',
    );
  if (out !== undefined) options.out = out;
  if (values.chart !== undefined) options.chart = chartFile('--chart', values.chart);
  if (values['car-chart'] !== undefined) options.carChart = chartFile('--car-chart', values['car-chart']);
  if (values['group-by'] !== undefined) options.groupBy = nonEmpty('--group-by', values['group-by']).trim();
  if (values['p-adjust'] !== undefined)
    options.pAdjust = optionChoice('--p-adjust', values['p-adjust'], P_ADJUST_METHODS);
  Object.assign(options, delistingOptions(values.delistings, values['unknown-delistings']));
  return { command: 'run', options };
}

/** The reading flags in force at one point of the command line, as written. */
interface RawRead {
  column?: string[];
  'date-format'?: string;
  decimal?: string;
  'price-format'?: string;
  'return-units'?: string;
  'negative-prices'?: string;
  sheet?: string;
}

const READ_FLAGS = [
  '--column',
  '--date-format',
  '--decimal',
  '--price-format',
  '--return-units',
  '--negative-prices',
  '--sheet',
] as const;

/**
 * `--prices a b c` as `--prices a --prices b --prices c` (the words after `--prices` or `-p` up
 * to the next option are all price paths, so a shell glob works), and, per price path in order,
 * the reading flags given before it: a reading flag applies to the `--prices` paths after it, so
 * a German sheet and a Yahoo index file can be read in one run. The last entry of `reads` holds
 * the flags after the last path (which apply to none).
 */
function spreadPrices(args: readonly string[]): { args: string[]; reads: RawRead[] } {
  const out: string[] = [];
  const reads: RawRead[] = [];
  let current: RawRead = {};
  let since: RawRead = {};
  const note = (flag: string, value: string) => {
    const key = flag.slice(2) as keyof RawRead;
    const set = (r: RawRead) =>
      key === 'column' ? { ...r, column: [...(r.column ?? []), value] } : { ...r, [key]: value };
    current = set(current);
    since = set(since);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    out.push(arg);
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if ((READ_FLAGS as readonly string[]).includes(flag)) {
      if (flag !== arg) note(flag, arg.slice(eq + 1));
      else if (i + 1 < args.length) {
        out.push(args[++i]!);
        note(flag, args[i]!);
      }
      continue;
    }
    if (flag === '--prices' && flag !== arg) {
      reads.push(current);
      since = {};
      continue;
    }
    if (arg !== '--prices' && arg !== '-p') continue;
    if (i + 1 < args.length) {
      out.push(args[++i]!);
      reads.push(current);
    }
    while (i + 1 < args.length && !args[i + 1]!.startsWith('-')) {
      out.push(arg, args[++i]!);
      reads.push(current);
    }
    since = {};
  }
  reads.push(since);
  return { args: out, reads };
}

const COLUMN_KEYS = ['date', 'close', 'volume', 'ticker', 'returns'] as const;

/**
 * `--column date=Datum` (repeatable), `--date-format`, `--decimal`, `--price-format`,
 * `--return-units`, `--negative-prices`, `--sheet`.
 */
function priceReadOptions(values: RawRead, trailing = false): PriceReadOptions | undefined {
  if (trailing) return Object.keys(values).length > 0 ? {} : undefined;
  const read: PriceReadOptions = {};
  for (const item of values.column ?? []) {
    const eq = item.indexOf('=');
    const key = eq < 0 ? item : item.slice(0, eq);
    const name = eq < 0 ? '' : item.slice(eq + 1).trim();
    if (!(COLUMN_KEYS as readonly string[]).includes(key) || name === '')
      throw new UsageError(
        `--column expects KEY=NAME with KEY one of ${COLUMN_KEYS.join(', ')}, got '${item}' (e.g. --column date=Datum)`,
        'run',
      );
    read.columns = { ...read.columns, [key]: name };
  }
  if (values['date-format'] !== undefined) read.dateFormat = nonEmpty('--date-format', values['date-format']);
  if (values.decimal !== undefined) {
    const d = values.decimal === 'comma' ? ',' : values.decimal === 'point' ? '.' : values.decimal;
    read.decimal = optionChoice('--decimal', d, ['.', ','] as const);
  }
  if (values['price-format'] !== undefined)
    read.format = optionChoice('--price-format', values['price-format'], PRICE_FORMATS);
  if (values.sheet !== undefined) {
    const sheet = nonEmpty('--sheet', values.sheet).trim();
    read.sheet = /^[1-9][0-9]*$/.test(sheet) ? Number(sheet) : sheet;
  }
  Object.assign(read, returnReadOptions(values));
  return Object.keys(read).length > 0 ? read : undefined;
}

/** `--return-units decimal|percent` and `--negative-prices error|abs|missing` (issue 13). */
function returnReadOptions(values: RawRead): Pick<PriceReadOptions, 'returnUnits' | 'negativePrices'> {
  const read: Pick<PriceReadOptions, 'returnUnits' | 'negativePrices'> = {};
  if (values['return-units'] !== undefined)
    read.returnUnits = optionChoice('--return-units', values['return-units'], [
      'decimal',
      'percent',
    ] as const);
  if (values['negative-prices'] !== undefined)
    read.negativePrices = optionChoice('--negative-prices', values['negative-prices'], [
      'error',
      'abs',
      'missing',
    ] as const);
  return read;
}

/** `--delistings FILE` and `--unknown-delistings error|ignore` (which needs `--delistings`). */
function delistingOptions(
  file: string | undefined,
  unknown: string | undefined,
): Pick<RunOptions, 'delistings' | 'unknownDelistings'> {
  if (file === undefined) {
    if (unknown !== undefined)
      throw new UsageError('--unknown-delistings applies with --delistings FILE only', 'run');
    return {};
  }
  const options: Pick<RunOptions, 'delistings' | 'unknownDelistings'> = {
    delistings: nonEmpty('--delistings', file),
  };
  if (unknown !== undefined)
    options.unknownDelistings = optionChoice('--unknown-delistings', unknown, ['error', 'ignore'] as const);
  return options;
}

/** Price layouts `--price-format` can force. */
const PRICE_FORMATS: readonly PriceFormat[] = [
  'plain',
  'wide',
  'yahoo',
  'yfinance',
  'yfinance-history',
  'long',
  'cn-vendor',
  'eventstudytools',
];

/**
 * `eventstudy regress`: the options of `run` (its event window as `--event-window`) plus the
 * regression's `--on A,B`, `--window A,B` (the CAR window), `--se`, `--cluster A[,B]`,
 * `--weights`, `--dependent`.
 */
function parseRegress(args: readonly string[]): CliCommand {
  const own = new Map<string, string>();
  const rest: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if ((REGRESS_FLAGS as readonly string[]).includes(flag)) {
      const value = inline ?? args[++k];
      if (value === undefined) throw new UsageError(`option '${flag}' needs a value`, 'regress');
      own.set(flag === '-w' ? '--window' : flag, value);
    } else if (flag === '--event-window') {
      rest.push(inline === undefined ? '--window' : `--window=${inline}`);
    } else rest.push(arg);
  }
  const parsed = parseRun(rest);
  if (parsed.command !== 'run') return { command: 'help', topic: 'regress' };
  const on = own.get('--on');
  if (on === undefined) throw new UsageError('missing --on REGRESSORS (e.g. --on sector,beta)', 'regress');
  const regression: RegressionArguments = {
    regressors: on
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  };
  if (regression.regressors.length === 0)
    throw new UsageError('--on needs at least one regressor', 'regress');
  const window = own.get('--window');
  if (window !== undefined) regression.window = parseDayRange('--window', window);
  const se = own.get('--se');
  if (se !== undefined)
    regression.se = optionChoice('--se', se, ['classical', 'hc0', 'hc1', 'hc2', 'hc3', 'cluster'] as const);
  const cluster = own.get('--cluster');
  if (cluster !== undefined) {
    const fields = cluster.split(',').map((name) => name.trim());
    if (fields.length > 2 || fields.some((name) => name === ''))
      throw new UsageError(`--cluster expects FIELD or FIELD,FIELD (two-way), got '${cluster}'`, 'regress');
    regression.cluster = fields.length === 2 ? [fields[0]!, fields[1]!] : fields[0]!;
  }
  const weights = own.get('--weights');
  if (weights !== undefined)
    regression.weights = optionChoice('--weights', weights, ['none', 'inverse-variance'] as const);
  const dependent = own.get('--dependent');
  if (dependent !== undefined)
    regression.dependent = optionChoice('--dependent', dependent, ['car', 'scar', 'bhar'] as const);
  const { format } = parsed.options;
  if (format === 'csv' || format === 'xlsx')
    throw new UsageError(
      `--format ${format} does not apply to a regression: use table, md, json or latex`,
      'regress',
    );
  return { command: 'regress', options: { ...parsed.options, regression } };
}

/**
 * The report format: `--format` when given (it must agree with a format-naming extension of
 * `--out`), else the extension of `--out` (`.json`, `.md`, `.csv`, `.xlsx`; `.txt` or none is
 * the text table). An `.xlsx` workbook is binary, so it needs `--out`.
 */
function reportFormat(flag: string | undefined, out: string | undefined): ReportFormat {
  const extension = out === undefined ? undefined : extensionOf(out);
  const implied = extension === undefined ? undefined : FORMAT_OF_EXTENSION[extension];
  if (flag !== undefined) {
    const format = optionChoice('--format', flag, REPORT_FORMATS);
    if (implied !== undefined && extension !== '' && extension !== '.txt' && implied !== format)
      throw new UsageError(`--format ${format} does not match --out ${out} (a ${implied} file)`, 'run');
    if (format === 'xlsx' && out === undefined)
      throw new UsageError('--format xlsx writes a binary workbook: give --out FILE.xlsx', 'run');
    return format;
  }
  if (out === undefined) return 'table';
  if (implied === undefined)
    throw new UsageError(
      `--out ${out}: cannot tell the format from '${extension}'; use .txt, .md, .csv, .json, .xlsx or .tex, or give --format`,
      'run',
    );
  return implied;
}

/** A chart file must end in `.svg` or `.png`: that is how it is written. */
function chartFile(option: string, value: string): string {
  const file = nonEmpty(option, value);
  const extension = extensionOf(file);
  if (extension !== '.svg' && extension !== '.png')
    throw new UsageError(`${option} expects a .svg or .png file, got '${file}'`, 'run');
  return file;
}

/** `out/r.JSON` → `.json`; `out/report` → `''`. */
function extensionOf(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** `--benchmark .HK=^HSI --benchmark NYSE=^GSPC` → `{ '.HK': '^HSI', NYSE: '^GSPC' }`. */
function parseBenchmarks(values: readonly string[]): Record<string, string> {
  const benchmarks: Record<string, string> = Object.create(null);
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) {
      throw new UsageError(
        `--benchmark expects SUFFIX_OR_EXCHANGE=TICKER like .HK=^HSI, got '${value}'`,
        'run',
      );
    }
    benchmarks[value.slice(0, at)] = value.slice(at + 1);
  }
  return { ...benchmarks };
}

function parseInspect(args: readonly string[]): CliCommand {
  const { values, positionals } = parse(args, INSPECT_OPTIONS, 'inspect');
  if (values.help) return { command: 'help', topic: 'inspect' };
  if (positionals.length === 0) throw new UsageError('missing price files or folders to inspect', 'inspect');
  const options: InspectOptions = {
    paths: positionals,
    format: optionChoice('--format', values.format ?? 'table', ['table', 'json'] as const),
  };
  const studyOnly = [
    'confounders',
    'window',
    'estimation',
    'market',
    'benchmark',
    'non-trading-day',
  ] as const;
  if (values.events === undefined) {
    const given = studyOnly.find((name) => values[name] !== undefined);
    if (given)
      throw new UsageError(`--${given} applies with --events only (listing overlapping events)`, 'inspect');
    return { command: 'inspect', options };
  }
  const overlaps: NonNullable<InspectOptions['overlaps']> = { events: nonEmpty('--events', values.events) };
  if (values.confounders !== undefined) overlaps.confounders = nonEmpty('--confounders', values.confounders);
  if (values.window !== undefined) overlaps.window = parseDayRange('--window', values.window);
  if (values.estimation !== undefined) overlaps.estimation = parseEstimation(values.estimation);
  if (values.market !== undefined) overlaps.market = nonEmpty('--market', values.market);
  if (values.benchmark !== undefined) overlaps.benchmarks = parseBenchmarks(values.benchmark);
  if (values['non-trading-day'] !== undefined)
    overlaps.nonTradingDay = parseNonTradingDay(values['non-trading-day']);
  options.overlaps = overlaps;
  return { command: 'inspect', options };
}

function parseNonTradingDay(text: string): NonTradingDayPolicy {
  return optionChoice('--non-trading-day', text, ['next', 'previous', 'skip'] as const);
}

function parseEstimation(text: string): { end: number; length: number } {
  const [end, length] = parseIntegerPair('--estimation', text, 'END,LENGTH like -11,250');
  if (length < 1) throw new UsageError(`--estimation LENGTH must be at least 1, got ${length}`);
  return { end, length };
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
  command: string,
) {
  try {
    return parseArgs({
      args: attachDashValues(args, options),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const first = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    // parseArgs appends advice about '--' that does not apply here: keep its first sentence.
    const message = first.replace(/\. To specify .*$/, '').replace(/\.$/, '');
    throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1), command);
  }
}

/** `--window -5,5` → `--window=-5,5` for string options whose value starts with a minus and a digit. */
function attachDashValues(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): string[] {
  const stringFlags = new Set<string>();
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== 'string') continue;
    stringFlags.add(`--${name}`);
    if (option.short) stringFlags.add(`-${option.short}`);
  }
  const out: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]!;
    const next = args[k + 1];
    if (stringFlags.has(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(arg.startsWith('--') ? `${arg}=${next}` : `${arg}${next}`);
      k++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/**
 * Reads a `--prices` value: a path, optionally followed by `=TICKER` to rename the series of a
 * one-series file (the text after the last `=`, when it contains no path separator).
 *
 * @param text - the option's value
 * @returns the path and the ticker, if one is given
 * @throws UsageError for an empty path or ticker
 *
 * @example
 * ```ts
 * parsePricesArgument('data/cn/sh601633.csv=601633.SS'); // { path: 'data/cn/sh601633.csv', ticker: '601633.SS' }
 * ```
 */
export function parsePricesArgument(text: string): PricesArgument {
  const at = text.lastIndexOf('=');
  if (at < 0 || /[/\\]/.test(text.slice(at + 1))) return { path: nonEmpty('--prices', text) };
  const path = text.slice(0, at).trim();
  const ticker = text.slice(at + 1).trim();
  if (path === '' || ticker === '')
    throw new UsageError(`--prices expects PATH or PATH=TICKER, got '${text}'`, 'run');
  return { path, ticker };
}

/**
 * Reads a window of relative trading days written `A,B` (also `A:B` or `[A, B]`), A ≤ B.
 *
 * @param option - the option's name, for messages
 * @param text - the value, e.g. `-5,5`
 * @returns `[A, B]`
 * @throws UsageError when the value is not two whole numbers in order
 *
 * @example
 * ```ts
 * parseDayRange('--car', '-1,1'); // [-1, 1]
 * ```
 */
export function parseDayRange(option: string, text: string): [number, number] {
  const [from, to] = parseIntegerPair(option, text, 'A,B like -5,5');
  if (from > to)
    throw new UsageError(`${option} must go from the earlier day to the later one, got ${text}`, 'run');
  return [from, to];
}

function parseIntegerPair(option: string, text: string, form: string): [number, number] {
  const match = /^\s*\[?\s*([+-]?\d+)\s*[,:;]\s*([+-]?\d+)\s*\]?\s*$/.exec(text);
  if (!match) throw new UsageError(`${option} expects ${form}, got '${text}'`, 'run');
  return [Number(match[1]), Number(match[2])];
}

function parseCount(option: string, text: string): number {
  if (!/^\s*\d+\s*$/.test(text))
    throw new UsageError(`${option} expects a whole number, got '${text}'`, 'run');
  return Number(text);
}

/**
 * An option's value checked against its choices. The library's spec rule `oneOf` throws a
 * `ConfigError` with a field path; a command-line option is a usage error (exit 2) named by its flag.
 */
function optionChoice<const T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(
      `${option} must be one of ${allowed.join(', ')}; got '${value}'${didYouMean(value, allowed)}`,
    );
  }
  return value as T;
}

function nonEmpty(option: string, value: string): string {
  if (value.trim() === '') throw new UsageError(`${option} needs a value`);
  return value;
}

/** `--tests csect,bmp`: every name must be a test (a bad value is a usage error, exit 2). */
function testNames(list: string): TestName[] {
  const names = list.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!(allTestNames as readonly string[]).includes(name)) {
      throw new UsageError(
        `--tests: unknown test '${name}'${didYouMean(name, allTestNames)}; expected all or a comma-separated list of ${allTestNames.join(', ')}`,
        'run',
      );
    }
  }
  return names as TestName[];
}
