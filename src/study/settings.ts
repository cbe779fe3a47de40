import { ConfigError } from '../errors';
import type { CustomFactorModel, ModelName, StudyResult, StudySpec } from '../types';
import { TRADE_TO_TRADE_MODELS } from './model-design';
import { oneOf } from './spec-rules';

/**
 * The study's settings with every default filled in ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows)).
 *
 * @category Study
 */
export type Settings = StudyResult['settings'] & { carWindows: [number, number][] };

/**
 * Every expected-return model a study accepts ([methods §3](../../docs/methods.md#3-expected-return-models)), in the order the docs list them.
 *
 * @example
 * ```ts
 * MODEL_NAMES.includes('ff3'); // true
 * ```
 *
 * @category Study
 */
export const MODEL_NAMES: readonly ModelName[] = [
  'market',
  'market-adjusted',
  'mean-adjusted',
  'capm',
  'ff3',
  'carhart',
  'ff5',
  'scholes-williams',
  'dimson',
];

/**
 * Fills in the defaults of a study spec and rejects settings that cannot run: window `[-5, 5]`,
 * estimation `end = -11`, `length = 250`, `minObservations = 100`, CAR windows
 * `[[-1, 1], [0, 0], window]`, market model, simple returns, next trading day, overlaps flagged.
 *
 * @param spec - the user's study spec
 * @returns the resolved settings
 * @throws ConfigError when the estimation window does not end before the event window, a
 *   window is reversed or not whole numbers, a CAR window leaves the event window, or an
 *   option has an unknown value
 *
 * @example
 * ```ts
 * resolveSettings({ prices: [], events: [] }).window; // [-5, 5]
 * ```
 *
 * @category Study
 */
export function resolveSettings(spec: StudySpec): Settings {
  const measure = oneOfNamed('measure', spec.measure ?? 'returns', ['returns', 'volume'] as const);
  if (measure === 'volume' && spec.model !== undefined && spec.model !== 'mean-adjusted') {
    throw new ConfigError(
      `measure 'volume' uses the mean-adjusted model (abnormal log volume), not ${typeof spec.model === 'string' ? `'${spec.model}'` : 'a factor model'}`,
    );
  }
  const factorModel = typeof spec.model === 'object' ? checkFactorModel(spec.model) : undefined;
  const model: Settings['model'] =
    measure === 'volume'
      ? 'mean-adjusted'
      : factorModel
        ? 'factors'
        : ((spec.model as ModelName) ?? 'market');
  if (model !== 'factors' && !MODEL_NAMES.includes(model))
    throw new ConfigError(
      `unknown model '${model}'; expected one of ${MODEL_NAMES.join(', ')}, or { factors: [...] }`,
    );
  const returns = oneOfNamed('returns', spec.returns ?? 'simple', ['simple', 'log'] as const);
  const nonTradingDay = oneOfNamed('nonTradingDay', spec.nonTradingDay ?? 'next', [
    'next',
    'previous',
    'skip',
  ] as const);
  const thinTrading = oneOfNamed('thinTrading', spec.thinTrading ?? 'exclude', [
    'exclude',
    'trade-to-trade',
  ] as const);
  if (thinTrading === 'trade-to-trade' && !TRADE_TO_TRADE_MODELS.includes(model as ModelName)) {
    throw new ConfigError(
      `thinTrading 'trade-to-trade' supports the market, mean-adjusted and market-adjusted models, not '${model}'`,
    );
  }
  const overlaps = oneOfNamed('overlaps', spec.overlaps ?? 'flag', [
    'flag',
    'clean-estimation',
    'exclude',
  ] as const);
  const window = checkWindow('window', spec.window ?? [-5, 5]);
  const end = spec.estimation?.end ?? -11;
  const length = spec.estimation?.length ?? 250;
  const minObservations = spec.estimation?.minObservations ?? 100;
  for (const [name, value] of [
    ['estimation.end', end],
    ['estimation.length', length],
    ['estimation.minObservations', minObservations],
  ] as const) {
    if (!Number.isInteger(value))
      throw new ConfigError(`${name} must be a whole number of trading days, got ${value}`);
  }
  if (length < 1) throw new ConfigError(`estimation.length must be at least 1, got ${length}`);
  if (minObservations < 3)
    throw new ConfigError(`estimation.minObservations must be at least 3, got ${minObservations}`);
  if (minObservations > length) {
    throw new ConfigError(
      `estimation.minObservations (${minObservations}) is more than estimation.length (${length}): no event could ever have enough estimation days`,
    );
  }
  if (end >= window[0]) {
    throw new ConfigError(
      `the estimation window must end before the event window starts: estimation.end = ${end}, window starts at ${window[0]}`,
    );
  }
  const carWindows = (spec.carWindows ?? defaultCarWindows(window)).map((w) => checkWindow('carWindows', w));
  for (const carWindow of carWindows) {
    if (carWindow[0] < window[0] || carWindow[1] > window[1]) {
      throw new ConfigError(
        `CAR window [${carWindow.join(', ')}] is not inside the event window [${window.join(', ')}]`,
      );
    }
  }
  const settings: Settings = {
    model,
    returns,
    measure,
    window,
    estimation: { end, length, minObservations },
    nonTradingDay,
    thinTrading,
    overlaps,
    carWindows,
  };
  if (factorModel !== undefined && model === 'factors') settings.factorModel = factorModel;
  if (spec.market !== undefined) settings.market = spec.market;
  if (spec.benchmarks !== undefined) settings.benchmarks = { ...spec.benchmarks };
  return settings;
}

/**
 * The default CAR windows: [-1, 1] and [0, 0] where they fit inside the event window, then the
 * event window itself (`[[-1, 1], [0, 0], window]`, [methods §1](../../docs/methods.md#1-calendar-day-0-and-windows); a user who only moves the
 * event window, say to [2, 10], should not be told off about CAR windows they never chose).
 */
function defaultCarWindows(window: [number, number]): [number, number][] {
  const inside = ([first, last]: [number, number]) => first >= window[0] && last <= window[1];
  const windows: [number, number][] = [
    [-1, 1],
    [0, 0],
  ];
  const defaults = windows.filter(inside);
  if (!defaults.some(([first, last]) => first === window[0] && last === window[1])) defaults.push(window);
  return defaults;
}

/** A custom factor model with at least one factor, none twice; a copy, so later edits of the spec do not leak in. */
function checkFactorModel(model: CustomFactorModel): CustomFactorModel {
  const names = model.factors;
  if (!Array.isArray(names) || names.length === 0 || names.some((n) => typeof n !== 'string' || n === '')) {
    throw new ConfigError(`model.factors must name at least one factor column, got ${JSON.stringify(names)}`);
  }
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new ConfigError(`model.factors names ${twice} twice`);
  const out: CustomFactorModel = { factors: [...names] };
  if (model.excessReturns !== undefined) out.excessReturns = model.excessReturns;
  return out;
}

/** `value` checked against `allowed` by the spec's own rule (same message as `validateStudySpec`). */
function oneOfNamed<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  oneOf(allowed).check(value, name);
  return value as T;
}

function checkWindow(name: string, window: readonly number[]): [number, number] {
  const [first, last] = window;
  if (window.length !== 2 || !Number.isInteger(first) || !Number.isInteger(last) || first! > last!) {
    throw new ConfigError(
      `${name} must be [first, last] whole relative days with first ≤ last, got [${window.join(', ')}]`,
    );
  }
  return [first!, last!];
}
