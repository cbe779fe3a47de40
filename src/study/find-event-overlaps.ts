import type { EventOverlap, ExclusionCode, StudySpec } from '../types';
import { overlapPass } from './overlap-pass';
import { resolveSettings } from './settings';
import { createStudyData } from './study-data';
import { validateStudySpec } from './validate-spec';

/**
 * One listing-event of a spec with the overlaps found for it (see {@link findEventOverlaps}).
 *
 * @example
 * ```ts
 * const [first] = findEventOverlaps(spec);
 * first.overlaps.length; // how many other windows meet its windows
 * ```
 *
 * @category Study
 */
export interface EventOverlapListing {
  /** Position of the event in `StudySpec.events`. */
  index: number;
  id: string;
  ticker: string;
  /** The requested date or timestamp. */
  date: string;
  /** Trading date of day 0; absent when the event cannot be placed. */
  day0?: string;
  overlaps: EventOverlap[];
  /** Why the event cannot be placed (then it has no overlaps). */
  code?: ExclusionCode;
  reason?: string;
}

/**
 * Finds the overlapping events of a study without running it ([methods §11](../../docs/methods.md#11-overlapping-and-confounding-events)): every event and
 * confounder is placed on its calendar with the spec's benchmarks, window, estimation window
 * and day-0 rules, and each listing-event gets the same `overlaps` list `eventStudy` would give
 * it. No model is fitted: this is what `eventstudy inspect --events` prints, and a quick check
 * before choosing an overlap policy.
 *
 * @param spec - a study spec (prices, events, confounders, window, estimation, benchmarks)
 * @returns one entry per listing-event, in input order
 * @throws the errors of `validateStudySpec` for a malformed spec, and ConfigError for settings
 *   that cannot run (see `resolveSettings`)
 *
 * @example
 * ```ts
 * const listed = findEventOverlaps({ prices, events, market: '^GSPC', window: [-1, 1] });
 * listed.filter((event) => event.overlaps.some((o) => o.where === 'event-window'));
 * ```
 *
 * @category Study
 */
export function findEventOverlaps(spec: StudySpec): EventOverlapListing[] {
  validateStudySpec(spec);
  const settings = resolveSettings(spec);
  const data = createStudyData(spec.prices, settings.returns);
  const pass = overlapPass(spec.events, spec.confounders ?? [], data, settings);
  return pass.listings.map((listing, k) => {
    const placement = pass.placement(k);
    const entry: EventOverlapListing = {
      index: listing.index,
      id: listing.event.id ?? `${listing.event.ticker} ${listing.event.date}`,
      ticker: listing.ticker,
      date: listing.event.date,
      overlaps: pass.entries(k),
    };
    if (placement.ok) entry.day0 = placement.zero.date;
    else {
      entry.code = placement.code;
      entry.reason = placement.reason;
    }
    return entry;
  });
}
