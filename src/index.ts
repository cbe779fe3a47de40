/**
 * `eventstudy`: event studies on daily prices, browser-safe core (DESIGN.md §3).
 * @packageDocumentation
 */

export { dayZero } from './calendar/day-zero';
export { exchangeForTicker } from './calendar/exchange-for-ticker';
export type { Exchange } from './calendar/exchanges';
export { EXCHANGES } from './calendar/exchanges';
export * from './errors';
export { joinFactors } from './io/join-factors';
export { parseEvents } from './io/parse-events';
export { parseFactors } from './io/parse-factors';
export { parsePrices } from './io/parse-prices';
export { suggestTickers } from './io/suggest-tickers';
export { buyAndHoldAbnormalReturn } from './models/bhar';
export { type CaarBand, caarBand } from './report/caar-band';
export { formatInspection } from './report/format-inspection';
export { formatPercent, formatPValue, formatStatistic, significanceStars } from './report/format-number';
export { formatTable } from './report/format-table';
export {
  type InspectOptions,
  inspectPrices,
  type PriceGap,
  type PriceInspection,
  type PriceJump,
} from './report/inspect-prices';
export { neutraliseFormula } from './report/neutralise-formula';
export { niceTicks } from './report/nice-ticks';
export { LEGEND, type ReportTable, reportLegend, summaryTables } from './report/summary-tables';
export {
  type ChartBand,
  type ChartBars,
  type ChartLine,
  type LineChartSpec,
  lineChartSvg,
} from './report/svg-line-chart';
export { describeTest, TEST_GLOSSARY } from './report/test-glossary';
export { type Align, textTable } from './report/text-table';
export { type CsvTable, toCsv } from './report/to-csv';
export { RESULT_JSON_VERSION, toJson } from './report/to-json';
export { toMarkdown } from './report/to-markdown';
export { type CarChartOptions, type ChartOptions, caarChart, carChart } from './report/to-svg';
export { alignedReturns } from './returns/align-returns';
export { defaultConventions, estudy2Conventions, resolveConventions } from './stats/conventions';
export { crossEventTests } from './stats/cross-event-tests';
export { pValueNormal, pValueT } from './stats/p-value';
export type { EventPanel } from './stats/panel';
export { eventStudy } from './study/event-study';
export { resolveSettings } from './study/settings';
export * from './types';
