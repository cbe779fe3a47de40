/**
 * Compares the default tests with the independent numpy/scipy computation in
 * test/reference/stats_reference.py (run `python3 test/reference/stats_reference.py` to refresh
 * test/reference/stats_reference.json).
 */
import { describe, expect, it } from 'vitest';
import { defaultConventions } from '../../src/stats/conventions';
import { crossEventTests, defaultTestNames } from '../../src/stats/cross-event-tests';
import { signedRank } from '../../src/stats/wilcoxon';
import { type Num, ref, referencePanel } from './reference-panel';

const panel = referencePanel;

function close(actual: number | undefined, expected: Num, what: string): void {
  const e = expected === null ? Number.NaN : expected;
  if (Number.isNaN(e)) {
    expect(actual, what).toBeNaN();
    return;
  }
  expect(Math.abs(actual! - e), what).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(e)));
}

describe('default tests agree with the numpy/scipy reference (1e-10)', () => {
  const result = crossEventTests(panel, defaultConventions);
  it('covers every default test', () => {
    expect(Object.keys(ref.tests).sort()).toEqual([...defaultTestNames].sort());
  });
  for (const name of defaultTestNames) {
    it(name, () => {
      const expected = ref.tests[name]!;
      expected.daily.forEach((v, j) => {
        close(result.daily[name]!.statistic[j], v.statistic, `${name} day ${panel.days[j]} statistic`);
        close(result.daily[name]!.pValue[j], v.pValue, `${name} day ${panel.days[j]} p`);
        if (v.rbar !== undefined) close(result.daily[name]!.rbar![j], v.rbar, `${name} day ${j} rbar`);
      });
      expected.cars.forEach((v, w) => {
        const got = result.cars[w]![name]!;
        close(got.statistic, v.statistic, `${name} car ${w} statistic`);
        close(got.pValue, v.pValue, `${name} car ${w} p`);
        if (v.rbar !== undefined) close(got.rbar, v.rbar, `${name} car ${w} rbar`);
      });
    });
  }
  it('the reference panel exercises a missing day, a same-date cluster and partial overlaps', () => {
    expect(panel.ar.some(Number.isNaN)).toBe(true);
    expect(result.daily['kp']!.rbar!.every((r) => r !== 0)).toBe(true);
  });
});

describe('Wilcoxon signed-rank p-values agree with scipy on generated samples', () => {
  ref.wilcoxonSamples.forEach((s, k) => {
    it(`sample ${k} (n = ${s.x.length})`, () => {
      const r = signedRank(Float64Array.from(s.x), s.x.length);
      expect(r.statistic).toBe(s.statistic);
      close(r.pValue, s.pValue, 'p');
    });
  });
});
