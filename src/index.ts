/**
 * `eventstudy`: event studies on daily prices, browser-safe core (DESIGN.md §3).
 * @packageDocumentation
 */

export {
  type DayZeroFound,
  type DayZeroMissing,
  type DayZeroOptions,
  type DayZeroReason,
  type DayZeroResult,
  dayZero,
} from './calendar/day-zero';
export { exchangeForTicker } from './calendar/exchange-for-ticker';
export type { Exchange } from './calendar/exchanges';
export { EXCHANGES, type ExchangeCode } from './calendar/exchanges';
export { resolveExchange } from './calendar/resolve-exchange';
export * from './errors';
export { exchangeFromExchcd } from './io/crsp-exchange';
export { joinFactors } from './io/join-factors';
export type { PriceColumns } from './io/named-columns';
export { type ParseDelistingsOptions, parseDelistings } from './io/parse-delistings';
export { type EventDateResult, parseEventDate } from './io/parse-event-date';
export { type ParseEventsOptions, parseEvents } from './io/parse-events';
export { type ParseFactorsOptions, parseFactors } from './io/parse-factors';
export { createPriceReader, type ParsePricesOptions, type PriceReader, parsePrices } from './io/parse-prices';
export { isSanePrice, PRICE_CEILING, PRICE_FLOOR } from './io/price-bounds';
export { type PriceTextTickersOptions, priceTextTickers } from './io/price-text-tickers';
export {
  type ArqueroTableLike,
  type ArrowTableLike,
  type ColumnsLike,
  type ColumnValues,
  type PricesFromColumnsOptions,
  pricesFromColumns,
} from './io/prices-from-columns';
export { readPriceChunks, sourceError } from './io/read-price-chunks';
export { readPriceStream } from './io/read-price-stream';
export { type ContentKind, contentError, SNIFF_BYTES, sniffContent } from './io/sniff-content';
export { suggestTickers } from './io/suggest-tickers';
export { buyAndHoldAbnormalReturn } from './models/bhar';
export { type CaarBand, caarBand } from './report/caar-band';
export { type CarFan, carFan } from './report/car-fan';
export { formatInspection } from './report/format-inspection';
export { formatPercent, formatPValue, formatStatistic, significanceStars } from './report/format-number';
export { formatOverlaps } from './report/format-overlaps';
export { describeStandardErrors, formatRegression } from './report/format-regression';
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
export { JUPYTER_DISPLAY, type MimeBundle, withStudyDisplay } from './report/notebook-display';
export type { ResultTableName } from './report/result-tables';
export { secondStageTables } from './report/second-stage-tables';
export {
  LEGEND,
  type ReportOptions,
  type ReportTable,
  reportLegend,
  summaryTables,
} from './report/summary-tables';
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
export { type LatexOptions, toLatex } from './report/to-latex';
export { toMarkdown } from './report/to-markdown';
export { type ResultRow, toRows } from './report/to-rows';
export {
  type CaarChartOptions,
  type CarChartOptions,
  type ChartOptions,
  caarChart,
  carChart,
} from './report/to-svg';
export { toXlsxBytes } from './report/to-xlsx-bytes';
export { alignedReturns, type ReturnKind } from './returns/align-returns';
export { type ApplyDelistingsOptions, applyDelistings } from './returns/apply-delistings';
export { givenReturnsOnCalendar, givenTradeToTrade } from './returns/given-returns';
export { marketFromFactors } from './returns/market-from-factors';
export { compoundOverSpans, type TradeToTradeReturns, tradeToTradeReturns } from './returns/trade-to-trade';
export { adjustPValues, P_ADJUST_METHODS, type PAdjustMethod } from './stats/adjust-p-values';
export { anova } from './stats/anova';
export { carStatistics } from './stats/car-statistics';
export {
  defaultConventions,
  estudy2Conventions,
  type ResolvedConventions,
  resolveConventions,
} from './stats/conventions';
export { allTestNames, crossEventTests, defaultTestNames } from './stats/cross-event-tests';
export { kruskalWallis } from './stats/kruskal-wallis';
export { MANN_WHITNEY_EXACT_MAX_N, mannWhitney } from './stats/mann-whitney';
export { pValueChiSquare, pValueF, pValueNormal, pValueT } from './stats/p-value';
export type { EventPanel } from './stats/panel';
export { mulberry32, type RandomSource, randomInteger } from './stats/seeded-random';
export { welch } from './stats/welch';
export { eventStudy } from './study/event-study';
export { expandEvents, type ListingEvent } from './study/expand-events';
export { type EventOverlapListing, findEventOverlaps } from './study/find-event-overlaps';
export { groupEventsBy } from './study/group-events-by';
export { regressCars } from './study/regress-cars';
export { MODEL_NAMES, resolveSettings, type Settings } from './study/settings';
export {
  addDayZeroReturn,
  type DayZeroShift,
  type SizePowerOptions,
  type SizePowerRates,
  type SizePowerResult,
  sizeAndPower,
} from './study/size-and-power';
export { type StudyTickersSpec, studyTickers } from './study/study-tickers';
export { validateStudySpec } from './study/validate-spec';
export * from './types';
