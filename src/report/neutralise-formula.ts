/**
 * Makes a CSV cell safe to open in a spreadsheet (OWASP, "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection): a text cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is prefixed with `'` so it is shown, never evaluated.
 * Numbers are left alone (a negative return is a number, not a formula).
 *
 * @param cell - a cell value
 * @returns the cell, neutralised if it is text that a spreadsheet would run
 *
 * @example
 * ```ts
 * neutraliseFormula('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * neutraliseFormula(-0.012); // -0.012
 * ```
 *
 * @category Reports
 */
export function neutraliseFormula(cell: string | number | null): string | number | null {
  if (typeof cell !== 'string') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
