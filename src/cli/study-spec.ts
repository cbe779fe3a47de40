import { resolveSettings } from '../study/settings';
import type { EventSpec, FactorTable, PriceSeries, StudySpec } from '../types';
import type { RunOptions } from './args';
import { hasErrorCode } from './has-error-code';
import { UsageError } from './usage-error';

/**
 * Translates the options of `eventstudy run` and the loaded data into a `StudySpec`, setting
 * only what the user gave so every other setting keeps the library's default.
 *
 * @param options - the parsed command line
 * @param data - prices, events, (for factor models) factors and confounders read from the files
 * @returns the study spec (without `onProgress`)
 *
 * @example
 * ```ts
 * toStudySpec(options, { prices, events }).window; // [-5, 5] for `--window -5,5`
 * ```
 */
export function toStudySpec(
  options: RunOptions,
  data: { prices: PriceSeries[]; events: EventSpec[]; factors?: FactorTable; confounders?: EventSpec[] },
): StudySpec {
  const spec: StudySpec = { prices: data.prices, events: data.events };
  if (data.factors) spec.factors = data.factors;
  if (options.market !== undefined) spec.market = options.market;
  if (options.model !== undefined) spec.model = options.model;
  if (options.window !== undefined) spec.window = options.window;
  if (options.estimation !== undefined || options.minObservations !== undefined) {
    spec.estimation = {
      ...(options.estimation ?? {}),
      ...(options.minObservations !== undefined ? { minObservations: options.minObservations } : {}),
    };
  }
  if (options.carWindows !== undefined) spec.carWindows = options.carWindows;
  if (options.returns !== undefined) spec.returns = options.returns;
  if (options.conventions !== undefined) spec.conventions = options.conventions;
  if (options.benchmarks !== undefined) spec.benchmarks = options.benchmarks;
  if (options.nonTradingDay !== undefined) spec.nonTradingDay = options.nonTradingDay;
  if (options.thinTrading !== undefined) spec.thinTrading = options.thinTrading;
  if (options.measure !== undefined) spec.measure = options.measure;
  if (options.tests !== undefined) spec.tests = options.tests;
  if (options.overlaps !== undefined) spec.overlaps = options.overlaps;
  if (data.confounders) spec.confounders = data.confounders;
  return spec;
}

/**
 * Checks the study settings of `eventstudy run` before any file is read, so that a window the
 * library would reject (estimation overlapping the event window, a CAR window outside it) is
 * reported as a usage error.
 *
 * @param options - the parsed command line
 * @throws UsageError with the library's explanation
 *
 * @example
 * ```ts
 * checkStudyOptions({ ...options, window: [-5, 5], estimation: { end: 0, length: 250 } }); // throws
 * ```
 */
export function checkStudyOptions(options: RunOptions): void {
  try {
    resolveSettings(toStudySpec(options, { prices: [], events: [] }));
  } catch (error) {
    // A bad option value is a usage error (exit 2): told by the library's code, not the message.
    if (hasErrorCode(error, 'CONFIG')) throw new UsageError(error.message, 'run');
    throw error;
  }
}
