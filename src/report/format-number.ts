/**
 * Formats a return as a percentage with two decimals and an explicit sign (`+6.28 %`), or `–`
 * for a missing value, so a table never shows `NaN`.
 *
 * @param value - a return as a decimal
 * @param digits - decimals (default 2)
 * @returns the formatted text
 *
 * @example
 * ```ts
 * formatPercent(0.062761); // '+6.28 %'
 * ```
 *
 * @category Reports
 */
export function formatPercent(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '–';
  const text = (value * 100).toFixed(digits);
  return `${value > 0 && Number(text) !== 0 ? '+' : ''}${text} %`;
}

/**
 * Formats a test statistic with two decimals, or `–` for a missing value.
 *
 * @param value - the statistic
 * @param digits - decimals (default 2)
 * @returns the formatted text
 *
 * @example
 * ```ts
 * formatStatistic(2.10584); // '2.11'
 * ```
 *
 * @category Reports
 */
export function formatStatistic(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/**
 * Formats a p-value (three decimals, `<0.001` below that) followed by the usual significance
 * marks: `***` p < 0.01, `**` p < 0.05, `*` p < 0.10.
 *
 * @param value - the p-value
 * @returns the formatted text
 *
 * @example
 * ```ts
 * formatPValue(0.0412); // '0.041 **'
 * ```
 *
 * @category Reports
 */
export function formatPValue(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const text = value < 0.001 ? '<0.001' : value.toFixed(3);
  return `${text} ${significanceStars(value)}`.trimEnd();
}

/**
 * Significance marks of a p-value: `***` below 0.01, `**` below 0.05, `*` below 0.10.
 *
 * @param value - the p-value
 * @returns the marks, or an empty string
 *
 * @example
 * ```ts
 * significanceStars(0.003); // '***'
 * ```
 *
 * @category Reports
 */
export function significanceStars(value: number): string {
  if (!(value < 0.1)) return '';
  if (value < 0.01) return '***';
  return value < 0.05 ? '**' : '*';
}
