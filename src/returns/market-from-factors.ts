import { ConfigError } from '../errors';
import type { FactorTable, PriceSeries } from '../types';

/**
 * The market return of a Fama–French factor table as a returns series ([methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)):
 * `Mkt = (Mkt−RF) + RF` on every date of the table, so that a study can use the CRSP
 * value-weighted market its factors were built on (Fama & French 1993) as its benchmark.
 * `NaN` where either column is missing a value.
 *
 * @param table - A factor table with `Mkt-RF` and `RF` columns, in decimals (`parseFactors`).
 * @param name - The series' ticker (default `'Mkt'`), to name as `StudySpec.market`.
 * @returns A series with `returns`.
 * @throws ConfigError naming the missing column (`factors['Mkt-RF']` or `factors['RF']`).
 * @example
 * ```ts
 * const ff = parseFactors(text);
 * const market = marketFromFactors(ff); // { ticker: 'Mkt', dates, returns }
 * eventStudy({ prices: [...stocks, market], events, market: 'Mkt' });
 * ```
 *
 * @category Study
 */
export function marketFromFactors(table: FactorTable, name = 'Mkt'): PriceSeries {
  const excess = table.factors['Mkt-RF'];
  const rf = table.factors['RF'];
  if (!excess || !rf) {
    throw new ConfigError(
      `factors['${excess ? 'RF' : 'Mkt-RF'}'] is missing: the market return is Mkt-RF + RF (columns here: ${Object.keys(table.factors).join(', ')})`,
    );
  }
  const returns = new Float64Array(table.dates.length);
  for (let i = 0; i < returns.length; i++) returns[i] = excess[i]! + rf[i]!;
  return { ticker: name, dates: table.dates.slice(), returns };
}
