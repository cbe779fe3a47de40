import type { EventSpec } from '../types';

/** What {@link studyTickers} reads of a study: the fields that name tickers. */
export interface StudyTickersSpec {
  events: readonly EventSpec[];
  confounders?: readonly EventSpec[];
  market?: string;
  benchmarks?: Record<string, string>;
}

/**
 * Every ticker a study can need prices of: each event's and confounder's `ticker`, `tickers`
 * and `market`, the default `market`, and every benchmark of `benchmarks` (all of them, since
 * which one an event gets can depend on its listing's exchange, known only from its prices).
 * A study given the series of these tickers and no others gives the same result.
 *
 * @param spec - The events, confounders, `market` and `benchmarks` of the study.
 * @returns The tickers, in order of first mention.
 * @example
 * ```ts
 * studyTickers({ events: [{ ticker: '1810.HK', date: '2021-03-26' }], market: '^HSI' }) // ['1810.HK', '^HSI']
 * ```
 */
export function studyTickers(spec: StudyTickersSpec): string[] {
  const out = new Set<string>();
  const add = (ticker: string | undefined): void => {
    if (typeof ticker === 'string') out.add(ticker);
  };
  for (const list of [spec.events, spec.confounders ?? []]) {
    for (const event of list) {
      add(event.ticker);
      if (Array.isArray(event.tickers)) for (const t of event.tickers) add(t);
      add(event.market);
    }
  }
  add(spec.market);
  if (spec.benchmarks !== undefined) for (const t of Object.values(spec.benchmarks)) add(t);
  return [...out];
}
