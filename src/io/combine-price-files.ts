import { CsvFormatError } from '../errors';
import type { PriceSeries } from '../types';

/** The series one file gave. */
export interface PriceFile {
  file: string;
  series: PriceSeries[];
}

/**
 * Put the series of several price files together, in file order, keeping only `tickers` when
 * given, and check that no ticker comes from two files (a ticker must name one listing).
 *
 * @param files - Each file's name and the series parsed from it.
 * @param tickers - Tickers to keep; all when omitted.
 * @returns The series.
 * @throws CsvFormatError naming both files when a (kept) ticker appears in two of them.
 * @example
 * ```ts
 * combinePriceFiles([{ file: 'a.csv', series: a }, { file: 'b.csv', series: b }], ['1810.HK'])
 * ```
 */
export function combinePriceFiles(files: readonly PriceFile[], tickers?: readonly string[]): PriceSeries[] {
  const wanted = tickers === undefined ? undefined : new Set(tickers);
  const from = new Map<string, string>();
  const out: PriceSeries[] = [];
  for (const { file, series } of files) {
    for (const s of series) {
      if (wanted !== undefined && !wanted.has(s.ticker)) continue;
      const other = from.get(s.ticker);
      if (other !== undefined) {
        throw new CsvFormatError(
          `duplicate ticker ${s.ticker}: also in ${other}; expected each ticker in one file (pass options.tickers to choose)`,
          { file },
        );
      }
      from.set(s.ticker, file);
      out.push(s);
    }
  }
  return out;
}
