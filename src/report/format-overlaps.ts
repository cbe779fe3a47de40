import type { EventOverlapListing } from '../study/find-event-overlaps';
import { textTable } from './text-table';

/**
 * Renders the overlaps of `findEventOverlaps` as console text: one row per overlap (the event,
 * the other event or confounder, which of the event's windows it meets, and the dates
 * concerned), then the events that could not be placed, and a count line.
 *
 * @param listings - the output of `findEventOverlaps`
 * @returns plain text with aligned columns
 *
 * @example
 * ```ts
 * console.log(formatOverlaps(findEventOverlaps({ prices, events, market: '^GSPC' })));
 * ```
 *
 * @category Reports
 */
export function formatOverlaps(listings: readonly EventOverlapListing[]): string {
  const rows: string[][] = [];
  for (const listing of listings) {
    for (const overlap of listing.overlaps) {
      const dates = overlap.dates;
      rows.push([
        listing.id,
        listing.ticker,
        listing.day0 ?? '',
        `${overlap.source} ${overlap.index ?? ''}`.trim(),
        overlap.id ?? '',
        overlap.where,
        dates.length === 1 ? dates[0]! : `${dates[0]} to ${dates[dates.length - 1]}`,
        String(dates.length),
      ]);
    }
  }
  const flagged = listings.filter((listing) => listing.overlaps.length > 0).length;
  const unplaced = listings.filter((listing) => listing.code !== undefined);
  const blocks = [
    `${flagged} of ${listings.length} events overlap another event or a confounder of their ticker` +
      ` (${rows.length} overlaps)`,
  ];
  if (rows.length > 0) {
    blocks.push(
      textTable(['event', 'ticker', 'day 0', 'other', 'other id', 'meets', 'dates', 'days'], rows, [
        'left',
        'left',
        'left',
        'left',
        'left',
        'left',
        'left',
        'right',
      ]),
    );
  }
  if (unplaced.length > 0) {
    blocks.push(
      `Not placed (no overlaps checked):\n\n${textTable(
        ['event', 'ticker', 'date', 'code', 'reason'],
        unplaced.map((listing) => [listing.id, listing.ticker, listing.date, listing.code!, listing.reason!]),
        ['left', 'left', 'left', 'left', 'left'],
      )}`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}
