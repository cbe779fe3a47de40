import { describe, expect, test } from 'vitest';
import { clusterCovariance, twoWayClusterCovariance } from '../../src/stats/cluster-covariance';
import { qrLeastSquares } from '../../src/stats/qr-least-squares';

// Intercept only, y = 1, 2, 3, 6: e = −2, −1, 0, 3; (X'X)⁻¹ = 1/4.
const columns = [new Float64Array(4).fill(1)];
const solved = qrLeastSquares(columns, Float64Array.of(1, 2, 3, 6));
const fit = 'fit' in solved ? solved.fit : undefined!;

describe('clusterCovariance', () => {
  test('c · Σ_g (Σ_{i∈g} e_i)² / 16 with c = G/(G − 1)·(n − 1)/(n − k)', () => {
    // clusters {0, 1}, {2, 3}: scores −3 and 3; meat 18; c = 2 · 3/3 = 2
    expect(clusterCovariance(columns, fit, Int32Array.of(0, 0, 1, 1), 2)[0]).toBeCloseTo((2 * 18) / 16, 14);
  });
  test('two-way: V_a + V_b − V_ab, each with its own c', () => {
    const a = { codes: Int32Array.of(0, 0, 1, 1), clusters: 2 };
    const b = { codes: Int32Array.of(0, 1, 0, 1), clusters: 2 };
    // V_a = 36/16; V_b: scores −2 + 0 = −2, −1 + 3 = 2 → meat 8, c = 2 → 16/16;
    // V_ab: every observation its own cluster, meat 14, c = 4/3 → (56/3)/16
    const v = twoWayClusterCovariance(columns, fit, a, b)[0]!;
    expect(v).toBeCloseTo(36 / 16 + 16 / 16 - 56 / 3 / 16, 14);
  });
});
