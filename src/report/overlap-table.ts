import type { EventOverlap, StudyResult } from '../types';
import type { ReportTable } from './summary-tables';

/** How many other events a report row names before it says "+N more". */
const NAMED = 3;

/**
 * One line on what a study's overlap policy found and did ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)): the policy, the
 * events flagged, the estimation days removed and the events excluded, and the confounders
 * placed where there were any.
 *
 * @param result - a study result
 * @returns the line, e.g. `'flag: 38 events flagged, 0 estimation days removed, 0 excluded'`
 *
 * @example
 * ```ts
 * overlapLine(eventStudy({ ...spec, overlaps: 'exclude' })); // 'exclude: 4 events flagged, …'
 * ```
 */
export function overlapLine(result: StudyResult): string {
  const { policy, flagged, daysRemoved, excluded, confounders } = result.overlaps;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const line = `${policy}: ${plural(flagged, 'event')} flagged, ${plural(daysRemoved, 'estimation day')} removed, ${excluded} excluded`;
  if (confounders.listings === 0) return line;
  return `${line}; ${confounders.placed} of ${plural(confounders.listings, 'confounder')} placed`;
}

/**
 * The report table of overlapping events: one row per included event with an overlap and per
 * event excluded as `overlapping-event`, with how many other windows meet its estimation and
 * event windows, the estimation days removed, and the others' ids. `undefined` when no event
 * overlaps another.
 *
 * @param result - a study result
 * @returns the table, or `undefined`
 *
 * @example
 * ```ts
 * overlapTable(result)?.rows[0]; // ['A', 'JPM', '2016-01-27', 'included', '7', '0', '77', 'B, C, D (+4)'] (date as requested)
 * ```
 */
export function overlapTable(result: StudyResult): ReportTable | undefined {
  const rows: string[][] = [];
  const cleaned = result.overlaps.policy !== 'flag';
  for (const event of result.events) {
    if (event.overlaps.length === 0) continue;
    rows.push([
      event.id,
      event.ticker,
      event.event.date,
      'included',
      ...counts(event.overlaps),
      cleaned ? String(event.estimation.removed ?? 0) : '',
      others(event.overlaps),
    ]);
  }
  for (const exclusion of result.excluded) {
    if (exclusion.code !== 'overlapping-event' || !exclusion.overlaps) continue;
    rows.push([
      exclusion.event.id ?? `${exclusion.event.ticker} ${exclusion.event.date}`,
      exclusion.ticker,
      exclusion.event.date,
      'excluded',
      ...counts(exclusion.overlaps),
      '',
      others(exclusion.overlaps),
    ]);
  }
  if (rows.length === 0) return undefined;
  return {
    title: `Overlapping events (${overlapLine(result)})`,
    header: ['id', 'ticker', 'date', 'status', 'in estimation', 'in event window', 'days removed', 'others'],
    rows,
    align: ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'left'],
  };
}

function counts(overlaps: readonly EventOverlap[]): [string, string] {
  let estimation = 0;
  for (const overlap of overlaps) if (overlap.where === 'estimation') estimation++;
  return [String(estimation), String(overlaps.length - estimation)];
}

function others(overlaps: readonly EventOverlap[]): string {
  const names = [
    ...new Set(overlaps.map((o) => (o.source === 'confounder' ? `confounder ${o.id}` : String(o.id)))),
  ];
  const more = names.length > NAMED ? ` (+${names.length - NAMED})` : '';
  return names.slice(0, NAMED).join(', ') + more;
}
