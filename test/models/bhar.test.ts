import { describe, expect, it } from 'vitest';
import { buyAndHoldAbnormalReturn } from '../../src/models/bhar';

describe('buyAndHoldAbnormalReturn', () => {
  it('compounds simple returns: 1.1 · 0.95 − 1.01 · 1.02', () => {
    expect(buyAndHoldAbnormalReturn([0.1, -0.05], [0.01, 0.02], 'simple')).toBeCloseTo(1.045 - 1.0302, 15);
  });

  it('exponentiates summed log returns', () => {
    expect(buyAndHoldAbnormalReturn([0.1, -0.05], [0.01, 0.02], 'log')).toBeCloseTo(
      Math.exp(0.05) - Math.exp(0.03),
      15,
    );
  });

  it('is not the CAR: it differs by the compounding cross terms', () => {
    const bhar = buyAndHoldAbnormalReturn([0.1, 0.1], [0, 0], 'simple');
    expect(bhar).toBeCloseTo(0.21, 15);
  });
});
