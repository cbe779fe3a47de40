/**
 * `eventstudy`: event studies on daily prices, browser-safe core.
 *
 * The public API, by name and by TypeDoc category (Reading, Study, Tests, Reports; the Node-only
 * readers and writers are `eventstudy/node`). Everything else under `src/` is internal: tests
 * import it from its module. A name added here is a conscious change: `test/package/exports.test.ts`
 * compares the built entries with `test/package/exports.txt`.
 * @packageDocumentation
 */
// biome-ignore-all assist/source/organizeImports: the exports are grouped by TypeDoc category, sorted within each

// Reading: prices, events, factors and delistings from text or in-memory tables.
export { CsvFormatError, type ErrorLocation, EventSpecError } from './errors';
export { joinFactors } from './io/join-factors';
export type { PriceColumns } from './io/named-columns';
export { type ParseDelistingsOptions, parseDelistings } from './io/parse-delistings';
export { type ParseEventsOptions, parseEvents } from './io/parse-events';
export { type ParseFactorsOptions, parseFactors } from './io/parse-factors';
export { type ParsePricesOptions, parsePrices } from './io/parse-prices';
export { PRICE_CEILING, PRICE_FLOOR } from './io/price-bounds';
export { type PriceTextTickersOptions, priceTextTickers } from './io/price-text-tickers';
export {
  type ArqueroTableLike,
  type ArrowTableLike,
  type ColumnsLike,
  type ColumnValues,
  type PricesFromColumnsOptions,
  pricesFromColumns,
} from './io/prices-from-columns';
export { readPriceChunks } from './io/read-price-chunks';
export { readPriceStream } from './io/read-price-stream';
export { type ContentKind, sniffContent } from './io/sniff-content';
export type {
  DecimalSeparator,
  Delisting,
  EventSpec,
  FactorTable,
  NegativePricePolicy,
  PriceFormat,
  PriceSeries,
  PriceSource,
  ReturnUnits,
} from './types';

// Study: the study, its spec and result, exchanges, returns as input, overlaps, regressions, size and power.
export { exchangeForTicker } from './calendar/exchange-for-ticker';
export { EXCHANGES, type Exchange, type ExchangeCode } from './calendar/exchanges';
export { ConfigError, type ErrorCode, EventStudyError } from './errors';
export { type ApplyDelistingsOptions, applyDelistings } from './returns/apply-delistings';
export { marketFromFactors } from './returns/market-from-factors';
export { eventStudy } from './study/event-study';
export { type EventOverlapListing, findEventOverlaps } from './study/find-event-overlaps';
export { groupEventsBy } from './study/group-events-by';
export { regressCars } from './study/regress-cars';
export {
  type SizePowerOptions,
  type SizePowerRates,
  type SizePowerResult,
  sizeAndPower,
} from './study/size-and-power';
export { type StudyTickersSpec, studyTickers } from './study/study-tickers';
export type {
  CarMeasure,
  CarRegression,
  CarStatistics,
  CarSummary,
  ConfounderMiss,
  ConventionPreset,
  Conventions,
  CustomFactorModel,
  DayZeroReason,
  EventCar,
  EventOverlap,
  EventResult,
  Exclusion,
  ExclusionCode,
  GroupComparison,
  GroupResult,
  GroupTestName,
  ModelFit,
  ModelName,
  NonTradingDayPolicy,
  OverlapPolicy,
  OverlapSummary,
  RegressCarsOptions,
  RegressionCoefficient,
  RegressionWeights,
  ReturnKind,
  StandardErrors,
  StudiedMeasure,
  StudyResult,
  StudySpec,
  TestName,
  TestResults,
  TestSeries,
  TestValue,
  ThinTradingPolicy,
  UnknownDelistingPolicy,
  VarianceDf,
} from './types';

// Tests: second-stage tests and the multiple-testing correction, usable on their own.
export { adjustPValues, type PAdjustMethod } from './stats/adjust-p-values';
export { anova } from './stats/anova';
export { kruskalWallis } from './stats/kruskal-wallis';
export { mannWhitney } from './stats/mann-whitney';
export { welch } from './stats/welch';

// Reports: text, Markdown, CSV, JSON, LaTeX, workbook bytes, SVG charts and notebook display of a result.
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
