import { anova } from '../stats/anova';
import { kruskalWallis } from '../stats/kruskal-wallis';
import { mannWhitney } from '../stats/mann-whitney';
import type { EventPanel } from '../stats/panel';
import { selectEvents } from '../stats/select-events';
import { welch } from '../stats/welch';
import type { Conventions, EventResult, EventSpec, GroupComparison, GroupResult, TestValue } from '../types';
import { crossSection } from './cross-section';

/**
 * The subgroups of a study and their comparison ([methods §8](../../docs/methods.md#8-subgroups-and-their-comparison)). Each `EventSpec.group` value
 * forms a group, in order of first appearance among the study's events (a group whose events
 * were all excluded is listed with n = 0); events without a group belong to none. A group's
 * cross-section is computed by the same tests as the study's, on the panel of its events alone
 * (its own N, its own r̄), so it equals a separate study of those events. Per CAR window, the
 * groups with at least one included event are compared on their CARs: `welch` and
 * `mannWhitney` for two, `anova` and `kruskalWallis` for three or more.
 *
 * @param specs - The study's input events (for the order of first appearance).
 * @param events - The included events, in panel order.
 * @param panel - The study's panel.
 * @param conventions - The study's conventions.
 * @param names - The tests to run on each group.
 * @returns `groups` and `groupComparison`, each absent when it does not apply.
 *
 * @example
 * ```ts
 * const { groups } = studyGroups(spec.events, result.events, panel, conventions, defaultTestNames);
 * groups?.map((g) => `${g.group}: ${g.n}`);
 * ```
 */
export function studyGroups(
  specs: readonly EventSpec[],
  events: readonly EventResult[],
  panel: EventPanel,
  conventions: Conventions,
  names: readonly string[],
): { groups?: GroupResult[]; groupComparison?: GroupComparison[] } {
  const rowsByGroup = new Map<string, number[]>();
  for (const spec of specs)
    if (spec.group !== undefined && !rowsByGroup.has(spec.group)) rowsByGroup.set(spec.group, []);
  if (rowsByGroup.size === 0) return {};
  events.forEach((event, row) => {
    if (event.event.group !== undefined) rowsByGroup.get(event.event.group)?.push(row);
  });
  const groups: GroupResult[] = [];
  for (const [group, rows] of rowsByGroup) {
    const { aar, caar, tests, cars } = crossSection(selectEvents(panel, rows), conventions, names);
    groups.push({ group, n: rows.length, aar, caar, tests, cars });
  }
  const compared = [...rowsByGroup].filter(([, rows]) => rows.length > 0);
  if (compared.length < 2) return { groups };
  const groupComparison = panel.carWindows.map(({ window }, w): GroupComparison => {
    const samples = compared.map(([, rows]) => rows.map((row) => panel.car[w * panel.events + row]!));
    const tests: GroupComparison['tests'] =
      samples.length === 2
        ? {
            welch: withoutDf(welch(samples[0]!, samples[1]!)),
            mannWhitney: mannWhitney(samples[0]!, samples[1]!),
          }
        : { anova: withoutDf(anova(samples)), kruskalWallis: withoutDf(kruskalWallis(samples)) };
    return { window, groups: compared.map(([group]) => group), tests };
  });
  return { groups, groupComparison };
}

/** The TestValue part of a comparison (its df is a detail of the reference distribution). */
function withoutDf(value: TestValue & { df: unknown }): TestValue {
  const { df: _df, ...rest } = value;
  return rest;
}
