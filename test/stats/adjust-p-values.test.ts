import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/errors';
import { adjustPValues } from '../../src/stats/adjust-p-values';

// Hand-worked on p = (0.01, 0.04, 0.03, 0.005), m = 4; sorted: 0.005, 0.01, 0.03, 0.04.
const p = [0.01, 0.04, 0.03, 0.005];

describe('adjustPValues', () => {
  test('bonferroni: m p, capped at 1', () => {
    expect(adjustPValues([0.01, 0.3, 0.5], 'bonferroni')).toEqual([0.03, 0.8999999999999999, 1]);
  });
  test('holm: running max of (m − i + 1) p_(i)', () => {
    // 4·0.005 = 0.02; 3·0.01 = 0.03; 2·0.03 = 0.06; 1·0.04 → max 0.06
    expect(adjustPValues(p, 'holm').map((v) => +v.toFixed(12))).toEqual([0.03, 0.06, 0.06, 0.02]);
  });
  test('hochberg: running min from the top of (m − i + 1) p_(i)', () => {
    // from the largest: 0.04; 2·0.03 = 0.06 → 0.04; 3·0.01 = 0.03; 4·0.005 = 0.02
    expect(adjustPValues(p, 'hochberg').map((v) => +v.toFixed(12))).toEqual([0.03, 0.04, 0.04, 0.02]);
  });
  test('bh: running min from the top of m p_(i) / i', () => {
    // 0.04·4/4 = 0.04; 0.03·4/3 = 0.04; 0.01·4/2 = 0.02; 0.005·4/1 = 0.02
    expect(adjustPValues(p, 'bh').map((v) => +v.toFixed(12))).toEqual([0.02, 0.04, 0.04, 0.02]);
  });
  test('by: bh times c(4) = 1 + 1/2 + 1/3 + 1/4', () => {
    const c = 1 + 1 / 2 + 1 / 3 + 1 / 4;
    const by = adjustPValues(p, 'by');
    [0.02, 0.04, 0.04, 0.02].forEach((bh, i) => {
      expect(by[i]).toBeCloseTo(bh * c, 14);
    });
  });
  test('NaN stays NaN and does not count in m', () => {
    expect(adjustPValues([0.01, Number.NaN, 0.02], 'bonferroni')).toEqual([0.02, Number.NaN, 0.04]);
    expect(adjustPValues([Number.NaN], 'bh')).toEqual([Number.NaN]);
  });
  test('an unknown method is a ConfigError', () => {
    expect(() => adjustPValues([0.1], 'fdr' as never)).toThrow(ConfigError);
  });
});
