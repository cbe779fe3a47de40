/**
 * Numbers written with a decimal comma, as spreadsheets in most of continental Europe and Latin
 * America export them: `67,8542`, `-0,5`, `1.234,56`, `1 234,56` (space, no-break space or
 * narrow no-break space as the thousands separator), `1,5E-03`.
 *
 * Why a separate reader: in a comma-decimal file `1.234` is one thousand two hundred and
 * thirty-four, so the dot-decimal reader cannot be reused with a flag; the thousands groups must
 * be exactly three digits and use one separator, so `67.85` is rejected rather than misread.
 */

const COMMA_NUMBER =
  /^([+-]?)(\d{1,3}(?:([. \u00a0\u202f])\d{3})(?:\3\d{3})*|\d+)(?:,(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parse the decimal-comma number in `src[start, end)`; surrounding spaces are ignored. The result
 * is the double nearest to the written value, exactly as `Number` reads the same digits with a
 * decimal point (`67,8542` → `Number('67.8542')`).
 *
 * @param src - The string holding the cell.
 * @param start - Index of the cell's first character.
 * @param end - Index one past the cell's last character.
 * @param shift - Divide by `10^shift` as if the comma were moved (`2` reads percent as decimal).
 * @returns The number, or `NaN` when the cell is not a decimal-comma number (empty, `NA`,
 *   `67.85`, `1.2.3`, …).
 * @example
 * ```ts
 * parseDecimalCommaAt('67,8542', 0, 7) // 67.8542
 * parseDecimalCommaAt('1.234,56', 0, 8) // 1234.56
 * parseDecimalCommaAt('67.85', 0, 5) // NaN
 * ```
 */
export function parseDecimalCommaAt(src: string, start: number, end: number, shift = 0): number {
  const text = src.slice(start, end).trim();
  const m = COMMA_NUMBER.exec(text);
  if (m === null) return Number.NaN;
  const whole = m[3] === undefined ? m[2]! : m[2]!.split(m[3]).join('');
  const fraction = m[4] ?? '';
  if (whole === '' && fraction === '') return Number.NaN;
  const exponent = Number(m[5] ?? '0') - shift;
  const plain = `${m[1]}${whole}${fraction === '' ? '' : `.${fraction}`}`;
  return exponent === 0 ? Number(plain) : Number(`${plain}e${exponent}`);
}

/**
 * Whether a cell can only be read as a decimal-comma number: a comma followed by other than
 * three digits (`67,8542`, `12,5`), a leading `0,` (`0,123`), or dot-grouped thousands before a
 * comma (`1.234,56`). `1,234` is not: it may be one thousand two hundred and thirty-four.
 *
 * @param text - A cell.
 * @returns `true` when the cell proves a decimal comma.
 * @example
 * ```ts
 * provesDecimalComma('67,8542') // true
 * provesDecimalComma('1,234') // false (a thousands separator?)
 * ```
 */
export function provesDecimalComma(text: string): boolean {
  const t = text.trim();
  return (
    /^[+-]?\d+,(\d{1,2}|\d{4,})$/.test(t) || /^[+-]?0,\d+$/.test(t) || /^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t)
  );
}

/**
 * Whether a cell can only be read as a decimal-point number: a dot followed by other than three
 * digits (`67.85`), or comma-grouped thousands before a dot (`1,234.56`).
 *
 * @param text - A cell.
 * @returns `true` when the cell proves a decimal point.
 * @example
 * ```ts
 * provesDecimalPoint('67.85') // true
 * provesDecimalPoint('1.234') // false
 * ```
 */
export function provesDecimalPoint(text: string): boolean {
  const t = text.trim();
  return (
    /^[+-]?\d+\.(\d{1,2}|\d{4,})$/.test(t) ||
    /^[+-]?0\.\d+$/.test(t) ||
    /^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(t)
  );
}
