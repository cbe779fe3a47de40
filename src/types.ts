/**
 * The public data shapes of `eventstudy`. Plain data only: every result can be
 * serialised with `JSON.stringify` (typed arrays are used for inputs, plain arrays for results).
 */

/**
 * Price file layouts read without configuration.
 *
 * @category Reading
 */
export type PriceFormat =
  | 'plain' // date,close[,volume]
  | 'wide' // date,T1,T2,… one column per ticker
  | 'yahoo' // Date,Open,High,Low,Close,Adj Close,Volume
  | 'yfinance' // three-line header Price/Ticker/Date
  | 'yfinance-history' // Date(+offset),Open,High,Low,Close,Volume,Dividends,Stock Splits
  | 'long' // date,…,close,…,Name|ticker|symbol
  | 'cn-vendor' // Chinese headers with 前收盘价, title line above the header
  | 'eventstudytools'; // id;dd.mm.yyyy;price, no header

/**
 * One listing's daily prices **or** returns, sorted by date, one row per trading date. Exactly one
 * of `close` and `returns` is present ([methods §7](../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)).
 *
 * @category Reading
 */
export interface PriceSeries {
  /** Ticker exactly as the file names it (or as `options.ticker` overrides it). */
  ticker: string;
  /** Trading dates `YYYY-MM-DD`, strictly increasing. */
  dates: string[];
  /**
   * Closing prices (adjusted close where the file has one), aligned with `dates`. Never `NaN`:
   * rows whose price is missing (empty, `null`, `NA`, `NaN`) are skipped by the parser and
   * counted in `source.missingPrices`, so a missing day is a date absent from `dates`.
   */
  close?: Float64Array;
  /**
   * Simple returns as the vendor gives them (CRSP `RET`, decimals), aligned with `dates`: entry i
   * is the return of `dates[i]` over the series' previous row. `NaN` where a row has a price but
   * no return (CRSP code `C` or −66: no valid previous price, e.g. the first row). Rows whose
   * return is missing for want of a price (−99, `B`, `.`, …) are not rows: they are counted in
   * `source.missingReturns` and the next row's return spans the gap, as CRSP computes it.
   */
  returns?: Float64Array;
  /** The vendor's previous close, where the file has that column (`前收盘价`, `pre_close`); `NaN` where a row leaves it empty. */
  prevClose?: Float64Array;
  /** Traded volume, where the file has it; `NaN` where a row leaves it empty. */
  volume?: Float64Array;
  /**
   * The listing's exchange code (`'NYSE'`, `'AMEX'` for NYSE American, `'NASDAQ'`, …), e.g. from
   * CRSP `EXCHCD`; used for the calendar (time zone of timestamped events) and the benchmark by
   * exchange, where the event does not name one.
   */
  exchange?: string;
  /** Where the series came from and what the parser did, for diagnostics. */
  source?: PriceSource;
}

/**
 * What a parser saw in a price file.
 *
 * @category Reading
 */
export interface PriceSource {
  file?: string;
  format: PriceFormat;
  /** Rows whose price was empty, `null`, `NA` or `NaN`: skipped (not an error) and counted here. */
  missingPrices: number;
  /**
   * Negative prices read under `parsePrices`' `negativePrices: 'abs' | 'missing'` policy (CRSP
   * bid/ask midpoints); absent when there were none.
   */
  negativePrices?: number;
  /**
   * Missing return cells of a returns series, per code as written (`'C'`, `'-99'`, `'.'`, `''`
   * for an empty cell, `'NA'`, …); absent when there were none.
   */
  missingReturns?: Record<string, number>;
  /**
   * Delisting returns folded in by `applyDelistings`: how many were applied, and the missing
   * `DLRET` codes met (which change nothing), per code.
   */
  delistings?: { applied: number; missing?: Record<string, number> };
  /** Exact duplicate rows dropped. */
  duplicateRows: number;
  /** Whether the file's rows were out of date order and had to be sorted. */
  sorted: boolean;
  /**
   * The file's text encoding where it is not UTF-8: declared (`loadPrices`' `encoding`) or
   * detected (`'windows-1252'`, a file that is not UTF-8 but reads as Latin-1 text).
   */
  encoding?: string;
}

/**
 * A delisting return (CRSP `dsedelist`: PERMNO, DLSTDT, DLRET), for {@link applyDelistings}
 * (Shumway 1997).
 *
 * @category Reading
 */
export interface Delisting {
  /** The listing: a PERMNO or a ticker, as the price series name it. */
  ticker: string;
  /** Delisting date `YYYY-MM-DD` (CRSP `DLSTDT`). */
  date: string;
  /** Delisting return as a decimal (CRSP `DLRET`); `NaN` when the file gives a missing code. */
  return: number;
  /** The missing code of `DLRET` (`'A'`, `'P'`, `'S'`, `'T'`, `'.'`, `''`, …), where it is missing. */
  missingCode?: string;
  /** CRSP's delisting code `DLSTCD` (e.g. `'233'`, a cash merger), where the file has it. */
  code?: string;
  /** Where the row is, for errors found when the delistings are applied. */
  origin?: { file?: string; line: number; column: number };
}

/**
 * Daily factor returns as decimals (Ken French percent files are divided by 100).
 *
 * @category Reading
 */
export interface FactorTable {
  dates: string[];
  factors: Record<string, Float64Array>;
}

/**
 * One news event: a listing and a date (`YYYY-MM-DD`) or an ISO 8601 timestamp with offset.
 *
 * @category Reading
 */
export interface EventSpec {
  /** Story id: listings of one story share it (repeated rows, or `tickers`). */
  id?: string;
  ticker: string;
  /**
   * Further listings of the same story: the event is studied once per listing (`ticker` first),
   * each with its own benchmark, calendar and day 0, all keeping this event's `index` and `id`.
   */
  tickers?: string[];
  date: string;
  /** The listing's exchange (code such as `'HKEX'` or suffix such as `'.HK'`), where its ticker does not say. */
  exchange?: string;
  /** Benchmark ticker for this event; falls back to `StudySpec.market`. */
  market?: string;
  group?: string;
  /** Any further columns of the events file, kept as text. */
  extra?: Record<string, string>;
}

/**
 * A factor model on any columns of the factor table (`StudySpec.model`).
 *
 * @category Study
 */
export interface CustomFactorModel {
  /** Factor columns to regress on, e.g. `['Mkt-RF', 'SMB', 'HML']` or `['Mkt', 'Foreign']`. */
  factors: string[];
  /** Regress `R − RF` (needs an `RF` column) rather than `R`; default: whether the table has `RF`. */
  excessReturns?: boolean;
}

/**
 * Expected-return models ([methods §3](../docs/methods.md#3-expected-return-models)).
 *
 * @category Study
 */
export type ModelName =
  | 'market'
  | 'market-adjusted'
  | 'mean-adjusted'
  | 'capm'
  | 'ff3'
  | 'carhart'
  | 'ff5'
  | 'scholes-williams'
  | 'dimson';

/**
 * Codes of events that could not be studied ([methods §6](../docs/methods.md#6-bad-input-and-exclusions)), in order of precedence.
 *
 * @category Study
 */
export type ExclusionCode =
  | 'unknown-ticker'
  | 'unknown-benchmark'
  | 'non-trading-day'
  | 'window-outside-data'
  | 'factors-missing'
  | 'event-window-gap'
  | 'overlapping-event'
  | 'estimation-too-short'
  | 'zero-variance';

/**
 * Every convention on which published tools disagree, as used by a study ([methods §4–5](../docs/methods.md#4-cross-event-statistics)).
 * `'default'` is this library's choice; `'estudy2'` reproduces the R package estudy2 0.10.
 *
 * @category Study
 */
export interface Conventions {
  /** Degrees of freedom of s²: `'model'` = M − k (M − 1 for adjusted models); `'m-1'` = M − 1 always. */
  varianceDf: VarianceDf;
  /** Patell weights d/(d − 2) with d the model df (`'df'`), or (M − 2)/(M − 4) as estudy2 (`'m-4'`). */
  patellDenominator: 'df' | 'm-4';
  /** Whether SAR includes the prediction-error factor C_t (true) or is AR / s (false). */
  predictionErrorCorrection: boolean;
  /** How the sign test counts a zero AR: dropped, or counted as negative (estudy2). */
  signZero: 'drop' | 'negative';
  /** Generalized-sign p̂: mean of per-event shares, or pooled over all estimation ARs (estudy2). */
  generalizedSignP: 'mean' | 'pooled';
  /** C_t from the listing's usable days only (`'listing'`) or from every benchmark day (`'benchmark'`, estudy2). */
  marketVarianceDays: 'listing' | 'benchmark';
  /** CAR tests: full CAR variance (`'full'`) or Σ daily statistics / √D (`'sum-daily'`, estudy2). */
  carTest: 'full' | 'sum-daily';
  /** Minimum share of events a day needs to enter a `'sum-daily'` CAR test (estudy2: 0.9). */
  carDayCoverage: number;
  /** p-values are two-sided. */
  sides: 'two-sided';
  /**
   * Reference t distribution of `cda` and `bw1980` (Brown & Warner): `'estimation-days'` = t(T_E − 1)
   * for `cda` (T_E estimation relative days) and t(mean d_i) for `bw1980`; `'mean-m-1'` = t(M̄ − 1)
   * for both, M̄ the mean of the events' usable estimation days (estudy2). Default `'estimation-days'`.
   */
  brownWarnerDf?: 'estimation-days' | 'mean-m-1';
  /**
   * Divisor T of the rank tests' variance (`rank`, `corradoRank`, `corradoSign`, Cowan's CAR rank):
   * `'days'` = the number of relative days with at least one usable AR ([methods §4](../docs/methods.md#4-cross-event-statistics));
   * `'mean-observations'` = the mean over events of their usable estimation + window days (estudy2).
   * Default `'days'`.
   */
  rankVarianceDivisor?: 'days' | 'mean-observations';
  /**
   * Centering of Cowan's (1992) multi-day rank test (`corradoRank` on a CAR window): each rank minus
   * its own event's mean rank (`'event'`), or the pooled mean of window ranks minus the mean of the
   * events' mean ranks (`'pooled'`, estudy2 `car_rank_test`). Identical when all events have the same
   * number of usable days. Default `'event'`.
   */
  rankCarCentering?: 'event' | 'pooled';
  /**
   * How the rank and sign tests (`rank`, `corradoRank`, `corradoSign`) sum a relative day on which
   * only N_d of the N events have an AR: over those events (`'present'`, default), or as their mean
   * times N (`'scaled-to-all'`, estudy2's `rowMeans(…, na.rm = TRUE) * ncol(…)`), which weights
   * incomplete days up by N / N_d. Identical when every event has every day.
   */
  rankDaySum?: 'present' | 'scaled-to-all';
  /** Resamples of the `bootstrap` test (default 999). */
  bootstrapSamples?: number;
  /** Seed of the `bootstrap` test's pseudo-random generator, for reproducible p-values (default 1). */
  bootstrapSeed?: number;
}

/**
 * The specification of a study.
 *
 * @category Study
 */
export interface StudySpec {
  prices: PriceSeries[];
  events: EventSpec[];
  /** Default benchmark ticker for events without one. */
  market?: string;
  /**
   * Benchmark per exchange, for stories listed in several places: keys are ticker suffixes
   * (`'.HK'`) or exchange codes (`'HKEX'`, `'NYSE'`), values index tickers, e.g.
   * `{ '.HK': '^HSI', '.SS': '000001.SS', NYSE: '^GSPC' }`. Order of precedence: the event's
   * `market`, its suffix, its exchange, then `market`.
   */
  benchmarks?: Record<string, string>;
  /**
   * The expected-return model: a name, or `{ factors, excessReturns }` to regress on any columns
   * of the factor table (issue 14; `excessReturns` defaults to whether the table has `RF`).
   */
  model?: ModelName | CustomFactorModel;
  /**
   * The factor table, or one table per exchange keyed like `benchmarks` (ticker suffix `'.HK'` or
   * exchange code `'HKEX'`, `'US'`), so listings on different markets each get their own market,
   * risk-free rate and factors.
   */
  factors?: FactorTable | Record<string, FactorTable>;
  returns?: ReturnKind;
  /**
   * What is studied: `'returns'` (default) or `'volume'`, abnormal log(1 + volume) against its
   * estimation-window mean (the mean-adjusted volume model; Campbell & Wasley 1996). With
   * `'volume'` the model is `mean-adjusted` and BHAR is not defined (`NaN`).
   */
  measure?: StudiedMeasure;
  /** Event window in relative trading days, default `[-5, 5]`. */
  window?: [number, number];
  /** Estimation window: `length` relative days ending at `end`; defaults -11, 250, 100. */
  estimation?: { end?: number; length?: number; minObservations?: number };
  /** CAR windows, default `[[-1, 1], [0, 0], window]` (those of the first two that fit inside the window). */
  carWindows?: [number, number][];
  /** Where day 0 goes when the event date is not a trading day (default `'next'`). */
  nonTradingDay?: NonTradingDayPolicy;
  /** Days without a trade: exclude the event (default) or use trade-to-trade returns. */
  thinTrading?: ThinTradingPolicy;
  conventions?: ConventionPreset | Partial<Conventions>;
  /**
   * Cross-event tests to run, by result name ([methods §4](../docs/methods.md#4-cross-event-statistics)). Default: `csect`, `cda`,
   * `patell`, `bmp`, `kp`, `sign`, `generalizedSign`, `rank`, `wilcoxon`; also available:
   * `bw1980`, `lamb`, `kpPatell`, `corradoRank`, `corradoSign`, `grank`, `skewAdjusted`,
   * `bootstrap`, or `'all'`.
   */
  tests?: readonly TestName[] | 'all';
  /**
   * What to do with overlapping events ([methods §11](../docs/methods.md#11-overlapping-and-confounding-events)): `'flag'` (default) lists them on
   * `EventResult.overlaps` and changes no number; `'clean-estimation'` also drops the other
   * events' and confounders' event-window days from each estimation window (M shrinks, the window
   * is not extended, `minObservations` still applies); `'exclude'` does that and excludes, with
   * code `overlapping-event`, both events of an event-window overlap and every event whose event
   * window meets a confounder's.
   */
  overlaps?: OverlapPolicy;
  /**
   * Other news, never studied, only checked against the events (earnings on the day of a
   * merger): placed like events, with the same benchmark and day-0 rules, on the same tickers.
   */
  confounders?: EventSpec[];
  onProgress?: (done: number, total: number) => void;
}

/**
 * How a study treats overlapping events ([methods §11](../docs/methods.md#11-overlapping-and-confounding-events)).
 *
 * @category Study
 */
export type OverlapPolicy = 'flag' | 'clean-estimation' | 'exclude';

/**
 * Another event of the same ticker, or a confounder, whose event window meets this event's
 * estimation window or event window ([methods §11](../docs/methods.md#11-overlapping-and-confounding-events)).
 *
 * @category Study
 */
export interface EventOverlap {
  /** Position of the other event in `StudySpec.events`, or of the confounder in `StudySpec.confounders`. */
  index?: number;
  /** Its id (`EventSpec.id`, else `'TICKER DATE'`, as `EventResult.id`). */
  id?: string;
  source: 'event' | 'confounder';
  /** Which window of this event the other's event window meets. */
  where: 'estimation' | 'event-window';
  /**
   * The trading dates concerned: this event's window days inside the other's event window.
   * Frozen, and shared by the entries that cover the same days (a busy study lists millions of
   * overlaps over a few thousand distinct windows): copy it before changing it.
   */
  dates: string[];
}

/**
 * What a study's overlap policy found and did (see `StudySpec.overlaps`).
 *
 * @category Study
 */
export interface OverlapSummary {
  policy: OverlapPolicy;
  /** Listing-events with an overlap: included events with a non-empty `overlaps`, plus those excluded as `overlapping-event`. */
  flagged: number;
  /** Usable estimation days dropped, summed over the included events (`clean-estimation`, `exclude`). */
  daysRemoved: number;
  /** Listing-events excluded with code `overlapping-event`. */
  excluded: number;
  /** The confounders' listings: how many were given and placed, and why the others could not be. */
  confounders: { listings: number; placed: number; unplaced: ConfounderMiss[] };
}

/**
 * A confounder listing that could not be placed on a calendar, so it was checked against nothing.
 *
 * @category Study
 */
export interface ConfounderMiss {
  /** Position in `StudySpec.confounders`. */
  index: number;
  ticker: string;
  date: string;
  code: ExclusionCode;
  reason: string;
}

/**
 * A daily test over the event window: one value per relative day.
 *
 * @category Study
 */
export interface TestSeries {
  statistic: number[];
  pValue: number[];
  /** The Kolari–Pynnönen r̄ behind `kp`, per day. */
  rbar?: number[];
  /** Why a value is `NaN`, where one is. */
  note?: string;
}

/**
 * A test of one CAR window.
 *
 * @category Study
 */
export interface TestValue {
  statistic: number;
  pValue: number;
  rbar?: number;
  note?: string;
}

/**
 * A fitted expected-return model.
 *
 * @category Study
 */
export interface ModelFit {
  name: string;
  alpha?: number;
  beta?: number;
  /** `alpha` plus one entry per factor column (`'Mkt-RF'`, `'SMB'`, …). */
  coefficients?: Record<string, number>;
  /** Residual standard deviation s. */
  sigma: number;
  /** Usable estimation days M. */
  n: number;
  /** Degrees of freedom d of s². */
  df: number;
  r2?: number;
}

/**
 * One event's CAR window.
 *
 * @category Study
 */
export interface EventCar {
  window: [number, number];
  car: number;
  scar: number;
  bhar: number;
  t: number;
  pValue: number;
}

/**
 * The result for one included event.
 *
 * @category Study
 */
export interface EventResult {
  index: number;
  id: string;
  event: EventSpec;
  ticker: string;
  market?: string;
  /** Trading date of day 0. */
  day0: string;
  /** Calendar days between the requested date and day 0. */
  shift: number;
  /** How day 0 was chosen. */
  reason: DayZeroReason;
  /** Trading dates of the window. */
  dates: string[];
  /** Raw returns of the listing and of the benchmark (where there is one) on the window days. */
  returns: number[];
  marketReturns?: number[];
  /**
   * Under `thinTrading: 'trade-to-trade'` only: calendar days each window return spans; 0 marks
   * a day without a trade, whose return, AR, SAR, t and p are `NaN` (its move is in the next
   * traded day's return).
   */
  span?: number[];
  ar: number[];
  sar: number[];
  /** Cumulates from the window start. */
  car: number[];
  t: number[];
  pValue: number[];
  cars: EventCar[];
  model: ModelFit;
  /**
   * Calendar dates of the estimation window (clipped to the calendar); n = usable days M;
   * `removed`: usable days dropped as other events' event-window days (`overlaps:
   * 'clean-estimation'` or `'exclude'` only).
   */
  estimation: { start: string; end: string; n: number; removed?: number };
  /** Other events of the ticker and confounders whose event windows meet this event's windows. */
  overlaps: EventOverlap[];
}

/**
 * An event that could not be studied.
 *
 * @category Study
 */
export interface Exclusion {
  /** Position of the event in `StudySpec.events`. */
  index: number;
  event: EventSpec;
  /** The listing that could not be studied (the event's ticker, or one of a story's). */
  ticker: string;
  code: ExclusionCode;
  reason: string;
  /** With code `overlapping-event`: the overlaps that excluded the event (and any others it has). */
  overlaps?: EventOverlap[];
}

/**
 * Descriptive statistics of the events' CARs in one window (computed with simple-statistics):
 * `sd` with N − 1, `skewness` the adjusted Fisher–Pearson G1 and `kurtosis` the sample excess
 * kurtosis G2 (as Excel's SKEW and KURT, R's `e1071::skewness(type = 2)`), quartiles by linear
 * interpolation (R type 7, numpy's default), `positive` the share of CARs above zero.
 *
 * @category Study
 */
export interface CarStatistics {
  mean: number;
  median: number;
  sd: number;
  skewness: number;
  kurtosis: number;
  min: number;
  max: number;
  q1: number;
  q3: number;
  /** Share of the CARs that are above zero, in [0, 1]. */
  positive: number;
  /** Why a value is `NaN` (too few events: sd needs 2, skewness 3, kurtosis 4). */
  note?: string;
}

/**
 * Cross-event result of one CAR window.
 *
 * @category Study
 */
export interface CarSummary {
  window: [number, number];
  caar: number;
  abhar: number;
  n: number;
  tests: TestResults<TestValue>;
  /** The distribution of the events' CARs in this window. */
  summary: CarStatistics;
}

/**
 * The cross-event results of one subgroup ([methods §8](../docs/methods.md#8-subgroups-and-their-comparison)): the events whose `EventSpec.group`
 * is `group`, with their own N and their own Kolari–Pynnönen r̄, the same shapes as the top
 * level of {@link StudyResult}.
 *
 * @category Study
 */
export interface GroupResult {
  group: string;
  /** Included events in the group. */
  n: number;
  aar: number[];
  caar: number[];
  tests: TestResults<TestSeries>;
  cars: CarSummary[];
}

/**
 * The groups' CARs compared in one CAR window ([methods §8](../docs/methods.md#8-subgroups-and-their-comparison)): `welch` and `mannWhitney` for two
 * groups, `anova` and `kruskalWallis` for three or more.
 *
 * @category Study
 */
export interface GroupComparison {
  window: [number, number];
  /** The groups compared, in order of first appearance. */
  groups: string[];
  /** `welch` and `mannWhitney` for two groups, `anova` and `kruskalWallis` for more. */
  tests: { [name in GroupTestName]?: TestValue };
}

/**
 * Everything a study computed. Plain data.
 *
 * @category Study
 */
export interface StudyResult {
  days: number[];
  events: EventResult[];
  excluded: Exclusion[];
  aar: number[];
  caar: number[];
  n: number[];
  tests: TestResults<TestSeries>;
  cars: CarSummary[];
  /** One entry per `EventSpec.group` value, in order of first appearance (absent when no event has a group). */
  groups?: GroupResult[];
  /** The groups compared per CAR window (absent with fewer than two groups). */
  groupComparison?: GroupComparison[];
  conventions: Conventions;
  /** What the overlap policy found and did. */
  overlaps: OverlapSummary;
  /** The resolved settings the study ran with. */
  settings: {
    /** The model's name; `'factors'` for a {@link CustomFactorModel}, given in `factorModel`. */
    model: ModelName | 'factors';
    /** The custom factor model, when `model` is `'factors'`. */
    factorModel?: CustomFactorModel;
    returns: ReturnKind;
    measure: StudiedMeasure;
    window: [number, number];
    estimation: { end: number; length: number; minObservations: number };
    nonTradingDay: NonTradingDayPolicy;
    thinTrading: ThinTradingPolicy;
    overlaps: OverlapPolicy;
    market?: string;
    benchmarks?: Record<string, string>;
  };
}

/**
 * Standard errors of {@link CarRegression} ([methods §9](../docs/methods.md#9-cross-sectional-regression-of-cars)).
 *
 * @category Study
 */
export type StandardErrors = 'classical' | 'hc0' | 'hc1' | 'hc2' | 'hc3' | 'cluster';

/**
 * Options of `regressCars`.
 *
 * @category Study
 */
export interface RegressCarsOptions {
  /** The CAR window whose per-event values are regressed (one of the study's CAR windows). */
  window: [number, number];
  /**
   * Regressors: columns of the events file (numbers, or text that becomes 0/1 dummies against
   * its first level, named `column=level`), `group`, or the fitted model's `beta`, `sigma`,
   * `r2`, `alpha` (these four names always mean the model's values).
   */
  regressors: readonly string[];
  /** What is regressed: CAR (default), SCAR or BHAR. */
  dependent?: CarMeasure;
  /** Standard errors, default `'hc1'` without `cluster`, `'cluster'` with it. */
  se?: StandardErrors;
  /** Cluster field(s): `ticker`, `day0`, `group`, `id`, `market` or an events-file column; two for two-way. */
  cluster?: string | [string, string];
  /** `'inverse-variance'`: WLS with w_i = 1 / Var(CAR_i) ([methods §3](../docs/methods.md#3-expected-return-models)). Default `'none'`. */
  weights?: RegressionWeights;
}

/**
 * One coefficient of a {@link CarRegression}.
 *
 * @category Study
 */
export interface RegressionCoefficient {
  /** `(intercept)`, a regressor's name, or `column=level` for a dummy. */
  name: string;
  estimate: number;
  se: number;
  t: number;
  pValue: number;
}

/**
 * A cross-sectional regression of CARs ([methods §9](../docs/methods.md#9-cross-sectional-regression-of-cars)).
 *
 * @category Study
 */
export interface CarRegression {
  /** Events used. */
  n: number;
  /** Coefficients, intercept included. */
  k: number;
  /** Degrees of freedom of the t and F tests: n − k, or G − 1 (min over two dimensions) when clustered. */
  df: number;
  /** The standard errors used: classical, hc0 … hc3, or cluster. */
  se: string;
  /** Number of clusters per dimension, when clustered. */
  clusters?: number[];
  /** The cluster field(s), when clustered. */
  clusterBy?: string[];
  coefficients: RegressionCoefficient[];
  r2: number;
  adjR2: number;
  /** The R²-based F (classical), or the Wald F of the slopes with the chosen covariance. */
  f: number;
  fPValue: number;
  /** Numerator and denominator degrees of freedom of `f`. */
  fDf: [number, number];
  window: [number, number];
  dependent: CarMeasure;
  weights: RegressionWeights;
  /** Dummies' reference levels, by text column. */
  baseLevels?: Record<string, string>;
  /** Events left out, why a value is `NaN`, and other things to know. */
  note?: string;
}

// The option lists: each list of option values has one name, used wherever it is spelled.

/**
 * What a study does with a number below zero in a price column (`parsePrices`,
 * `pricesFromColumns`): refuse the file (`'error'`, the default), take its absolute value
 * (`'abs'`, CRSP's convention for a bid/ask average), or treat it as missing (`'missing'`).
 *
 * @example
 * ```ts
 * const policy: NegativePricePolicy = 'abs';
 * parsePrices('date,close\n2021-03-25,-10\n2021-03-26,11\n', { ticker: 'X', negativePrices: policy });
 * ```
 *
 * @category Reading
 */
export type NegativePricePolicy = 'error' | 'abs' | 'missing';

/**
 * The units of a returns column: decimals (`0.012`, the default) or percent (`1.2`).
 *
 * @example
 * ```ts
 * const units: ReturnUnits = 'percent';
 * parsePrices('date,ret\n2021-03-25,1.2\n', { ticker: 'X', columns: { returns: 'ret' }, returnUnits: units });
 * ```
 *
 * @category Reading
 */
export type ReturnUnits = 'decimal' | 'percent';

/**
 * The decimal separator of numbers in a file: `'.'` or `','` (`1.234,5` as in much of Europe).
 *
 * @example
 * ```ts
 * const decimal: DecimalSeparator = ',';
 * parsePrices('date;close\n26.03.2021;24,20\n', { ticker: 'X', decimal });
 * ```
 *
 * @category Reading
 */
export type DecimalSeparator = '.' | ',';

/**
 * Simple returns `P_t / P_{t−1} − 1` (the default) or log returns `ln(P_t / P_{t−1})`.
 *
 * @example
 * ```ts
 * const returns: ReturnKind = 'log';
 * eventStudy({ prices, events, market: '^HSI', returns });
 * ```
 *
 * @category Study
 */
export type ReturnKind = 'simple' | 'log';

/**
 * What a study measures: abnormal returns (`'returns'`, the default) or abnormal trading volume
 * (`'volume'`, log(1 + volume) against its estimation-window mean; Campbell & Wasley 1996).
 *
 * @example
 * ```ts
 * const measure: StudiedMeasure = 'volume';
 * eventStudy({ prices, events, measure });
 * ```
 *
 * @category Study
 */
export type StudiedMeasure = 'returns' | 'volume';

/**
 * Where day 0 goes when an event's date is not a trading day: the next trading day (the
 * default), the previous one, or nowhere (`'skip'`: the event is excluded with code
 * `non-trading-day`).
 *
 * @example
 * ```ts
 * const nonTradingDay: NonTradingDayPolicy = 'skip';
 * eventStudy({ prices, events, market: '^HSI', nonTradingDay });
 * ```
 *
 * @category Study
 */
export type NonTradingDayPolicy = 'next' | 'previous' | 'skip';

/**
 * What a study does with days without a trade inside a window: exclude the event (the default)
 * or use trade-to-trade returns (Maynes & Rumsey 1993), each return spanning the days since the
 * previous trade.
 *
 * @example
 * ```ts
 * const thinTrading: ThinTradingPolicy = 'trade-to-trade';
 * eventStudy({ prices, events, market: '^HSI', thinTrading });
 * ```
 *
 * @category Study
 */
export type ThinTradingPolicy = 'exclude' | 'trade-to-trade';

/**
 * A named set of {@link Conventions}: this library's (`'default'`) or the R package estudy2's
 * (`'estudy2'`).
 *
 * @example
 * ```ts
 * const conventions: ConventionPreset = 'estudy2';
 * eventStudy({ prices, events, market: '^GSPC', conventions });
 * ```
 *
 * @category Study
 */
export type ConventionPreset = 'default' | 'estudy2';

/**
 * Degrees of freedom of the residual variance s²: M − k with k the model's parameters
 * (`'model'`; M − 1 for the adjusted models), or M − 1 whatever the model (`'m-1'`).
 *
 * @example
 * ```ts
 * const varianceDf: VarianceDf = 'm-1';
 * eventStudy({ prices, events, market: '^GSPC', conventions: { varianceDf } });
 * ```
 *
 * @category Study
 */
export type VarianceDf = 'model' | 'm-1';

/**
 * How day 0 of an event was chosen: a date-only event's own date (`'date-only'`), a timestamp
 * before the open (that day), during the session (that day), after the close (the next trading
 * day), or a date that is not a trading day (moved by `nonTradingDay`).
 *
 * @example
 * ```ts
 * const moved = result.events.filter((e) => e.reason === ('after-close' satisfies DayZeroReason));
 * ```
 *
 * @category Study
 */
export type DayZeroReason = 'date-only' | 'pre-open' | 'intraday' | 'after-close' | 'non-trading-day';

/**
 * The per-event measure a cross-sectional regression explains: the CAR, the standardised CAR
 * (SCAR) or the buy-and-hold abnormal return (BHAR).
 *
 * @example
 * ```ts
 * const dependent: CarMeasure = 'bhar';
 * regressCars(result, { window: [0, 1], regressors: ['beta'], dependent });
 * ```
 *
 * @category Study
 */
export type CarMeasure = 'car' | 'scar' | 'bhar';

/**
 * Weights of a cross-sectional regression: none (OLS), or w_i = 1 / Var(CAR_i) (WLS).
 *
 * @example
 * ```ts
 * const weights: RegressionWeights = 'inverse-variance';
 * regressCars(result, { window: [0, 1], regressors: ['beta'], weights });
 * ```
 *
 * @category Study
 */
export type RegressionWeights = 'none' | 'inverse-variance';

/**
 * What `applyDelistings` does with a delisting whose listing has no price series: refuse
 * (`'error'`, the default) or leave it out (`'ignore'`).
 *
 * @example
 * ```ts
 * const unknown: UnknownDelistingPolicy = 'ignore';
 * applyDelistings(series, delistings, { unknown });
 * ```
 *
 * @category Study
 */
export type UnknownDelistingPolicy = 'error' | 'ignore';

/**
 * The cross-event tests a study can run, by their name in results
 * ([methods §4](../docs/methods.md#4-cross-event-statistics)). The default set is `csect`, `cda`,
 * `patell`, `bmp`, `kp`, `sign`, `generalizedSign`, `rank` and `wilcoxon`; the others run when
 * named in `StudySpec.tests` (or with `tests: 'all'`). A misspelt name (`'patel'`) does not
 * compile.
 *
 * @example
 * ```ts
 * const tests: TestName[] = ['patell', 'bmp', 'corradoRank'];
 * const result = eventStudy({ prices, events, market: '^HSI', tests });
 * result.tests.corradoRank?.pValue;
 * ```
 *
 * @category Study
 */
export type TestName =
  | 'csect'
  | 'cda'
  | 'patell'
  | 'bmp'
  | 'kp'
  | 'sign'
  | 'generalizedSign'
  | 'rank'
  | 'wilcoxon'
  | 'bw1980'
  | 'lamb'
  | 'kpPatell'
  | 'corradoRank'
  | 'corradoSign'
  | 'grank'
  | 'skewAdjusted'
  | 'bootstrap';

/**
 * The results of the tests a study ran, keyed by {@link TestName}: a test that was not run is
 * absent, so `result.tests.patell` is `TestSeries | undefined` and `result.tests.patel` does
 * not compile.
 *
 * @example
 * ```ts
 * const daily: TestResults<TestSeries> = result.tests;
 * daily.bmp?.pValue[result.days.indexOf(0)];
 * ```
 *
 * @category Study
 */
export type TestResults<T> = { [name in TestName]?: T };

/**
 * The tests that compare the groups' CARs in `StudyResult.groupComparison`: Welch's t and the
 * Mann–Whitney U for two groups, one-way ANOVA and Kruskal–Wallis for three or more
 * ([methods §8](../docs/methods.md#8-subgroups-and-their-comparison)).
 *
 * @example
 * ```ts
 * const name: GroupTestName = 'mannWhitney';
 * result.groupComparison?.[0]?.tests[name]?.pValue;
 * ```
 *
 * @category Study
 */
export type GroupTestName = 'welch' | 'mannWhitney' | 'anova' | 'kruskalWallis';
