/** Exact powers of ten: `m / 10^k` is correctly rounded for integer `m` ≤ 2^53 and k ≤ 22. */
const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

function slowParse(text: string, thousands: boolean, shift: number): number {
  let s = text.trim();
  if (thousands && GROUPED.test(s)) s = s.replace(/,/g, '');
  else if (!DECIMAL.test(s)) return Number.NaN;
  if (shift === 0) return Number(s);
  return /[eE]/.test(s) ? Number(s) / 10 ** shift : Number(`${s}e-${shift}`);
}

/**
 * Parse the decimal number in `src[start, end)` without allocating in the common case
 * (`-123.456`, up to 15–16 significant digits); longer or exponent forms fall back to `Number`.
 * Surrounding spaces are ignored. Anything that is not a plain decimal number, e.g. `0x10`,
 * `Infinity`, `1.2.3` or an empty cell, gives `NaN`; callers tell a missing value from garbage
 * with {@link isMissingValue}. The result is bit-identical to `Number(text)` for valid input.
 *
 * @param src - The string holding the cell.
 * @param start - Index of the cell's first character.
 * @param end - Index one past the cell's last character.
 * @param thousands - Accept `,` thousands separators (`1,234.5`); off for `;`-separated files,
 *   where a comma may be a decimal comma.
 * @param shift - Divide by `10^shift` exactly as if the decimal point were moved (`2` reads
 *   percent as a decimal: `-0.45` → `-0.0045`, the double nearest to it, unlike `-0.45 / 100`).
 * @returns The number, or `NaN` when the cell is not a decimal number.
 * @example
 * ```ts
 * parseNumberAt('x,12.5,y', 2, 6) // 12.5
 * parseNumberAt('1,234.5', 0, 7, true) // 1234.5
 * parseNumberAt('NA', 0, 2) // NaN
 * parseNumberAt('-0.45', 0, 5, true, 2) // -0.0045
 * ```
 */
export function parseNumberAt(src: string, start: number, end: number, thousands = true, shift = 0): number {
  let s = start;
  let e = end;
  if (s < e && (src.charCodeAt(s) === 32 || src.charCodeAt(e - 1) === 32)) {
    while (s < e && src.charCodeAt(s) === 32) s++;
    while (e > s && src.charCodeAt(e - 1) === 32) e--;
  }
  if (s === e) return Number.NaN;
  let i = s;
  const first = src.charCodeAt(i);
  const negative = first === 45;
  if (negative || first === 43) i++;
  const from = i;
  let mantissa = 0;
  let dot = -1;
  for (; i < e; i++) {
    const digit = src.charCodeAt(i) - 48;
    // `>>> 0` makes anything below '0' huge: one comparison tells a digit
    if (digit >>> 0 <= 9) mantissa = mantissa * 10 + digit;
    else if (digit === -2 && dot < 0) dot = i;
    else return slowParse(src.slice(s, e), thousands, shift);
  }
  if (e - from === (dot < 0 ? 0 : 1)) return Number.NaN; // no digit: `-`, `.`, `+.`
  const scale = (dot < 0 ? 0 : e - dot - 1) + shift;
  // exact while the digits fit 2^53 and 10^scale is exact: one correctly rounded division
  if (mantissa > Number.MAX_SAFE_INTEGER || scale > 22) return slowParse(src.slice(s, e), thousands, shift);
  const value = scale === 0 ? mantissa : mantissa / POW10[scale]!;
  return negative ? -value : value;
}

const MISSING = new Set(['', 'null', 'na', 'nan', 'n/a', '#n/a', 'none', 'nil']);

/**
 * Whether a cell is a missing-value marker rather than a number: empty, `null`, `NA`, `NaN`,
 * `N/A`, `#N/A`, `None` or `nil` (any case, surrounding spaces ignored).
 *
 * @param text - The cell text.
 * @returns `true` for a missing-value marker.
 * @example
 * ```ts
 * isMissingValue(' NA ') // true
 * isMissingValue('0') // false
 * ```
 */
export function isMissingValue(text: string): boolean {
  return MISSING.has(text.trim().toLowerCase());
}
