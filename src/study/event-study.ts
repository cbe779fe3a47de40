import { ConfigError } from '../errors';
import { withStudyDisplay } from '../report/notebook-display';
import { resolveConventions } from '../stats/conventions';
import { allTestNames, defaultTestNames } from '../stats/cross-event-tests';
import type { Exclusion, FactorTable, StudyResult, StudySpec } from '../types';
import { buildPanel } from './build-panel';
import { crossSection } from './cross-section';
import { isFactorTable } from './factor-table-for';
import { studyGroups } from './group-results';
import { requiredFactors } from './model-design';
import { overlapPass } from './overlap-pass';
import { resolveSettings } from './settings';
import { createStudyData } from './study-data';
import { type EventRow, studyEvent } from './study-event';
import { throttleProgress } from './throttle-progress';
import { validateStudySpec } from './validate-spec';

/**
 * Runs an event study: for every event, day 0 on its calendar, the model fitted
 * on the estimation window, AR, SAR, CAR, SCAR and BHAR with per-event tests; across the
 * included events, AAR, CAAR, ABHAR and the significance tests of [methods §4](../../docs/methods.md#4-cross-event-statistics), daily and for
 * every CAR window, with a summary of each window's CARs; per `EventSpec.group`, the same
 * cross-section on the group's events alone, and the groups' CARs compared ([methods §8](../../docs/methods.md#8-subgroups-and-their-comparison)).
 * Before the per-event work, every event and confounder is placed once and the overlaps of
 * same-ticker windows are found ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)); `spec.overlaps` says whether they are only
 * listed, cleaned from the estimation windows, or excluded. Events that cannot be studied are
 * listed in `excluded` with a code and a
 * reason; `events.length + excluded.length` always equals the number of listing-events (input
 * events, each counted once per ticker of a story).
 *
 * @param spec - prices, events and settings
 * @returns plain data: per-event results, exclusions, cross-event statistics and the
 *   conventions used
 * @throws ConfigError for a field of the wrong type or an unknown key (with the field's path, see
 *   `validateStudySpec`), settings that cannot run (see `resolveSettings`), an event window longer
 *   than every calendar, duplicate tickers, or a factor model without the factor columns it needs
 *
 * @example
 * ```ts
 * const result = eventStudy({
 *   prices: parsePrices(hsiCsv).concat(parsePrices(xiaomiCsv)),
 *   events: [{ ticker: '1810.HK', date: '2021-03-26' }],
 *   market: '^HSI',
 * });
 * console.log(result.events[0].ar, result.tests.patell);
 * ```
 *
 * @category Study
 */
export function eventStudy(spec: StudySpec): StudyResult {
  // Plain JavaScript and JSON callers reach here too: one check of every field's type first,
  // so nothing below meets a value of the wrong type (issue 20).
  validateStudySpec(spec);
  const settings = resolveSettings(spec);
  const conventions = resolveConventions(spec.conventions);
  checkInputs(spec, settings);
  const data = createStudyData(spec.prices, settings.returns, spec.factors);
  const context = { data, settings, conventions, factors: spec.factors };

  const rows: EventRow[] = [];
  const excluded: Exclusion[] = [];
  // One pass before the per-event work: every event and confounder placed, overlaps found.
  const pass = overlapPass(spec.events, spec.confounders ?? [], data, settings);
  const { listings } = pass;
  const total = listings.length;
  // A few calls a second at most, and always the last one (done === total).
  const progress = throttleProgress(spec.onProgress);
  let flagged = 0;
  let daysRemoved = 0;
  let overlapExcluded = 0;
  // Which listing-event each included event is: its overlap entries are written at the end
  const listingOf = new Int32Array(total);
  listings.forEach((listing, done) => {
    const outcome = studyEvent(listing, context, pass.prepared(done));
    if (outcome.included) {
      listingOf[rows.length] = done;
      if (pass.hits.offset[done + 1]! > pass.hits.offset[done]!) flagged++;
      daysRemoved += outcome.row.result.estimation.removed ?? 0;
      rows.push(outcome.row);
    } else {
      if (outcome.exclusion.code === 'overlapping-event') {
        outcome.exclusion.overlaps = pass.entries(done);
        flagged++;
        overlapExcluded++;
      }
      excluded.push(outcome.exclusion);
    }
    progress(done + 1, total);
  });

  const panel = buildPanel(rows, settings);
  // From here on only the results are needed: dropping the rows frees every event's fitted
  // model before the tests run (less for the garbage collector to trace while they allocate).
  const events = rows.map((row) => row.result);
  rows.length = 0;
  const names = spec.tests === 'all' ? allTestNames : (spec.tests ?? defaultTestNames);
  const { aar, caar, n: counts, tests, cars } = crossSection(panel, conventions, names);
  const { groups, groupComparison } = studyGroups(spec.events, events, panel, conventions, names);
  // Last, so that the garbage collector does not trace millions of overlap entries (a busy panel)
  // while the cross-event tests allocate.
  events.forEach((event, i) => {
    event.overlaps = pass.entries(listingOf[i]!);
  });
  const { carWindows: _carWindows, ...publicSettings } = settings;
  // Plain data, plus a non-enumerable notebook display that JSON and deep equality do not see.
  return withStudyDisplay({
    days: panel.days,
    events,
    excluded,
    aar,
    caar,
    n: counts,
    tests,
    cars,
    ...(groups ? { groups } : {}),
    ...(groupComparison ? { groupComparison } : {}),
    conventions,
    settings: publicSettings,
    overlaps: {
      policy: settings.overlaps,
      flagged,
      daysRemoved,
      excluded: overlapExcluded,
      confounders: pass.confounders,
    },
  });
}

function checkInputs(spec: StudySpec, settings: StudyResult['settings']): void {
  const seen = new Set<string>();
  let longest = 0;
  for (const series of spec.prices) {
    if (seen.has(series.ticker))
      throw new ConfigError(`ticker '${series.ticker}' appears in more than one price series`);
    seen.add(series.ticker);
    longest = Math.max(longest, series.dates.length);
  }
  // A window wider than every calendar can place no event; refusing it here keeps the cost of a
  // study bounded by the data, not by a number typed by mistake (`[-5, 1e9]`).
  const [first, last] = settings.window;
  if (spec.prices.length > 0 && last - first + 1 > longest) {
    throw new ConfigError(
      `the event window [${first}, ${last}] spans ${last - first + 1} trading days, more than any calendar holds (the longest series has ${longest} dates)`,
      { path: 'window' },
    );
  }
  const model = settings.model;
  const label = model === 'factors' ? 'factor' : `${model}`;
  const custom = settings.factorModel;
  if (requiredFactors(model, custom, undefined).length === 0 && (model !== 'factors' || !custom)) return;
  if (!spec.factors)
    throw new ConfigError(`the ${label} model needs factors: pass StudySpec.factors (see parseFactors)`, {
      path: 'factors',
    });
  // one table, or one per exchange: each must hold the model's columns
  const tables: [string, FactorTable][] = isFactorTable(spec.factors)
    ? [['', spec.factors]]
    : Object.entries(spec.factors).map(([key, table]) => [`['${key}']`, table]);
  for (const [key, table] of tables) {
    const needed = requiredFactors(model, custom, table);
    const missing = needed.filter((name) => !Object.hasOwn(table.factors, name));
    if (missing.length > 0) {
      throw new ConfigError(
        `the ${label} model needs factor columns ${missing.join(', ')}; the factor table${key === '' ? '' : ` factors${key}`} has ${Object.keys(table.factors).join(', ')}`,
        { path: `factors${key}` },
      );
    }
  }
}
