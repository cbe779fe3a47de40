/**
 * Issue 19 changed the t and normal CDFs twice and regenerated the golden file each time: first
 * the library's own (src/stats/student-t-two-sided.ts, normal-two-sided.ts) instead of @stdlib's,
 * then a faster one (item 5: erfc through Chebyshev pieces of erfcx, the constants of a df
 * computed once). This test holds today's golden file against both earlier ones (kept, gzipped,
 * as they were). Every value must be the same, except p-values, which may differ by at most 1e-12
 * relative (the allowance of issue 19). Fields added to the result later are not in an old file
 * and are not compared.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GOLDEN_FILE } from './sp500-golden';

/** The earlier golden files, and the worst p-value change seen when today's was written. */
const EARLIER = [
  { file: GOLDEN_FILE.replace(/\.json$/, '.stdlib-t-cdf.json.gz'), what: "@stdlib's CDFs", worst: 1.1e-14 },
  { file: GOLDEN_FILE.replace(/\.json$/, '.before-fast-t-cdf.json.gz'), what: 'the own CDFs before item 5', worst: 5.5e-15 },
];

interface Walk {
  compared: number;
  pValuesChanged: number;
  worstRelative: number;
  other: string[];
}

function compare(before: unknown, after: unknown, path: string, inPValue: boolean, walk: Walk): void {
  if (Array.isArray(before)) {
    if (!Array.isArray(after) || after.length !== before.length) {
      walk.other.push(`${path}: shape`);
      return;
    }
    before.forEach((value, i) => compare(value, after[i], `${path}[${i}]`, inPValue, walk));
  } else if (before !== null && typeof before === 'object') {
    if (after === null || typeof after !== 'object') {
      walk.other.push(`${path}: shape`);
      return;
    }
    for (const [key, value] of Object.entries(before)) {
      compare(value, (after as Record<string, unknown>)[key], `${path}.${key}`, inPValue || key === 'pValue', walk);
    }
  } else {
    walk.compared++;
    if (before === after) return;
    if (inPValue && typeof before === 'number' && typeof after === 'number') {
      walk.pValuesChanged++;
      walk.worstRelative = Math.max(walk.worstRelative, Math.abs(after - before) / Math.abs(before));
      return;
    }
    walk.other.push(`${path}: ${String(before)} → ${String(after)}`);
  }
}

describe.each(EARLIER)('golden file against the one written with $what', ({ file, worst }) => {
  it(`differs only in p-values, by at most 1e-12 relative (${worst} when written)`, () => {
    const before: unknown = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
    const after: unknown = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8'));
    const walk: Walk = { compared: 0, pValuesChanged: 0, worstRelative: 0, other: [] };
    compare(before, after, '$', false, walk);
    expect(walk.other).toEqual([]);
    expect(walk.compared).toBeGreaterThan(30_000); // 39,591 and 40,197 values
    expect(walk.pValuesChanged).toBeGreaterThan(0); // the file was regenerated with the new CDF
    expect(walk.worstRelative).toBeLessThanOrEqual(1e-12);
  });
});
