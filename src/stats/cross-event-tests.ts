import { ConfigError } from '../errors';
import type { Conventions, TestName, TestSeries, TestValue } from '../types';
import { bmp } from './bmp';
import { bootstrap } from './bootstrap';
import { bw1980 } from './bw1980';
import { cda } from './cda';
import { corradoRank } from './corrado-rank';
import { corradoSign } from './corrado-sign';
import { csect } from './csect';
import { generalizedSign } from './generalized-sign';
import { grank } from './grank';
import { kp } from './kolari-pynnonen';
import { kpPatell } from './kolari-pynnonen-patell';
import { lamb } from './lamb';
import type { EventPanel } from './panel';
import { sharePanelPasses } from './panel-passes';
import { patell } from './patell';
import { rank } from './rank';
import { sign } from './sign';
import { skewAdjusted } from './skew-adjusted';
import type { CrossEventTest } from './test-result';
import { wilcoxon } from './wilcoxon';

/**
 * Every cross-event test, by its name in results ([methods §4](../../docs/methods.md#4-cross-event-statistics)).
 *
 * @example
 * ```ts
 * Object.keys(crossEventTestRegistry).length // 17
 * crossEventTestRegistry.csect(panel) // the same result as csect(panel)
 * ```
 */
export const crossEventTestRegistry: Readonly<Record<TestName, CrossEventTest>> = Object.freeze({
  csect,
  cda,
  patell,
  bmp,
  kp,
  sign,
  generalizedSign,
  rank,
  wilcoxon,
  bw1980,
  lamb,
  kpPatell,
  corradoRank,
  corradoSign,
  grank,
  skewAdjusted,
  bootstrap,
});

/**
 * The tests a study runs unless told otherwise.
 *
 * @example
 * ```ts
 * defaultTestNames.length // 9
 * defaultTestNames.includes('bootstrap') // false
 * ```
 *
 * @category Tests
 */
export const defaultTestNames: readonly TestName[] = Object.freeze([
  'csect',
  'cda',
  'patell',
  'bmp',
  'kp',
  'sign',
  'generalizedSign',
  'rank',
  'wilcoxon',
]);

/**
 * Every test name that {@link crossEventTests} accepts.
 *
 * @example
 * ```ts
 * allTestNames.length // 17
 * allTestNames.includes('bootstrap') // true
 * ```
 *
 * @category Tests
 */
export const allTestNames: readonly TestName[] = Object.freeze(
  Object.keys(crossEventTestRegistry) as TestName[],
);

/**
 * Runs the cross-event significance tests of [methods §4](../../docs/methods.md#4-cross-event-statistics) on a panel: the default set (`csect`,
 * `cda`, `patell`, `bmp`, `kp`, `sign`, `generalizedSign`, `rank`, `wilcoxon`) or the named ones
 * (also `bw1980`, `lamb`, `kpPatell`, `corradoRank`, `corradoSign`, `grank`, `skewAdjusted`,
 * `bootstrap`). A value that cannot be computed is `NaN` with a `note`; nothing throws on data.
 *
 * @param panel - The cross-section of abnormal returns built by the study pipeline.
 * @param conventions - The conventions (e.g. `resolveConventions('estudy2')`); optional fields
 * missing from it take their default.
 * @param names - Which tests to run, by result name; default {@link defaultTestNames}.
 * @returns `daily[name]` (one value per window day) and `cars[w][name]` (aligned with
 * `panel.carWindows`).
 * @throws {ConfigError} On an unknown test name.
 *
 * @example
 * ```ts
 * const { daily, cars } = crossEventTests(panel, resolveConventions('estudy2'), ['patell', 'lamb']);
 * daily.patell.statistic; cars[0].lamb.pValue;
 * ```
 *
 * @category Tests
 */
export function crossEventTests(
  panel: EventPanel,
  conventions: Conventions,
  names: readonly string[] = defaultTestNames,
): { daily: Record<string, TestSeries>; cars: Record<string, TestValue>[] } {
  for (const name of names) {
    if (!Object.hasOwn(crossEventTestRegistry, name)) {
      throw new ConfigError(`unknown test '${name}': expected one of ${allTestNames.join(', ')}`);
    }
  }
  const daily: Record<string, TestSeries> = {};
  const cars: Record<string, TestValue>[] = panel.carWindows.map(() => ({}));
  // Work several tests need (the rank day sums, r̄, …) is computed once for all of them.
  const scoped = sharePanelPasses(panel);
  for (const name of names) {
    const result = crossEventTestRegistry[name as TestName](scoped, conventions);
    daily[name] = result.daily;
    result.cars.forEach((value, w) => {
      cars[w]![name] = value;
    });
  }
  return { daily, cars };
}
