import { loadDelistings } from '../node';
import { applyDelistings } from '../returns/apply-delistings';
import type { PriceSeries } from '../types';
import type { RunOptions } from './args';

/**
 * `eventstudy run --delistings FILE`: folds the file's CRSP delisting returns into the loaded
 * returns series (`applyDelistings`, Shumway 1997); without `--delistings` the series are
 * returned as they are.
 *
 * @param series - every series read from `--prices`
 * @param options - the parsed command line (`delistings`, `unknownDelistings`)
 * @returns the series, with delisting returns applied
 * @throws CsvFormatError with the delisting file, line and column (a delisting of an unknown
 *   PERMNO unless `--unknown-delistings ignore`, of a price series, a malformed row)
 *
 * @example
 * ```ts
 * await withDelistings(prices, { ...options, delistings: 'data/crsp-derived/sp500_crsp_delist.csv' });
 * ```
 */
export async function withDelistings(
  series: PriceSeries[],
  options: Pick<RunOptions, 'delistings' | 'unknownDelistings'>,
): Promise<PriceSeries[]> {
  if (options.delistings === undefined) return series;
  const delistings = await loadDelistings(options.delistings);
  return applyDelistings(series, delistings, { unknown: options.unknownDelistings ?? 'error' });
}
