import { CsvFormatError } from '../errors';
import { exchangeFromExchcd } from './crsp-exchange';
import type { PriceLayout, PriceTarget } from './detect-price-layout';
import { parseDecimalCommaAt } from './parse-decimal-comma';
import { isMissingValue, parseNumberAt } from './parse-number';
import type { PriceReadPlan } from './plan-price-read';
import { priceBoundProblem } from './price-bounds';
import { type MissingReturn, readReturnCell } from './return-cell';
import { type CsvCells, cellText } from './scan-csv-rows';
import { countMissingReturn, pushSeriesRow, type SeriesBuilder } from './series-builder';

const INFINITE = /^[+-]?(inf|infinity)$/i;

/**
 * The hint of a negative-price error, right for its case: CRSP's `PRC` marks a bid/ask midpoint
 * with a minus sign (then `negativePrices` is the answer); in any other column a negative value
 * more likely means the column holds returns, which `negativePrices` would turn into garbage.
 */
function negativeHint(layout: PriceLayout, column: number): string {
  const name = layout.priceName.trim().toLowerCase();
  if (layout.format === 'wide') {
    return ` (if column ${column + 1} holds returns rather than prices, name it with columns: { returns: '…' })`;
  }
  if (name === 'prc' || name === 'price' || layout.format === 'eventstudytools') {
    return " (CRSP marks a bid/ask midpoint with a minus sign: pass negativePrices: 'abs' or 'missing')";
  }
  return '';
}

/** The cells of a row read into a series: what {@link createPriceCellReader} gives. */
export interface PriceCellReader {
  /** Throws the `CsvFormatError` of a row, at its line and 1-based column. */
  fail(message: string, line: number, column: number): never;
  /**
   * Reads target `t`'s cells of the row into `b` on `date`: the price (or return), previous
   * close and volume, checked (missing, negative, zero, out of bounds, non-numeric), and the
   * exchange code where the file has one.
   */
  read(cells: CsvCells, b: SeriesBuilder, t: PriceTarget, date: string): void;
}

/**
 * The reader of a row's value cells for a plan: each cell parsed without allocating, then
 * checked, with the error of the first bad one.
 *
 * @param plan - What `planPriceRead` settled.
 * @returns `{ fail, read }`.
 * @example
 * ```ts
 * const cells = createPriceCellReader(planPriceRead(text, {}));
 * ```
 */
export function createPriceCellReader(plan: PriceReadPlan): PriceCellReader {
  const { file, layout, comma, thousands, percent, negatives } = plan;
  const exchangeColumn = layout.exchangeColumn ?? -1;
  const fail = (message: string, line: number, column: number): never => {
    throw new CsvFormatError(message, { file, line, column });
  };

  /** Read a numeric cell; `NaN` for a missing value; throws on non-numeric or non-finite text. */
  const numberAt = (cells: CsvCells, k: number, what: string): number => {
    const v = comma
      ? parseDecimalCommaAt(cells.src[k]!, cells.start[k]!, cells.end[k]!)
      : parseNumberAt(cells.src[k]!, cells.start[k]!, cells.end[k]!, thousands);
    if (Number.isFinite(v)) return v;
    const t = cellText(cells, k).trim();
    if (Number.isNaN(v) && isMissingValue(t)) return Number.NaN;
    if (!Number.isNaN(v) || INFINITE.test(t)) {
      return fail(`non-finite ${what} "${t}": expected a positive number`, cells.line, k + 1);
    }
    const hint = comma
      ? " (read with a decimal comma; pass decimal: '.' if the file uses a decimal point)"
      : !Number.isNaN(parseDecimalCommaAt(t, 0, t.length))
        ? " (a decimal comma? pass decimal: ',')"
        : '';
    return fail(`non-numeric ${what} "${t}": expected a positive number${hint}`, cells.line, k + 1);
  };
  const positive = (cells: CsvCells, k: number, v: number, what: string): void => {
    const bound = v > 0 ? priceBoundProblem(v) : undefined;
    if (bound !== undefined) {
      // 5e-324 is a double but not a price: a jump from it overflows every return (issue 20)
      fail(`${what} "${cellText(cells, k).trim()}" is ${bound}`, cells.line, k + 1);
    }
    if (!(v > 0)) {
      const t = cellText(cells, k).trim();
      const hint = v < 0 && what === 'price' ? negativeHint(layout, k) : '';
      fail(
        `${v === 0 ? 'zero' : 'negative'} ${what} "${t}": expected a positive price${hint}`,
        cells.line,
        k + 1,
      );
    }
  };

  /** A returns row ([methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)): a value ≥ −1, or a missing code counted per code. */
  const readReturn = (cells: CsvCells, b: SeriesBuilder, t: PriceTarget, date: string): void => {
    const k = t.returns!;
    const shift = percent ? 2 : 0;
    const v = comma
      ? parseDecimalCommaAt(cells.src[k]!, cells.start[k]!, cells.end[k]!, shift)
      : parseNumberAt(cells.src[k]!, cells.start[k]!, cells.end[k]!, thousands, shift);
    const cell = readReturnCell(v, () => cellText(cells, k), percent);
    if (typeof cell === 'number') {
      pushSeriesRow(b, date, cell, Number.NaN, volumeAt(cells, t), cells.line);
      return;
    }
    if (typeof cell === 'string') fail(cell, cells.line, k + 1);
    const missing = cell as MissingReturn;
    countMissingReturn(b, missing.code);
    if (missing.keepsRow) pushSeriesRow(b, date, Number.NaN, Number.NaN, volumeAt(cells, t), cells.line);
    else b.missing++;
  };

  const read = (cells: CsvCells, b: SeriesBuilder, t: PriceTarget, date: string): void => {
    if (exchangeColumn >= 0) {
      const exchange = exchangeFromExchcd(cellText(cells, exchangeColumn));
      if (exchange !== undefined) b.exchange = exchange;
    }
    if (t.returns !== undefined && t.returns >= 0) {
      readReturn(cells, b, t, date);
      return;
    }
    const close = numberAt(cells, t.close, 'price');
    if (Number.isNaN(close)) {
      b.missing++;
      return;
    }
    if (close < 0 && negatives !== 'error') {
      b.negative++;
      if (negatives === 'missing') return;
      positive(cells, t.close, -close, 'price');
      pushSeriesRow(b, date, -close, prevAt(cells, t), volumeAt(cells, t), cells.line);
      return;
    }
    positive(cells, t.close, close, 'price');
    pushSeriesRow(b, date, close, prevAt(cells, t), volumeAt(cells, t), cells.line);
  };
  const prevAt = (cells: CsvCells, t: PriceTarget): number => {
    if (t.prevClose < 0) return Number.NaN;
    const prev = numberAt(cells, t.prevClose, 'previous close');
    if (!Number.isNaN(prev)) positive(cells, t.prevClose, prev, 'previous close');
    return prev;
  };
  const volumeAt = (cells: CsvCells, t: PriceTarget): number => {
    if (t.volume < 0) return Number.NaN;
    const vol = numberAt(cells, t.volume, 'volume');
    if (vol < 0)
      fail(
        `negative volume "${cellText(cells, t.volume).trim()}": expected a number ≥ 0`,
        cells.line,
        t.volume + 1,
      );
    return vol;
  };
  return { fail, read };
}
