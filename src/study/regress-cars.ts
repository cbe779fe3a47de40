import { ConfigError } from '../errors';
import { withRegressionDisplay } from '../report/notebook-display';
import { linearRegression, type RegressionDesign } from '../stats/linear-regression';
import type { CarRegression, EventResult, RegressCarsOptions, StandardErrors, StudyResult } from '../types';

/** Regressors read from each event's fitted model. */
const MODEL_FIELDS = ['beta', 'sigma', 'r2', 'alpha'] as const;
/** Event fields a regression can cluster on (besides the events file's extra columns). */
const CLUSTER_FIELDS = ['ticker', 'day0', 'group', 'id', 'market'] as const;
const SE_TYPES: readonly StandardErrors[] = ['classical', 'hc0', 'hc1', 'hc2', 'hc3', 'cluster'];
/** Cells read as a missing value in a numeric events-file column. */
const MISSING = new Set(['', 'na', 'nan', 'null', '.', 'n/a']);

/**
 * Regresses the events' CARs (or SCARs, BHARs) of one CAR window on firm characteristics, the
 * second stage of an event study ([methods §9](../../docs/methods.md#9-cross-sectional-regression-of-cars)): OLS, or WLS with `w_i = 1/Var(CAR_i)`, with
 * classical, HC0–HC3 (White 1980; MacKinnon & White 1985), one- or two-way clustered
 * (Cameron, Gelbach & Miller 2011; Stata's small-sample factor and G − 1 df) standard errors.
 *
 * Regressors come from the events file's extra columns (numbers; a text column becomes L − 1
 * 0/1 dummies against its first level in event order, named `column=level`), from `group`, or
 * from each event's fitted model (`beta`, `sigma`, `r2`, `alpha`; these four names always mean
 * the model's values). Var(CAR_i) for the weights is `(CAR_i/SCAR_i)²`, the full CAR variance of
 * [methods §3](../../docs/methods.md#3-expected-return-models). Events missing a value (a regressor, a cluster, a weight, or the CAR itself)
 * are left out and counted in `note`. Without `se`, the default is `hc1` (Stata's `robust`), or
 * `cluster` when `cluster` is given.
 *
 * @param result - A study result.
 * @param options - The window, regressors, dependent variable, standard errors, clusters, weights.
 * @returns The fitted regression.
 * @throws {ConfigError} For a window the study has not computed, an unknown or unavailable
 *   regressor or cluster field, a constant or collinear regressor (named), a cluster field with
 *   one level, `se: 'cluster'` without `cluster` (or `cluster` with another `se`), or too few
 *   events for the coefficients.
 *
 * @example
 * ```ts
 * const regression = regressCars(result, { window: [0, 1], regressors: ['sector', 'beta'], se: 'hc3' });
 * console.log(formatRegression(regression));
 * ```
 *
 * @category Study
 */
export function regressCars(result: StudyResult, options: RegressCarsOptions): CarRegression {
  const w = windowIndex(result, options.window);
  const dependent = options.dependent ?? 'car';
  if (!['car', 'scar', 'bhar'].includes(dependent))
    throw new ConfigError(`dependent must be car, scar or bhar; got '${String(dependent)}'`);
  const weights = options.weights ?? 'none';
  if (weights !== 'none' && weights !== 'inverse-variance')
    throw new ConfigError(`weights must be 'none' or 'inverse-variance'; got '${String(weights)}'`);
  const clusterBy =
    options.cluster === undefined
      ? []
      : typeof options.cluster === 'string'
        ? [options.cluster]
        : [...options.cluster];
  const se = checkStandardErrors(options.se, clusterBy);
  if (!Array.isArray(options.regressors) || options.regressors.length === 0)
    throw new ConfigError(
      'regressors must name at least one events-file column, group, beta, sigma, r2 or alpha',
    );
  if (new Set(options.regressors).size !== options.regressors.length)
    throw new ConfigError('a regressor is named twice');

  const events = result.events;
  const y = events.map((event) => event.cars[w]![dependent]);
  const cells = options.regressors.map((name) => regressorCells(events, name, result.settings.model));
  const clusterCells = clusterBy.map((name) => clusterValues(events, name));
  const weight = events.map((event) => {
    const { car, scar } = event.cars[w]!;
    const value = (scar / car) ** 2;
    return Number.isFinite(value) && value > 0 ? value : Number.NaN;
  });

  // Which events have every value, and why the others do not.
  const dropped = new Map<string, number>();
  const drop = (why: string) => dropped.set(why, (dropped.get(why) ?? 0) + 1);
  const keep: number[] = [];
  const missingValue = (i: number): string | undefined => {
    if (!Number.isFinite(y[i]!)) return `no ${dependent.toUpperCase()}`;
    const regressor = options.regressors.find((_name, r) => missingCell(cells[r]!, i));
    if (regressor !== undefined) return `missing ${regressor}`;
    const cluster = clusterBy.find((_name, c) => clusterCells[c]![i] === undefined);
    if (cluster !== undefined) return `missing ${cluster}`;
    if (weights === 'inverse-variance' && Number.isNaN(weight[i]!)) return 'no CAR variance for the weight';
    return undefined;
  };
  for (let i = 0; i < events.length; i++) {
    const why = missingValue(i);
    if (why === undefined) keep.push(i);
    else drop(why);
  }
  const notes: string[] = [];
  if (dropped.size > 0) {
    const total = [...dropped.values()].reduce((a, b) => a + b, 0);
    notes.push(
      `${total} of ${events.length} events left out (${[...dropped].map(([why, count]) => `${why}: ${count}`).join('; ')})`,
    );
  }

  const design = buildDesign(keep, y, cells, options.regressors);
  if (weights === 'inverse-variance') design.weights = Float64Array.from(keep, (i) => weight[i]!);
  const clusters = clusterBy.map((name, c) => clusterCodes(keep, clusterCells[c]!, name));
  if (clusters.length > 0) design.clusters = clusters;
  const n = keep.length;
  const k = design.columns.length;
  if (n <= k) {
    throw new ConfigError(
      `${k} coefficients need more than ${k} events with every value; ${n} of ${events.length} events have them${notes.length > 0 ? ` (${notes[0]})` : ''}`,
    );
  }
  const solved = linearRegression(design, se);
  if ('collinear' in solved) throw collinearError(design, solved.collinear);
  const { fit } = solved;
  const out: CarRegression = {
    n: fit.n,
    k: fit.k,
    df: fit.df,
    se,
    ...(clusters.length > 0 ? { clusters: clusters.map((c) => c.clusters), clusterBy } : {}),
    coefficients: fit.coefficients,
    r2: fit.r2,
    adjR2: fit.adjR2,
    f: fit.f,
    fPValue: fit.fPValue,
    fDf: fit.fDf,
    window: result.cars[w]!.window,
    dependent,
    weights,
  };
  const bases = Object.fromEntries(
    cells.flatMap((cell, r) => (cell.levels ? [[options.regressors[r]!, cell.base!]] : [])),
  );
  if (Object.keys(bases).length > 0) out.baseLevels = bases;
  notes.push(...fit.notes);
  if (notes.length > 0) out.note = notes.join('; ');
  // Plain data, plus a non-enumerable notebook display that JSON and deep equality do not see.
  return withRegressionDisplay(out);
}

function windowIndex(result: StudyResult, window: [number, number]): number {
  const w = Array.isArray(window)
    ? result.cars.findIndex((car) => car.window[0] === window[0] && car.window[1] === window[1])
    : -1;
  if (w < 0) {
    throw new ConfigError(
      `the study has no CAR window [${String(window)}]; its CAR windows are ${result.cars.map((car) => `[${car.window.join(', ')}]`).join(', ')}`,
    );
  }
  return w;
}

function checkStandardErrors(se: StandardErrors | undefined, clusterBy: string[]): StandardErrors {
  if (se !== undefined && !SE_TYPES.includes(se))
    throw new ConfigError(`se must be one of ${SE_TYPES.join(', ')}; got '${String(se)}'`);
  if (clusterBy.length > 2) throw new ConfigError('cluster takes one field or two (two-way clustering)');
  if (clusterBy.length === 2 && clusterBy[0] === clusterBy[1])
    throw new ConfigError(`two-way clustering needs two different fields; got '${clusterBy[0]}' twice`);
  const resolved = se ?? (clusterBy.length > 0 ? 'cluster' : 'hc1');
  if (resolved === 'cluster' && clusterBy.length === 0)
    throw new ConfigError("se 'cluster' needs cluster: a field such as 'ticker' or 'day0', or two of them");
  if (resolved !== 'cluster' && clusterBy.length > 0)
    throw new ConfigError(`cluster is given but se is '${resolved}': use se 'cluster' (or leave se out)`);
  return resolved;
}

/**
 * One regressor's value per event: numbers (`NaN` where missing), or text (`undefined` where
 * missing) whose levels become dummies.
 */
interface RegressorCells {
  numbers?: Float64Array;
  text?: (string | undefined)[];
  levels?: string[];
  base?: string;
}

/** Whether event i has no value of this regressor. */
function missingCell(cell: RegressorCells, i: number): boolean {
  return cell.numbers ? Number.isNaN(cell.numbers[i]!) : cell.text![i] === undefined;
}

function regressorCells(events: readonly EventResult[], name: string, model: string): RegressorCells {
  const n = events.length;
  if ((MODEL_FIELDS as readonly string[]).includes(name)) {
    const field = name as (typeof MODEL_FIELDS)[number];
    const numbers = new Float64Array(n);
    let present = 0;
    for (let i = 0; i < n; i++) {
      const value = events[i]!.model[field];
      numbers[i] = value !== undefined && Number.isFinite(value) ? value : Number.NaN;
      if (!Number.isNaN(numbers[i]!)) present++;
    }
    if (n > 0 && present === 0)
      throw new ConfigError(`regressor '${name}' is not available: the ${model} model does not estimate it`);
    return { numbers };
  }
  const raw = events.map((event) => (name === 'group' ? event.event.group : event.event.extra?.[name]));
  if (
    !events.some((event) =>
      name === 'group' ? event.event.group !== undefined : Object.hasOwn(event.event.extra ?? {}, name),
    )
  ) {
    const columns = [...new Set(events.flatMap((event) => Object.keys(event.event.extra ?? {})))];
    throw new ConfigError(
      `unknown regressor '${name}': expected an events-file column${columns.length > 0 ? ` (${columns.join(', ')})` : ' (the events file has no extra column)'}, group, or the model's ${MODEL_FIELDS.join(', ')}`,
    );
  }
  // Numbers where every present cell is one (Number() trims white space; '' is missing).
  const numbers = new Float64Array(n);
  let numeric = true;
  for (let i = 0; i < n; i++) {
    const cell = raw[i];
    const value = cell === undefined || cell === '' ? Number.NaN : Number(cell);
    if (Number.isFinite(value)) numbers[i] = value;
    else if (cell === undefined || MISSING.has(cell.trim().toLowerCase())) numbers[i] = Number.NaN;
    else numeric = false;
  }
  if (numeric) return { numbers };
  const text = raw.map((cell) =>
    cell === undefined || MISSING.has(cell.trim().toLowerCase()) ? undefined : cell.trim(),
  );
  return { text, levels: [] };
}

function clusterValues(events: readonly EventResult[], name: string): (string | undefined)[] {
  const known = (CLUSTER_FIELDS as readonly string[]).includes(name);
  if (!known && !events.some((event) => Object.hasOwn(event.event.extra ?? {}, name))) {
    const columns = [...new Set(events.flatMap((event) => Object.keys(event.event.extra ?? {})))];
    throw new ConfigError(
      `unknown cluster field '${name}': expected ${CLUSTER_FIELDS.join(', ')}${columns.length > 0 ? ` or an events-file column (${columns.join(', ')})` : ''}`,
    );
  }
  return events.map((event) => {
    const value =
      name === 'ticker'
        ? event.ticker
        : name === 'day0'
          ? event.day0
          : name === 'group'
            ? event.event.group
            : name === 'id'
              ? event.id
              : name === 'market'
                ? event.market
                : event.event.extra?.[name];
    return value === undefined || value.trim() === '' ? undefined : value;
  });
}

function clusterCodes(keep: readonly number[], values: readonly (string | undefined)[], name: string) {
  const levels = new Map<string, number>();
  const codes = Int32Array.from(keep, (i) => {
    const value = values[i]!;
    let code = levels.get(value);
    if (code === undefined) {
      code = levels.size;
      levels.set(value, code);
    }
    return code;
  });
  if (levels.size < 2) {
    const only = [...levels.keys()][0];
    const hint =
      name === 'day0'
        ? ': every event is on one date, so clustering by date is meaningless; the kp test (Kolari & Pynnönen 2010) adjusts for the cross-correlation of a same-date sample instead'
        : '';
    throw new ConfigError(
      `cluster '${name}' has one level ('${only ?? ''}') among the ${keep.length} events: clustered standard errors need at least two clusters${hint}`,
    );
  }
  return { codes, clusters: levels.size };
}

function buildDesign(
  keep: readonly number[],
  y: readonly number[],
  cells: RegressorCells[],
  regressors: readonly string[],
): RegressionDesign & { sources: string[] } {
  const n = keep.length;
  const columns = [new Float64Array(n).fill(1)];
  const names = ['(intercept)'];
  const sources = [''];
  cells.forEach((cell, r) => {
    const name = regressors[r]!;
    if (!cell.levels) {
      const numbers = cell.numbers!;
      const column = new Float64Array(n);
      for (let r = 0; r < n; r++) column[r] = numbers[keep[r]!]!;
      columns.push(column);
      names.push(name);
      sources.push(name);
      return;
    }
    const text = cell.text!;
    const levels = [...new Set(keep.map((i) => text[i]!))];
    cell.levels = levels;
    cell.base = levels[0]!;
    if (levels.length < 2) {
      throw new ConfigError(
        `regressor '${name}' is constant: every one of the ${n} events has '${levels[0] ?? ''}', so it has no dummy to add`,
      );
    }
    for (const level of levels.slice(1)) {
      columns.push(Float64Array.from(keep, (i) => (text[i] === level ? 1 : 0)));
      names.push(`${name}=${level}`);
      sources.push(name);
    }
  });
  return { y: Float64Array.from(keep, (i) => y[i]!), columns, names, sources };
}

function collinearError(design: RegressionDesign & { sources: string[] }, j: number): ConfigError {
  const column = design.columns[j]!;
  const name = design.names[j]!;
  const constant = column.every((value) => value === column[0]);
  if (constant)
    return new ConfigError(
      `regressor '${name}' is constant (${column[0]} for every event): it duplicates the intercept`,
    );
  return new ConfigError(
    `regressor '${name}' is collinear with ${j > 1 ? `the intercept and ${design.names.slice(1, j).join(', ')}` : 'the intercept'}: X'X is singular; drop it or one of those`,
  );
}
