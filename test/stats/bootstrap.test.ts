import { describe, expect, it } from 'vitest';
import { bootstrapT } from '../../src/stats/bootstrap';
import { mulberry32, mulberry32Step, mulberry32Value } from '../../src/stats/seeded-random';

describe('mulberry32 stepped in a loop', () => {
  it('draws the numbers of mulberry32(seed), for seeds beyond 2^31 and negative ones too', () => {
    for (const seed of [0, 1, 42, 7919 * 3 + 104729, 2 ** 31 + 5, 2 ** 32 - 1, -3]) {
      const random = mulberry32(seed);
      let state = seed;
      for (let k = 0; k < 10_000; k++) {
        state = mulberry32Step(state);
        expect(mulberry32Value(state)).toBe(random());
      }
    }
    // the published first draw of the documented example
    expect(mulberry32Value(mulberry32Step(42))).toBe(0.6011037519201636);
  });

  it('gives bootstrapT the same p-value with a seed as with mulberry32(seed)', () => {
    // Synthetic sample: 40 values from a fixed generator, shifted so that t is near 2.
    const draw = mulberry32(9);
    const x = Float64Array.from({ length: 40 }, () => draw() - 0.4);
    for (const seed of [1, 7919, 2 ** 31 + 17]) {
      expect(bootstrapT(x, 40, 499, seed)).toEqual(bootstrapT(x, 40, 499, mulberry32(seed)));
    }
  });
});
