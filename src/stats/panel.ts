/**
 * The cross-section that every significance test reads: the included events' abnormal returns
 * over the event window and over their estimation windows, laid out flat in typed arrays so a
 * test is one pass over N·T numbers. Built by the study pipeline; tests never
 * see prices or models.
 *
 * @category Tests
 */
export interface EventPanel {
  /** Number of included events N (rows). */
  events: number;
  /** Relative days of the event window, e.g. [-5, …, 5] (T columns). */
  days: number[];
  /** AR of event i on window day j at `i * T + j`; `NaN` where the day is not usable. */
  ar: Float64Array;
  /** Standardized AR, `AR / (s √C_t)` (or `AR / s` when the conventions drop C_t), same layout. */
  sar: Float64Array;
  /** Calendar date of event i's window day j, as days since 1970-01-01, same layout. */
  windowDate: Int32Array;
  /** Per event: degrees of freedom d_i of s² ([methods §3](../../docs/methods.md#3-expected-return-models)). */
  df: Float64Array;
  /** Per event: usable estimation days M_i. */
  m: Float64Array;
  /** Per event: residual standard deviation s_i. */
  sigma: Float64Array;
  /**
   * Estimation-window ARs of all events, flat. Event i owns entries
   * `estimation.offsets[i] .. estimation.offsets[i + 1] - 1`, in date order, usable days only.
   */
  estimation: {
    offsets: Int32Array;
    ar: Float64Array;
    /** Relative day (e.g. -260 … -11) of each entry. */
    day: Int32Array;
    /** Calendar date of each entry, as days since 1970-01-01. */
    date: Int32Array;
  };
  /**
   * CAR windows: for window w (in the order of `carWindows`), event i's CAR, SCAR and BHAR at
   * `w * N + i`. `first`/`last` are column indices into `days` (inclusive).
   */
  carWindows: { window: [number, number]; first: number; last: number }[];
  car: Float64Array;
  scar: Float64Array;
  bhar: Float64Array;
  /**
   * Optional, for single-index models (`market`; `capm` with the excess market return): the
   * regressor x_t of event i on window day j, same layout as `ar` (`NaN` where missing). With
   * `marketMean` and `marketSS` it gives the prediction-error factor
   * `C_t = 1 + 1/M + (x_t − x̄)² / S_xx` ([methods §3](../../docs/methods.md#3-expected-return-models)). Read by `lamb`; tests that need it
   * return `NaN` with a note when it is absent.
   */
  marketReturn?: Float64Array;
  /**
   * Per event: mean x̄ of the regressor over the estimation days that build C_t (every benchmark
   * day of the estimation window under `marketVarianceDays: 'benchmark'`, the listing's usable
   * days under `'listing'`).
   */
  marketMean?: Float64Array;
  /** Per event: S_xx = Σ (x_τ − x̄)² over the same estimation days as `marketMean`. */
  marketSS?: Float64Array;
}
