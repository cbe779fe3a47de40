// The 500-event S&P 500 job of issue 19, shared by the cold benchmarks (job.mjs, study-twice.mjs,
// ../t-cdf-cold.mjs) so that they measure the same study: its files (for `loadStudy`) and its
// settings (for `eventStudy`). Plain data, no imports, so it costs the cold job nothing to load.

/**
 * The job's input files under a checkout.
 *
 * @param {(relative: string) => string} path - Turns a path relative to the checkout into an absolute one.
 * @returns The `loadStudy` options.
 */
export function jobFiles(path) {
  return {
    prices: [path('data/us/sp500_5yr/individual_stocks_5yr'), path('data/indices/GSPC.csv')],
    events: path('data/us/sp500-500-events.csv'),
    market: '^GSPC',
  };
}

/** Market model, estimation 250 days ending at day −11, window ±5, three CAR windows. */
export const JOB_SETTINGS = {
  model: 'market',
  window: [-5, 5],
  estimation: { end: -11, length: 250 },
  carWindows: [
    [-1, 1],
    [0, 0],
    [-5, 5],
  ],
};
