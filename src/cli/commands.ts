import { loadEvents, loadFactors, loadPrices } from '../node';
import { toPng } from '../node/to-png';
import { toXlsx } from '../node/to-xlsx';
import { writeTextFile } from '../node/write-text-file';
import { formatInspection } from '../report/format-inspection';
import { formatOverlaps } from '../report/format-overlaps';
import { formatRegression } from '../report/format-regression';
import { formatTable } from '../report/format-table';
import { inspectPrices } from '../report/inspect-prices';
import { toCsv } from '../report/to-csv';
import { toJson } from '../report/to-json';
import { toLatex } from '../report/to-latex';
import { toMarkdown } from '../report/to-markdown';
import { caarChart, carChart } from '../report/to-svg';
import type { PAdjustMethod } from '../stats/adjust-p-values';
import { eventStudy } from '../study/event-study';
import { type EventOverlapListing, findEventOverlaps } from '../study/find-event-overlaps';
import { groupEventsBy } from '../study/group-events-by';
import { regressCars } from '../study/regress-cars';
import { studyTickers } from '../study/study-tickers';
import type { StudyResult, StudySpec } from '../types';
import type { InspectOptions, RegressionArguments, RunOptions } from './args';
import { withDelistings } from './delistings';
import { hasErrorCode } from './has-error-code';
import { loadPriceArguments } from './load-prices';
import { type ProgressStream, progressBar } from './progress';
import { checkStudyOptions, toStudySpec } from './study-spec';
import { markPhase } from './timing';
import { UsageError } from './usage-error';

/** Where a command writes: its report (`stdout`) and its notes, progress and errors (`stderr`). */
export interface CommandIo {
  stdout: { write(text: string): boolean };
  stderr: ProgressStream;
}

/**
 * `eventstudy run`: checks the settings, reads the files, runs the study (with a progress bar
 * on a terminal), writes the report to stdout or `--out` and the charts to their files.
 *
 * @param options - the parsed command line
 * @param io - output streams
 * @returns the exit code: 0, or 1 when no event could be studied
 * @throws UsageError, the library's `EventStudyError`s, and file-system errors (the caller maps
 *   them to exit codes)
 *
 * @example
 * ```ts
 * process.exitCode = await runCommand(options, { stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function runCommand(options: RunOptions, io: CommandIo): Promise<number> {
  const result = await studyFromOptions(options, io);
  const report = await render(result, options);
  return writeReport(result, options, report, io);
}

/**
 * `eventstudy regress`: runs the study as `run` does (its CAR windows gain the regression's
 * window if they lack it), then regresses the events' CARs and writes the regression as a table,
 * Markdown, JSON or LaTeX.
 *
 * @param options - the parsed command line, with the regression's options
 * @param io - output streams
 * @returns the exit code: 0, or 1 when no event could be studied
 * @throws UsageError, the library's `EventStudyError`s (a `ConfigError` for a regressor it
 *   cannot use), and file-system errors
 *
 * @example
 * ```ts
 * await regressCommand({ ...options, regression: { regressors: ['sector', 'beta'], se: 'hc3' } }, io);
 * ```
 */
export async function regressCommand(
  options: RunOptions & { regression: RegressionArguments },
  io: CommandIo,
): Promise<number> {
  const { regression: args } = options;
  const study = { ...options };
  const wanted = args.window;
  if (wanted) {
    const windows = options.carWindows ?? [];
    if (!windows.some((w) => w[0] === wanted[0] && w[1] === wanted[1]))
      study.carWindows = [...windows, wanted];
  }
  const result = await studyFromOptions(study, io);
  if (result.events.length === 0) return writeReport(result, options, '', io);
  const regression = regressCars(result, {
    window: wanted ?? result.cars[0]!.window,
    regressors: args.regressors,
    ...(args.se ? { se: args.se } : {}),
    ...(args.cluster ? { cluster: args.cluster } : {}),
    ...(args.weights ? { weights: args.weights } : {}),
    ...(args.dependent ? { dependent: args.dependent } : {}),
  });
  const report =
    options.format === 'json'
      ? `${toJson(regression)}\n`
      : options.format === 'latex'
        ? toLatex(regression)
        : options.format === 'md'
          ? `\`\`\`text\n${formatRegression(regression)}\`\`\`\n`
          : formatRegression(regression);
  return writeReport(result, options, report, io);
}

/** Reads the files and runs the study of `run` and `regress`, with progress bars on a terminal. */
async function studyFromOptions(options: RunOptions, io: CommandIo): Promise<StudyResult> {
  checkStudyOptions(options);
  const progress = (label: string) =>
    progressBar(io.stderr, label, { enabled: !options.quiet && io.stderr.isTTY === true });
  // the events first: only the price files of their tickers and benchmarks are parsed
  const loaded = await loadEvents(options.events);
  const events = options.groupBy === undefined ? loaded : groupEventsBy(loaded, options.groupBy);
  const confounders = options.confounders !== undefined ? await loadEvents(options.confounders) : undefined;
  const wanted = studyTickers({
    events,
    ...(confounders ? { confounders } : {}),
    ...(options.market !== undefined ? { market: options.market } : {}),
    ...(options.benchmarks !== undefined ? { benchmarks: options.benchmarks } : {}),
  });
  const loading = progress('reading prices');
  const read = await loadPriceArguments(
    options.prices,
    loading.update,
    (path, reason) => {
      if (!options.quiet) io.stderr.write(`eventstudy: skipped ${path}: ${reason}\n`);
    },
    // with --delistings every series: a delisting of a series not read would count as unknown
    options.delistings === undefined ? wanted : undefined,
  );
  const prices = await withDelistings(read, options);
  loading.done();
  const factors = options.factors.length > 0 ? await loadFactors(options.factors) : undefined;
  markPhase('loaded');
  const studying = progress('studying events');
  const result = eventStudy({
    ...toStudySpec(options, {
      prices,
      events,
      ...(factors ? { factors } : {}),
      ...(confounders ? { confounders } : {}),
    }),
    onProgress: studying.update,
  });
  studying.done();
  markPhase('studied');
  return result;
}

/**
 * Writes the report to `--out` or stdout and the charts to their files; exit code 1 when no event
 * was studied. Everything is rendered first and files are written before stdout, so a run that
 * fails (a chart that cannot be drawn, a folder that does not exist) has printed nothing.
 */
async function writeReport(
  result: StudyResult,
  options: RunOptions,
  report: string | Uint8Array,
  io: CommandIo,
): Promise<number> {
  const note = (text: string) => {
    if (!options.quiet) io.stderr.write(`eventstudy: ${text}\n`);
  };
  if (options.out === undefined && typeof report !== 'string')
    throw new UsageError('an .xlsx workbook is binary: give --out FILE.xlsx', 'run');
  const files: [string, string | Uint8Array][] = [];
  if (options.out !== undefined) files.push([options.out, report]);
  if (options.chart !== undefined)
    files.push([options.chart, await chartFile(options.chart, caarChart(result))]);
  if (options.carChart !== undefined)
    files.push([options.carChart, await chartFile(options.carChart, carChart(result))]);
  for (const [path, content] of files) {
    await writeTextFile(path, content);
    note(`wrote ${path}`);
  }
  if (options.out === undefined) io.stdout.write(report as string);
  markPhase('reported');
  if (result.events.length === 0) {
    const codes = [...new Set(result.excluded.map((exclusion) => exclusion.code))].join(', ');
    io.stderr.write(
      `eventstudy: none of the ${result.excluded.length} events could be studied (${codes || 'no events'})\n`,
    );
    return 1;
  }
  return 0;
}

/**
 * `eventstudy inspect`: reads each price file or folder and reports what `inspectPrices` finds.
 *
 * @param options - the parsed command line
 * @param io - output streams
 * @returns the exit code (0)
 * @throws the library's `CsvFormatError` for a file that cannot be read as prices, and
 *   file-system errors
 *
 * @example
 * ```ts
 * await inspectCommand({ paths: ['data/hk'], format: 'table' }, { stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function inspectCommand(options: InspectOptions, io: CommandIo): Promise<number> {
  if (options.overlaps) return inspectOverlaps(options, options.overlaps, io);
  const inspections = [];
  for (const path of options.paths)
    inspections.push(...(await loadPrices(path)).map((series) => inspectPrices(series)));
  io.stdout.write(
    options.format === 'json' ? `${JSON.stringify(inspections, null, 2)}\n` : formatInspection(inspections),
  );
  return 0;
}

/** `eventstudy inspect … --events FILE`: the same-ticker events that overlap, without a study. */
async function inspectOverlaps(
  options: InspectOptions,
  overlaps: NonNullable<InspectOptions['overlaps']>,
  io: CommandIo,
): Promise<number> {
  const prices = [];
  for (const path of options.paths) prices.push(...(await loadPrices(path)));
  const events = await loadEvents(overlaps.events);
  const confounders = overlaps.confounders !== undefined ? await loadEvents(overlaps.confounders) : undefined;
  const spec: StudySpec = { prices, events };
  if (confounders) spec.confounders = confounders;
  if (overlaps.window) spec.window = overlaps.window;
  // minObservations plays no part in finding overlaps: keep the default only where it fits
  if (overlaps.estimation) {
    const { length } = overlaps.estimation;
    spec.estimation = { ...overlaps.estimation, minObservations: Math.max(3, Math.min(100, length)) };
  }
  if (overlaps.market !== undefined) spec.market = overlaps.market;
  if (overlaps.benchmarks) spec.benchmarks = overlaps.benchmarks;
  if (overlaps.nonTradingDay) spec.nonTradingDay = overlaps.nonTradingDay;
  let listed: EventOverlapListing[];
  try {
    listed = findEventOverlaps(spec);
  } catch (error) {
    // A bad option value is a usage error (exit 2): told by the library's code, not the message.
    if (hasErrorCode(error, 'CONFIG')) throw new UsageError(error.message, 'inspect');
    throw error;
  }
  io.stdout.write(
    options.format === 'json' ? `${JSON.stringify(listed, null, 2)}\n` : formatOverlaps(listed),
  );
  return 0;
}

/** A chart as its file's extension asks: SVG text, or a PNG rendered from it. */
async function chartFile(path: string, svg: string): Promise<string | Uint8Array> {
  return /\.png$/i.test(path) ? toPng(svg) : svg;
}

async function render(result: StudyResult, options: RunOptions): Promise<string | Uint8Array> {
  switch (options.format) {
    case 'xlsx':
      return toXlsx(result);
    case 'md':
      return toMarkdown(result, pAdjustOption(options));
    case 'latex':
      return toLatex(result);
    case 'csv':
      return `${toCsv(result, { table: options.table ?? 'events' })}\n`;
    case 'json':
      return `${toJson(result)}\n`;
    default:
      return formatTable(result, pAdjustOption(options));
  }
}

function pAdjustOption(options: RunOptions): { pAdjust?: PAdjustMethod } {
  return options.pAdjust ? { pAdjust: options.pAdjust } : {};
}
