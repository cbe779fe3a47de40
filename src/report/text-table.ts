import { printableText } from './printable-text';

/**
 * Column alignment of a text table.
 *
 * @category Reports
 */
export type Align = 'left' | 'right';

/**
 * Renders rows as a plain-text table with aligned columns, a header rule and two spaces
 * between columns: the console format of every report.
 *
 * @param rawHeader - column titles
 * @param rawRows - cells, already formatted as text (control characters, lone surrogates and
 *   bidirectional controls are replaced, see `printableText`)
 * @param align - per-column alignment (default: first column left, the rest right)
 * @returns the table, lines joined with `\n`
 *
 * @example
 * ```ts
 * textTable(['ticker', 'AR'], [['1810.HK', '4.21 %']]);
 * // ticker       AR
 * // -------  ------
 * // 1810.HK  4.21 %
 * ```
 *
 * @category Reports
 */
export function textTable(
  rawHeader: readonly string[],
  rawRows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  // Cells hold data (tickers, ids): a line break would break the columns and a bidi override
  // would reorder what the terminal shows, so they are replaced first (issue 20).
  const header = rawHeader.map(printableText);
  const rows = rawRows.map((row) => row.map(printableText));
  const widths = header.map((title, c) => Math.max(width(title), ...rows.map((row) => width(row[c] ?? ''))));
  const alignment = align ?? header.map((_, c) => (c === 0 ? 'left' : 'right'));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (alignment[c] === 'left' ? padEnd(cell, widths[c]!) : padStart(cell, widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Display width: counts East Asian wide characters as two columns. */
function width(text: string): number {
  let total = 0;
  for (const char of text)
    total +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return total;
}

function padEnd(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

function padStart(text: string, size: number): string {
  return ' '.repeat(Math.max(0, size - width(text))) + text;
}
