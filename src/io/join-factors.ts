import type { FactorTable } from '../types';

/**
 * Inner-join factor tables on their common dates (e.g. Fama–French 3 factors + momentum).
 * Factors keep the order of the tables and of their columns. A factor name that appears in
 * several tables (`RF` in both the 3- and 5-factor files; also `SMB`, defined differently in
 * the two) is taken **from the first table that has it**; later columns of that name are
 * ignored, even where their values differ.
 *
 * @param tables - Factor tables, dates sorted ascending (as {@link parseFactors} returns them).
 * @returns A table with the dates present in every input and all distinct factors; no tables
 *   give an empty table.
 * @example
 * ```ts
 * const a = { dates: ['2021-03-25', '2021-03-26'], factors: { 'Mkt-RF': Float64Array.of(-0.005, 0.0147) } }
 * const b = { dates: ['2021-03-26'], factors: { Mom: Float64Array.of(0.003) } }
 * joinFactors(a, b) // { dates: ['2021-03-26'], factors: { 'Mkt-RF': [0.0147], Mom: [0.003] } }
 * ```
 *
 * @category Reading
 */
export function joinFactors(...tables: FactorTable[]): FactorTable {
  if (tables.length === 0) return { dates: [], factors: {} };
  // dates in every table, in the first table's order
  const counts = new Map<string, number>();
  for (const t of tables) for (const d of new Set(t.dates)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const taken = new Set<string>();
  const dates = tables[0]!.dates.filter((d) => {
    if (counts.get(d) !== tables.length || taken.has(d)) return false;
    taken.add(d);
    return true;
  });
  const factors: Record<string, Float64Array> = {};
  for (const t of tables) {
    const index = new Map<string, number>();
    t.dates.forEach((d, i) => {
      if (!index.has(d)) index.set(d, i);
    });
    const rows = dates.map((d) => index.get(d)!);
    for (const name of Object.keys(t.factors)) {
      if (Object.hasOwn(factors, name)) continue;
      const src = t.factors[name]!;
      Object.defineProperty(factors, name, {
        value: Float64Array.from(rows, (i) => src[i]!),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return { dates, factors };
}
