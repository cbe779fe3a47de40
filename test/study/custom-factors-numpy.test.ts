/**
 * Re-runs the numpy reference of the custom factor models (test/reference/custom_factor_reference.py,
 * numpy.linalg.lstsq on real data) and checks that its fresh output is the kept JSON that
 * custom-factors.test.ts compares the library with to 1e-10 relative: the reference is not a
 * stale file. Skips with a message where /usr/bin/python3 or numpy is missing (.ci/run installs
 * python3-numpy).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, '..', 'reference', 'custom_factor_reference.py');
const KEPT = join(import.meta.dirname, '..', 'reference', 'custom_factor_reference.json');

function numpyMissing(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} is missing (apt-get install python3 python3-numpy)`;
  const probe = spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8' });
  return probe.status === 0 ? undefined : 'numpy is missing (apt-get install python3-numpy)';
}
const missing = numpyMissing();
if (missing) console.warn(`skipping the numpy re-run of the custom factor reference: ${missing}`);

/** Every number of `fresh` within 1e-12 relative of the same place in `kept`; other values equal. */
function expectSame(fresh: unknown, kept: unknown, path: string): void {
  if (typeof kept === 'number') {
    expect(typeof fresh, path).toBe('number');
    expect(Math.abs((fresh as number) - kept), `${path}: ${fresh} vs ${kept}`).toBeLessThanOrEqual(
      1e-12 * Math.abs(kept),
    );
  } else if (Array.isArray(kept)) {
    expect(Array.isArray(fresh) && fresh.length, path).toBe(kept.length);
    for (const [i, k] of kept.entries()) expectSame((fresh as unknown[])[i], k, `${path}[${i}]`);
  } else if (kept !== null && typeof kept === 'object') {
    expect(Object.keys(fresh as object).sort(), path).toEqual(Object.keys(kept).sort());
    for (const [k, v] of Object.entries(kept))
      expectSame((fresh as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    expect(fresh, path).toEqual(kept);
  }
}

describe.skipIf(missing !== undefined)('custom_factor_reference.py (numpy)', () => {
  it('gives the kept reference when run again', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'custom-factors-'));
    try {
      const out = join(dir, 'fresh.json');
      const run = spawnSync(PYTHON, [SCRIPT, out], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const fresh: unknown = JSON.parse(readFileSync(out, 'utf8'));
      const kept: { A: unknown[]; B: unknown[] } = JSON.parse(readFileSync(KEPT, 'utf8'));
      expect(kept.A.length).toBeGreaterThan(0);
      expect(kept.B.length).toBeGreaterThan(0);
      expectSame(fresh, kept, 'reference');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
