import { describe, expect, it } from 'vitest';
import { halfBetaConstants } from '../../src/stats/half-beta-constants';

describe('halfBetaConstants', () => {
  it('gives B(a, ½) by hand: B(½, ½) = π, B(1, ½) = 2, B(3/2, ½) = π/2', () => {
    // B(a, b) = Γ(a)Γ(b)/Γ(a + b): Γ(½)² / Γ(1) = π; Γ(1)Γ(½)/Γ(3/2) = 2; Γ(3/2)Γ(½)/Γ(2) = π/2
    for (const [a, beta] of [
      [0.5, Math.PI],
      [1, 2],
      [1.5, Math.PI / 2],
    ] as const) {
      const c = halfBetaConstants(a);
      expect(c.a).toBe(a);
      expect(Math.abs(c.inverseBeta * beta - 1)).toBeLessThan(4e-16);
      expect(Math.abs(c.logBeta - Math.log(beta))).toBeLessThan(4e-16);
      expect(c.inverseA).toBe(1 / a);
      expect(c.sqrtA).toBe(Math.sqrt(a));
    }
  });

  it('keeps the last two shapes and gives each its own constants however they alternate', () => {
    const first = halfBetaConstants(124);
    const second = halfBetaConstants(249);
    expect(halfBetaConstants(124)).toBe(first); // the previous entry, found again
    expect(halfBetaConstants(249)).toBe(second);
    const third = halfBetaConstants(5);
    expect(third.a).toBe(5);
    expect(halfBetaConstants(249)).toBe(second);
    // 124 fell out of the two entries: made again, with the same values
    expect(halfBetaConstants(124)).not.toBe(first);
    expect(halfBetaConstants(124)).toEqual(first);
  });
});
