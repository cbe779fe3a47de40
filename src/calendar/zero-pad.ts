/**
 * A non-negative integer written with leading zeros to at least `width` digits, as dates and
 * clock times are (`2021-03-09`, `09:30`).
 *
 * @param n - A non-negative integer.
 * @param width - Minimum number of digits (default 2).
 * @returns The digits, e.g. `'09'`.
 * @example
 * ```ts
 * zeroPad(9) // '09'
 * zeroPad(12) // '12'
 * zeroPad(33, 4) // '0033'
 * ```
 */
export function zeroPad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
