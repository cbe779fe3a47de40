/**
 * Issue 19 replaced @stdlib's t and normal CDFs by the library's own (src/stats/student-t-two-sided.ts,
 * normal-two-sided.ts) and regenerated the golden file. This test holds the two golden files
 * against each other: the one written with @stdlib (kept, gzipped, as it was) and today's. Every
 * value must be the same, except p-values, which may differ by at most 1e-12 relative (the
 * allowance of issue 19). Fields added to the result later are not in the old file and are not
 * compared.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GOLDEN_FILE } from './sp500-golden';

const OLD_FILE = GOLDEN_FILE.replace(/\.json$/, '.stdlib-t-cdf.json.gz');

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

describe('golden file before and after the own t CDF', () => {
  it('differs only in p-values, by at most 1e-12 relative', () => {
    const before: unknown = JSON.parse(gunzipSync(readFileSync(OLD_FILE)).toString('utf8'));
    const after: unknown = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8'));
    const walk: Walk = { compared: 0, pValuesChanged: 0, worstRelative: 0, other: [] };
    compare(before, after, '$', false, walk);
    expect(walk.other).toEqual([]);
    expect(walk.compared).toBeGreaterThan(30_000); // 39,591 values
    expect(walk.pValuesChanged).toBeGreaterThan(0); // the file was regenerated with the new CDF
    expect(walk.worstRelative).toBeLessThanOrEqual(1e-12); // 1.2e-14 when it was written
  });
});
