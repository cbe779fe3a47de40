import { CsvFormatError } from '../errors';

/**
 * Column names a user gives `parsePrices` for a header it does not recognise (issue 14): each
 * one overrides what detection would pick. Names match the header cell exactly after trimming,
 * else ignoring case and runs of spaces, `_` and `.`.
 *
 * @category Reading
 */
export interface PriceColumns {
  /** The date column, e.g. `'Handelsdatum'`. */
  date?: string;
  /** The price column, e.g. `'Schlusskurs'` (used instead of any close or adjusted close). */
  close?: string;
  /** The volume column. */
  volume?: string;
  /** The ticker column of a long panel (one series per value). */
  ticker?: string;
  /**
   * A column of simple returns, read instead of prices (issue 13, [methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)); without it
   * `RET`, `ret`, `return` and `returns` are recognised.
   */
  returns?: string;
}

const KEYS = ['date', 'close', 'volume', 'ticker', 'returns'] as const;

function loose(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_.]+/g, ' ');
}

/**
 * The 0-based index of the column called `name` in a header row, or -1.
 *
 * @param header - The header cells.
 * @param name - The name the user gave.
 * @returns The first exact (trimmed) match, else the first loose match, else -1.
 * @example
 * ```ts
 * namedColumn(['Datum', 'Schluss Kurs'], 'schluss_kurs') // 1
 * ```
 */
export function namedColumn(header: readonly string[], name: string): number {
  const wanted = name.trim();
  const exact = header.findIndex((c) => c.trim() === wanted);
  if (exact >= 0) return exact;
  const l = loose(wanted);
  return header.findIndex((c) => loose(c) === l);
}

/**
 * Resolve every name of `columns` against the header, or fail naming the missing one and the
 * columns the header has.
 *
 * @param header - The header cells.
 * @param columns - The names the user gave.
 * @param where - File and line of the header, for the error.
 * @returns The index per given key.
 * @throws CsvFormatError when a named column is not in the header.
 * @example
 * ```ts
 * resolveColumns(['Tag', 'Wert'], { date: 'Tag', close: 'Wert' }, { line: 1 }) // { date: 0, close: 1 }
 * ```
 */
export function resolveColumns(
  header: readonly string[],
  columns: PriceColumns,
  where: { file?: string; line: number },
): Partial<Record<keyof PriceColumns, number>> {
  const out: Partial<Record<keyof PriceColumns, number>> = {};
  for (const key of KEYS) {
    const name = columns[key];
    if (name === undefined) continue;
    const k = namedColumn(header, name);
    if (k < 0) {
      const have = header.map((c) => JSON.stringify(c.trim())).join(', ');
      throw new CsvFormatError(
        `columns.${key}: no column ${JSON.stringify(name)} in the header (it has ${have})`,
        {
          ...where,
          column: 1,
        },
      );
    }
    out[key] = k;
  }
  return out;
}
