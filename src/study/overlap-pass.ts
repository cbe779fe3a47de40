import type { ConfounderMiss, EventOverlap, EventSpec, ExclusionCode } from '../types';
import { expandEvents, type ListingEvent } from './expand-events';
import { findOverlaps, type OverlapHits, type OverlapWindow } from './find-overlaps';
import {
  type DateRanges,
  dateRanges,
  estimationRemovals,
  meetsEventWindow,
  type OverlapName,
  overlapEntries,
} from './overlap-entries';
import { type Placement, placeEvent } from './place-event';
import type { Settings } from './settings';
import type { EventCalendar, StudyData } from './study-data';
import type { PreparedEvent } from './study-event';

/**
 * The pass a study makes before its per-event work ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)): every listing-event and
 * every confounder placed on its calendar once, the overlaps of each found by `findOverlaps`,
 * and what the overlap policy asks of each event.
 *
 * Readings of [methods §11](../../docs/methods.md#11-overlapping-and-confounding-events) (also in the README): every event that can be placed counts as
 * "another event", whatever becomes of it later (an event excluded for a gap was still news);
 * events and confounders that cannot be placed are checked against nothing; windows running off
 * the calendar are clipped to it; "an event whose window holds a confounder" means, as for two
 * events, that the confounder's event window meets the event's.
 *
 * @example
 * ```ts
 * const pass = overlapPass(events, confounders, data, settings);
 * pass.entries(0); // the overlaps of the first listing-event
 * ```
 */
export interface OverlapPass {
  listings: ListingEvent[];
  hits: OverlapHits;
  /** Where listing-event k sits on its calendar, or why it cannot be placed. */
  placement(k: number): Placement;
  /** The placement and overlap treatment of listing-event k, for `studyEvent`. */
  prepared(k: number): PreparedEvent;
  /** The `overlaps` entries of listing-event k. */
  entries(k: number): EventOverlap[];
  /** The confounders' listings, how many were placed, and why the others were not. */
  confounders: { listings: number; placed: number; unplaced: ConfounderMiss[] };
}

/**
 * Places the study's events and confounders and finds their overlaps.
 *
 * @param events - the study's events (`StudySpec.events`)
 * @param confounders - other news checked against them (`StudySpec.confounders`)
 * @param data - the study's memoised data
 * @param settings - the resolved settings (windows, benchmarks, day-0 rule, overlap policy)
 * @returns the listings, their overlaps and their per-event treatment
 *
 * @example
 * ```ts
 * const pass = overlapPass(spec.events, spec.confounders ?? [], data, settings);
 * pass.listings.forEach((listing, k) => studyEvent(listing, context, pass.prepared(k)));
 * ```
 */
export function overlapPass(
  events: readonly EventSpec[],
  confounders: readonly EventSpec[],
  data: StudyData,
  settings: Settings,
): OverlapPass {
  const listings = expandEvents(events);
  const placements = listings.map((listing) => placeEvent(listing, data, settings));
  const confounderListings = expandEvents(confounders);
  const confounderPlacements = confounderListings.map((listing) => placeEvent(listing, data, settings));
  const hits = findOverlaps(
    placements.map((placement, k) => windowOf(placement, listings[k]!.ticker, settings, true)),
    confounderPlacements.map((placement, c) =>
      windowOf(placement, confounderListings[c]!.ticker, settings, false),
    ),
  );
  const names = listings.map(nameOf);
  const confounderNames = confounderListings.map(nameOf);
  const unplaced: ConfounderMiss[] = [];
  confounderPlacements.forEach((placement, c) => {
    if (placement.ok) return;
    const { index, ticker, event } = confounderListings[c]!;
    unplaced.push({
      index,
      ticker,
      date: event.date,
      code: placement.code as ExclusionCode,
      reason: placement.reason,
    });
  });
  const ranges = new Map<EventCalendar, DateRanges>();
  const entries = (k: number): EventOverlap[] => {
    const placement = placements[k]!;
    if (!placement.ok) return [];
    let range = ranges.get(placement.calendar);
    if (!range) {
      range = dateRanges(placement.calendar.dates);
      ranges.set(placement.calendar, range);
    }
    return overlapEntries(hits, k, range, names, confounderNames);
  };
  return {
    listings,
    hits,
    placement: (k) => placements[k]!,
    prepared(k) {
      const placement = placements[k]!;
      const prepared: PreparedEvent = { placement };
      if (settings.overlaps === 'flag' || !placement.ok) return prepared;
      const removals = estimationRemovals(hits, k);
      if (removals) prepared.removeFromEstimation = removals;
      if (settings.overlaps === 'exclude' && meetsEventWindow(hits, k)) {
        prepared.conflict = conflictReason(entries(k));
      }
      return prepared;
    },
    entries,
    confounders: {
      listings: confounderListings.length,
      placed: confounderListings.length - unplaced.length,
      unplaced,
    },
  };
}

/** The windows of a placed event (studied events also carry their estimation window). */
function windowOf(
  placement: Placement,
  ticker: string,
  settings: Settings,
  studied: boolean,
): OverlapWindow | undefined {
  if (!placement.ok) return undefined;
  const { calendar, zero } = placement;
  const lastDay = calendar.dates.length - 1;
  const window: OverlapWindow = {
    ticker,
    calendar,
    // a window running off the data still covers the days it has: clip it to the calendar
    first: Math.max(0, zero.index + settings.window[0]),
    last: Math.min(lastDay, zero.index + settings.window[1]),
  };
  if (studied) {
    const { end, length } = settings.estimation;
    window.estimationFirst = Math.max(0, zero.index + end - length + 1);
    window.estimationLast = Math.min(lastDay, zero.index + end);
  }
  return window;
}

function nameOf(listing: ListingEvent): OverlapName {
  return { index: listing.index, id: listing.event.id ?? `${listing.event.ticker} ${listing.event.date}` };
}

/** At most this many overlaps are spelled out in an exclusion reason (all are on `overlaps`). */
const LISTED = 4;

function conflictReason(overlaps: readonly EventOverlap[]): string {
  const inWindow = overlaps.filter((overlap) => overlap.where === 'event-window');
  const listed = inWindow.slice(0, LISTED).map((overlap) => {
    const days = overlap.dates;
    const span = days.length === 1 ? days[0] : `${days[0]} to ${days[days.length - 1]}`;
    return `${overlap.source} ${overlap.index} '${overlap.id}' (${span})`;
  });
  const more = inWindow.length > LISTED ? ` and ${inWindow.length - LISTED} more` : '';
  return `overlaps 'exclude': its event window meets the event window of ${listed.join(', ')}${more}`;
}
