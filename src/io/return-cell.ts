/**
 * Reading one return cell of a returns file (CRSP `RET`, a `return` column), [methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files).
 * The number itself is read by `parseNumberAt`; this file says what a cell that is not a usable
 * number means.
 */

/**
 * CRSP's letter codes for a missing return, as WRDS exports them, and the other markers read as
 * missing. [methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files) names A, B, C, D, E, P, S, T; any other letter (e.g. `X`) is an error,
 * not a guess.
 */
const LETTER_CODES = new Set(['A', 'B', 'C', 'D', 'E', 'P', 'S', 'T']);
const GENERIC_MISSING = new Set(['', '.', 'null', 'na', 'nan', 'n/a', '#n/a', 'none', 'nil']);
/** CRSP's numeric missing-return codes (decimal files only: in a percent file −66 is −66 %). */
const NUMERIC_CODES = new Set([-66, -77, -88, -99]);

/** What a missing return cell means. */
export interface MissingReturn {
  /** The code as counted in `source.missingReturns` (`'C'`, `'-99'`, `'.'`, `''`, `'NA'`, …). */
  code: string;
  /**
   * Whether the row still has a price (CRSP `C` and −66: a valid current price, no valid
   * previous one, e.g. a listing's first day): the row is kept with a `NaN` return, so the next
   * row's return is a one-day return. Every other code says there was no valid price that day:
   * the row is dropped and the next return, which CRSP computes over the last valid price,
   * spans the gap (unusable under `thinTrading: 'exclude'`).
   */
  keepsRow: boolean;
}

/**
 * Whether a numeric value is one of CRSP's missing-return codes (−66, −77, −88, −99).
 *
 * @param value - The number read from the cell.
 * @param percent - Whether the file is in percent (then no value is a code).
 * @returns The code, or `undefined` for a real return.
 * @example
 * ```ts
 * numericReturnCode(-99, false) // { code: '-99', keepsRow: false }
 * numericReturnCode(-0.05, false) // undefined
 * ```
 */
export function numericReturnCode(value: number, percent: boolean): MissingReturn | undefined {
  if (percent || !NUMERIC_CODES.has(value)) return undefined;
  return { code: String(value), keepsRow: value === -66 };
}

/**
 * What a return cell that is not a number means: a CRSP letter code, `.`, an empty cell or a
 * usual missing marker (`NA`, `null`, …); `undefined` when it is none of them (an error).
 *
 * @param text - The cell's text.
 * @returns The missing code, or `undefined` for garbage.
 * @example
 * ```ts
 * missingReturnCode('C') // { code: 'C', keepsRow: true }
 * missingReturnCode('.') // { code: '.', keepsRow: false }
 * missingReturnCode('X') // undefined
 * ```
 */
export function missingReturnCode(text: string): MissingReturn | undefined {
  const t = text.trim();
  if (LETTER_CODES.has(t)) return { code: t, keepsRow: t === 'C' };
  if (GENERIC_MISSING.has(t.toLowerCase())) return { code: t, keepsRow: false };
  return undefined;
}

/**
 * The message of a return cell that is neither a number nor a missing code.
 *
 * @param text - The cell's text.
 * @returns The error message.
 * @example
 * ```ts
 * badReturnMessage('X') // 'non-numeric return "X": expected a decimal return …'
 * ```
 */
export function badReturnMessage(text: string): string {
  return `non-numeric return "${text.trim()}": expected a decimal return (e.g. -0.0123) or a CRSP missing code (${[...LETTER_CODES].join(', ')}, ., -66, -77, -88, -99)`;
}

/**
 * What a return cell holds, for every reader (files and in-memory columns): the return itself (a
 * number ≥ −1), a missing code, or an error message (garbage, non-finite, below −1).
 *
 * @param value - The number read from the cell (`NaN` when it is not a number).
 * @param text - The cell's text, asked for only when `value` is not a usable number.
 * @param percent - Whether the file is in percent (the value is already divided by 100).
 * @returns The return, a {@link MissingReturn}, or an error message.
 * @example
 * ```ts
 * readReturnCell(0.01, () => '0.01', false) // 0.01
 * readReturnCell(Number.NaN, () => 'C', false) // { code: 'C', keepsRow: true }
 * readReturnCell(-1.5, () => '-1.5', false) // 'return "-1.5" below −1: …'
 * ```
 */
export function readReturnCell(
  value: number,
  text: () => string,
  percent: boolean,
): number | MissingReturn | string {
  if (Number.isFinite(value)) {
    const code = numericReturnCode(value, percent);
    if (code !== undefined) return code;
    if (value >= -1) return value;
    return `return "${text().trim()}" below −1${percent ? ' (−100 %)' : ''}: a simple return cannot lose more than everything${percent ? '' : " (is the file in percent? pass returnUnits: 'percent')"}`;
  }
  const t = text();
  const missing = missingReturnCode(t);
  if (missing !== undefined) return missing;
  if (/^[+-]?(inf|infinity)$/i.test(t.trim()) || (!Number.isNaN(value) && t !== '')) {
    return `non-finite return "${t.trim()}": expected a decimal return`;
  }
  return badReturnMessage(t);
}
