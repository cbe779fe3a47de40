import { INDEX_OTHER, INDEX_RETURNS, norm } from './price-column-names';
import { fail, type LayoutBase, type PriceLayout, type Where } from './price-layout';

/**
 * A wide panel: the date column and one column per ticker, the header naming the tickers.
 *
 * @param header - The header row.
 * @param others - Its columns other than the date column.
 * @param base - What every layout of this header shares (delimiter, header rows, width, date column).
 * @param where - The header's place, for errors.
 * @returns The layout, one target per ticker column.
 * @throws CsvFormatError for no ticker column, an empty name, or a ticker named twice.
 * @example
 * ```ts
 * detectWideLayout(['date', 'AAPL', 'MSFT'], [1, 2], base, where).targets.length // 2
 * ```
 */
export function detectWideLayout(
  header: string[],
  others: number[],
  base: LayoutBase,
  where: Where,
): PriceLayout {
  if (others.length === 0) fail('no price column: expected a column per ticker after the date column', where);
  const seen = new Map<string, number>();
  const targets = others.map((k) => {
    const ticker = header[k]!.trim();
    if (ticker === '')
      fail('empty column name: expected a ticker in the header of a wide panel', {
        ...where,
        column: k + 1,
      });
    const before = seen.get(ticker);
    if (before !== undefined) {
      fail(`duplicate column ${ticker} (also column ${before + 1}): expected one column per ticker`, {
        ...where,
        column: k + 1,
      });
    }
    seen.set(ticker, k);
    return { ticker, close: k, prevClose: -1, volume: -1 };
  });
  return { ...base, format: 'wide', tickerColumn: -1, targets, priceName: 'price' };
}

/**
 * A CRSP index file (`VWRETD`, `EWRETD`, `SPRTRN`, … beside `TOTVAL`-like columns): a wide panel
 * of return series, one per index-return column; `undefined` when the header is not only such
 * columns.
 *
 * @param header - The header row.
 * @param others - Its columns other than the date column.
 * @param base - What every layout of this header shares.
 * @returns The layout, or `undefined`.
 * @example
 * ```ts
 * detectIndexReturnsLayout(['caldt', 'vwretd', 'totval'], [1, 2], base)?.targets[0]?.ticker // 'vwretd'
 * ```
 */
export function detectIndexReturnsLayout(
  header: string[],
  others: number[],
  base: LayoutBase,
): PriceLayout | undefined {
  const indexReturns = others.filter((k) => INDEX_RETURNS.has(norm(header[k]!)));
  if (
    indexReturns.length === 0 ||
    !others.every((k) => INDEX_RETURNS.has(norm(header[k]!)) || INDEX_OTHER.has(norm(header[k]!)))
  ) {
    return undefined;
  }
  return {
    ...base,
    format: 'wide',
    tickerColumn: -1,
    targets: indexReturns.map((k) => ({
      ticker: header[k]!.trim(),
      close: -1,
      prevClose: -1,
      volume: -1,
      returns: k,
    })),
    priceName: 'return',
  };
}
