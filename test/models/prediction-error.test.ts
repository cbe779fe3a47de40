import { describe, expect, it } from 'vitest';
import { carVarianceFactor } from '../../src/models/car-variance';
import { type FittedLinearModel, fitLinearModel, type LinearDesign } from '../../src/models/linear-model';
import { predictionErrorFactor } from '../../src/models/prediction-error';

// Hand-worked case: estimation days 0..3 with x = 0, 1, 2, 3 and y = 1, 2, 2, 4
// (x̄ = 1.5, S_xx = 5, M = 4); event days 4 and 5 with x = 4 and 5.
const design: LinearDesign = {
  name: 'market',
  y: new Float64Array([1, 2, 2, 4, 5, 5]),
  x: [new Float64Array([0, 1, 2, 3, 4, 5])],
  names: ['market'],
  intercept: true,
};
const model = fitLinearModel(design, [0, 1, 2, 3]) as FittedLinearModel;

describe('predictionErrorFactor', () => {
  it('is 1 + 1/M + (x_t − x̄)² / S_xx for the market model', () => {
    expect(predictionErrorFactor(model, 4)).toBeCloseTo(1 + 1 / 4 + 2.5 ** 2 / 5, 14); // 2.5
    expect(predictionErrorFactor(model, 5)).toBeCloseTo(1 + 1 / 4 + 3.5 ** 2 / 5, 14);
  });

  it('is 1 + 1/M for the mean-adjusted model and 1 for the market-adjusted model', () => {
    const mean = fitLinearModel(
      { ...design, name: 'mean-adjusted', x: [], names: [] },
      [0, 1, 2, 3],
    ) as FittedLinearModel;
    expect(predictionErrorFactor(mean, 4)).toBe(1.25);
    const adjusted = fitLinearModel(
      { ...design, x: [], names: [], intercept: false },
      [0, 1, 2, 3],
    ) as FittedLinearModel;
    expect(predictionErrorFactor(adjusted, 4)).toBe(1);
  });
});

describe('carVarianceFactor', () => {
  it('is L + L²/M + (Σ(x_t − x̄))² / S_xx, not a sum of daily factors', () => {
    // L = 2: 2 + 4/4 + (2.5 + 3.5)² / 5 = 10.2, while the daily factors sum to 2.5 + 3.7 = 6.2
    expect(carVarianceFactor(model, 4, 5)).toBeCloseTo(10.2, 13);
    expect(carVarianceFactor(model, 4, 4)).toBeCloseTo(predictionErrorFactor(model, 4), 14);
  });

  it('is L + L²/M mean-adjusted and L market-adjusted', () => {
    const mean = fitLinearModel({ ...design, x: [], names: [] }, [0, 1, 2, 3]) as FittedLinearModel;
    expect(carVarianceFactor(mean, 4, 5)).toBe(3);
    const adjusted = fitLinearModel(
      { ...design, x: [], names: [], intercept: false },
      [0, 1, 2, 3],
    ) as FittedLinearModel;
    expect(carVarianceFactor(adjusted, 4, 5)).toBe(2);
  });
});
