import { provesDecimalComma, provesDecimalPoint } from './parse-decimal-comma';

/**
 * Whether the numbers of a delimited file use a decimal comma, from its first data rows: only
 * where that is unambiguous (issue 14). The delimiter must be `;` or a tab (a comma-separated
 * file cannot carry unquoted decimal commas), at least one value cell must prove a decimal comma
 * (`67,8542`, `1.234,56`; see {@link provesDecimalComma}) and none may prove a decimal point
 * (`67.85`). Otherwise the answer is no, and an unreadable `12,5` later in the file is reported
 * with a hint to pass `decimal: ','`.
 *
 * @param rows - The first non-empty rows of the file.
 * @param headerRows - How many of them are title or header rows.
 * @param delimiter - The field separator.
 * @param skip - Columns that hold no numbers (the date and ticker columns).
 * @returns `','` for a decimal comma, else `'.'`.
 * @example
 * ```ts
 * detectDecimalComma([['Datum', 'Schlusskurs'], ['08.02.2013', '67,8542']], 1, ';', [0]) // ','
 * detectDecimalComma([['date', 'close'], ['2013-02-08', '67.8542']], 1, ';', [0]) // '.'
 * ```
 */
export function detectDecimalComma(
  rows: readonly (readonly string[])[],
  headerRows: number,
  delimiter: string,
  skip: readonly number[],
): ',' | '.' {
  if (delimiter !== ';' && delimiter !== '\t') return '.';
  let comma = false;
  for (let r = headerRows; r < rows.length; r++) {
    const row = rows[r]!;
    for (let k = 0; k < row.length; k++) {
      if (skip.includes(k)) continue;
      const cell = row[k]!;
      if (provesDecimalPoint(cell)) return '.';
      if (provesDecimalComma(cell)) comma = true;
    }
  }
  return comma ? ',' : '.';
}
