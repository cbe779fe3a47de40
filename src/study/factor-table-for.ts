import type { EventSpec, FactorTable } from '../types';
import { exchangeKeys } from './benchmark-for';

/**
 * Whether `factors` is one table rather than a record of tables keyed by exchange.
 *
 * @param factors - `StudySpec.factors`.
 * @returns `true` for a `{ dates, factors }` table.
 * @example
 * ```ts
 * isFactorTable({ dates: ['2021-03-26'], factors: { RF: new Float64Array([0]) } }) // true
 * isFactorTable({ '.HK': hkTable }) // false
 * ```
 */
export function isFactorTable(
  factors: FactorTable | Readonly<Record<string, FactorTable>>,
): factors is FactorTable {
  return Array.isArray((factors as FactorTable).dates);
}

/**
 * The factor table of one listing (issue 14): the study's one table, or, when `factors` is a
 * record keyed like `benchmarks`, the entry for the ticker's suffix (`'.HK'`), else for its
 * exchange code (`'HKEX'`; a plain US ticker matches `'NYSE'`, `'NASDAQ'` or `'US'`). So a US
 * and a Hong Kong listing in one study each get their own market, risk-free rate and factors.
 *
 * @param event - The event (its `exchange` names its own ticker's exchange).
 * @param ticker - The listing.
 * @param factors - `StudySpec.factors`.
 * @param listingExchange - The listing series' `exchange` (e.g. from CRSP `EXCHCD`), if any.
 * @returns The table, or `undefined` when there is none for this listing.
 * @example
 * ```ts
 * factorTableFor({ ticker: '1810.HK', date: '2021-03-26' }, '1810.HK', { '.HK': hk, US: us }) // hk
 * ```
 */
export function factorTableFor(
  event: EventSpec,
  ticker: string,
  factors: FactorTable | Readonly<Record<string, FactorTable>> | undefined,
  listingExchange?: string,
): FactorTable | undefined {
  if (factors === undefined) return undefined;
  if (isFactorTable(factors)) return factors;
  for (const key of exchangeKeys(event, ticker, listingExchange))
    if (Object.hasOwn(factors, key)) return factors[key];
  return undefined;
}
