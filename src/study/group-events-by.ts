import { ConfigError } from '../errors';
import type { EventSpec } from '../types';

/** Event fields {@link groupEventsBy} reads besides the events file's extra columns. */
const FIELDS = ['id', 'ticker', 'date', 'market', 'exchange', 'group'] as const;

/**
 * Sets each event's `group` from one of its fields or events-file columns, for subgroup results
 * ([methods §8](../../docs/methods.md#8-subgroups-and-their-comparison); the command line's `--group-by COLUMN`). An event with an empty value gets no
 * group (it stays in the totals).
 *
 * @param events - The events, e.g. from `parseEvents`.
 * @param column - `id`, `ticker`, `date`, `market`, `exchange`, `group` or an extra column's header.
 * @returns New events (the input is not changed).
 * @throws {ConfigError} When no event has that column, naming the columns there are.
 *
 * @example
 * ```ts
 * groupEventsBy(parseEvents('ticker,date,sector\nJPM,2016-11-09,Financials\n'), 'sector')[0].group // 'Financials'
 * ```
 *
 * @category Study
 */
export function groupEventsBy(events: readonly EventSpec[], column: string): EventSpec[] {
  const isField = (FIELDS as readonly string[]).includes(column);
  if (!isField && !events.some((event) => Object.hasOwn(event.extra ?? {}, column))) {
    const columns = [...new Set(events.flatMap((event) => Object.keys(event.extra ?? {})))];
    throw new ConfigError(
      `no events-file column '${column}' to group by: expected ${FIELDS.join(', ')}${columns.length > 0 ? ` or one of ${columns.join(', ')}` : ''}`,
    );
  }
  return events.map((event) => {
    const raw = isField ? event[column as (typeof FIELDS)[number]] : event.extra?.[column];
    const value = raw?.trim();
    const { group: _group, ...rest } = event;
    return value ? { ...rest, group: value } : rest;
  });
}
