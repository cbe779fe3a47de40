/**
 * averageRanks sorts by buckets (issue 5); these tests hold it to the definition of the average
 * rank, counted directly: rank = #smaller + (#equal + 1)/2. Synthetic data, since the properties
 * are about the sort's edge cases (ties, heavy tails, crowded buckets, overflowing ranges).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, rankScratch } from '../../src/stats/average-ranks';

/** Ranks and Σ (t³ − t) by counting, O(n²): the definition, with nothing shared with the code. */
function countedRanks(values: number[]): { ranks: number[]; ties: number } {
  const ranks = values.map((v) => {
    const smaller = values.filter((w) => w < v).length;
    const equal = values.filter((w) => w === v).length;
    return smaller + (equal + 1) / 2;
  });
  let ties = 0;
  const seen = new Set<number>();
  for (const v of values) {
    if (seen.has(v)) continue;
    seen.add(v);
    const t = values.filter((w) => w === v).length;
    ties += t * t * t - t;
  }
  return { ranks, ties };
}

function check(values: number[]): void {
  const out = new Float64Array(values.length);
  const ties = averageRanks(Float64Array.from(values), values.length, out);
  const expected = countedRanks(values);
  expect(Array.from(out)).toEqual(expected.ranks);
  expect(ties).toBe(expected.ties);
}

describe('averageRanks', () => {
  it('ranks by the definition, whatever the values (property)', () => {
    const value = fc.oneof(
      fc.double({ min: -0.2, max: 0.2, noNaN: true }), // returns
      fc.integer({ min: -3, max: 3 }), // many ties
      fc.double({ noNaN: true, noDefaultInfinity: true }), // any magnitude, ranges that overflow
      fc.constantFrom(0, -0, 1e300, -1e300),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (values) => check(values)),
      { seed: 5, numRuns: 500 },
    );
  });

  it('sorts crowded buckets: one outlier puts every other value in the first bucket', () => {
    const values = Array.from({ length: 400 }, (_, k) => Math.sin(k * 7.3) * 0.02);
    values.push(1e6);
    check(values);
  });

  it('handles all-equal values, one value and none', () => {
    check([0.5, 0.5, 0.5, 0.5]);
    check([3]);
    check([]);
  });

  it('handles a range too wide to subtract (hi − lo overflows)', () => {
    check([1.7e308, -1.7e308, 0, 1, -1, 1.7e308]);
  });

  it('leaves the input unchanged and writes only the first n ranks', () => {
    const values = Float64Array.of(0.3, -0.1, 0.2, 99);
    const out = new Float64Array(4).fill(-1);
    averageRanks(values, 3, out);
    expect(Array.from(values)).toEqual([0.3, -0.1, 0.2, 99]);
    expect(Array.from(out)).toEqual([3, 1, 2, -1]);
  });
});

describe('ranks', () => {
  it('averages ties and reports Σ(t³ − t)', () => {
    const r = new Float64Array(4);
    expect(averageRanks(Float64Array.of(3, 1, 3, 2), 4, r)).toBe(6);
    expect([...r]).toEqual([3.5, 1, 3.5, 2]);
  });

  it('leaves the sample sorted in the scratch (the rank pass takes its medians from there)', () => {
    const scratch = rankScratch();
    const values = Float64Array.of(0.02, -0.01, 0.02, 0.5, -3, 0);
    averageRanks(values, 6, new Float64Array(6), scratch);
    expect([...scratch.keys.subarray(0, 6)]).toEqual([-3, -0.01, 0, 0.02, 0.02, 0.5]);
    expect([...scratch.positions.subarray(0, 6)].map((p) => values[p])).toEqual([
      -3, -0.01, 0, 0.02, 0.02, 0.5,
    ]);
  });
});
