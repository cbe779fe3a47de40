import type { EventSpec } from '../types';

/**
 * One listing of one input event.
 *
 * @category Study
 */
export interface ListingEvent {
  /** Position of the source event in `StudySpec.events`. */
  index: number;
  event: EventSpec;
  ticker: string;
}

/**
 * Expands stories into listing-events: an event naming `tickers` is studied once per listing
 * (its `ticker` first, duplicates dropped), each keeping the source event's index and id, so
 * one news item on several exchanges enters the cross-section as the clustered observations it
 * is. Events with a single ticker pass through unchanged.
 *
 * @param events - the study's events
 * @returns one entry per listing, in input order
 *
 * @example
 * ```ts
 * expandEvents([{ id: 'ev', ticker: '2333.HK', tickers: ['601633.SS'], date: '2021-03-26' }]);
 * // [{ index: 0, ticker: '2333.HK', … }, { index: 0, ticker: '601633.SS', … }]
 * ```
 *
 * @category Study
 */
export function expandEvents(events: readonly EventSpec[]): ListingEvent[] {
  const listings: ListingEvent[] = [];
  events.forEach((event, index) => {
    const tickers = event.tickers ? [...new Set([event.ticker, ...event.tickers])] : [event.ticker];
    for (const ticker of tickers) listings.push({ index, event, ticker });
  });
  return listings;
}
