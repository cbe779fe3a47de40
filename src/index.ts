/**
 * `eventstudy`: event studies on daily prices, browser-safe core (DESIGN.md §3).
 * @packageDocumentation
 */
export * from './types';
export * from './errors';
export type { EventPanel } from './stats/panel';
export { eventStudy } from './study/event-study';
export { resolveSettings } from './study/settings';
export { parsePrices } from './io/parse-prices';
export { parseEvents } from './io/parse-events';
export { parseFactors } from './io/parse-factors';
export { joinFactors } from './io/join-factors';
export { suggestTickers } from './io/suggest-tickers';
export { dayZero } from './calendar/day-zero';
export { exchangeForTicker } from './calendar/exchange-for-ticker';
export { EXCHANGES } from './calendar/exchanges';
export type { Exchange } from './calendar/exchanges';
export { crossEventTests } from './stats/cross-event-tests';
export { defaultConventions, estudy2Conventions, resolveConventions } from './stats/conventions';
export { pValueNormal, pValueT } from './stats/p-value';
export { alignedReturns } from './returns/align-returns';
export { buyAndHoldAbnormalReturn } from './models/bhar';
export { textTable } from './report/text-table';
export { formatPercent, formatPValue, formatStatistic, significanceStars } from './report/format-number';
