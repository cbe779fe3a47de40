/**
 * The calendar-aligned series a model's design is built from (`NaN` = unusable day). The study
 * computes each once per listing and calendar and shares it across events.
 */
export interface ModelInputs {
  /** Listing returns. */
  returns: Float64Array;
  /** Benchmark returns, where the event has a benchmark. */
  market?: Float64Array;
  /** Listing returns minus the risk-free rate (excess-return models). */
  excessReturns?: Float64Array;
  /** Benchmark returns minus the risk-free rate (CAPM). */
  excessMarket?: Float64Array;
  /** Risk-free rate and factor columns by name (decimals). */
  factors?: Readonly<Record<string, Float64Array>>;
}
