import { parseDateAt } from './parse-date';
import { parseDecimalCommaAt } from './parse-decimal-comma';
import { parseNumberAt } from './parse-number';
import type { PriceLayout } from './price-layout';

/**
 * The layout of an EventStudyTools firm or market data file (headerless `id;dd.mm.yyyy;price`),
 * or why the first row is not one.
 *
 * @param rows - The first non-empty rows.
 * @param lines - 1-based line of each row.
 * @param delimiter - The field separator.
 * @returns The layout, or a message saying what was expected.
 * @example
 * ```ts
 * detectEventStudyToolsLayout([['AAPL', '08.02.2013', '67,85']], [1], ';').format // 'eventstudytools'
 * ```
 */
export function detectEventStudyToolsLayout(
  rows: string[][],
  lines: number[],
  delimiter: string,
): PriceLayout | string {
  const r0 = rows[0];
  const expected = 'expected the EventStudyTools layout id;dd.mm.yyyy;price without a header';
  if (r0 === undefined || r0.length < 3) return expected;
  const date = r0[1]!;
  const price = r0[2]!;
  if (
    parseDateAt(date, 0, date.length) === undefined ||
    (Number.isNaN(parseNumberAt(price, 0, price.length, false)) &&
      Number.isNaN(parseDecimalCommaAt(price, 0, price.length)))
  ) {
    return expected;
  }
  return {
    format: 'eventstudytools',
    delimiter,
    headerRows: 0,
    headerLine: lines[0]!,
    width: r0.length,
    dateColumn: 1,
    tickerColumn: 0,
    targets: [{ close: 2, prevClose: -1, volume: -1 }],
    priceName: 'price',
  };
}
