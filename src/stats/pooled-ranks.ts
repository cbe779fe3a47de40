import { averageRanks } from './average-ranks';

/**
 * Ranks several groups' values together (1 = smallest, ties averaged), as the rank tests of
 * group comparisons need. Non-finite entries are left out.
 *
 * @param groups - One array of values per group.
 * @returns Per group its rank sum and size, N in all, and Σ (t³ − t) over the tie groups.
 *
 * @example
 * ```ts
 * pooledRanks([[1, 3], [2, 3]]) // { sums: [4, 6], sizes: [2, 2], total: 4, ties: 6 }
 * ```
 */
export function pooledRanks(groups: readonly ArrayLike<number>[]): {
  sums: number[];
  sizes: number[];
  total: number;
  ties: number;
} {
  const values: number[] = [];
  const owner: number[] = [];
  groups.forEach((group, g) => {
    for (let k = 0; k < group.length; k++) {
      const v = group[k]!;
      if (!Number.isFinite(v)) continue;
      values.push(v);
      owner.push(g);
    }
  });
  const total = values.length;
  const ranks = new Float64Array(total);
  const ties = averageRanks(Float64Array.from(values), total, ranks);
  const sums = groups.map(() => 0);
  const sizes = groups.map(() => 0);
  for (let k = 0; k < total; k++) {
    sums[owner[k]!]! += ranks[k]!;
    sizes[owner[k]!]!++;
  }
  return { sums, sizes, total, ties };
}
