import { describe, expect, test } from 'vitest';
import { carStatistics } from '../../src/stats/car-statistics';

describe('carStatistics', () => {
  test('hand-worked on four CARs', () => {
    // x = 1, 2, 3, 10 (percent): mean 4, deviations −3, −2, −1, 6; Σd² = 50, Σd³ = 180, Σd⁴ = 1394.
    const s = carStatistics([0.01, 0.02, 0.03, 0.1].map((v) => v * 100));
    expect(s.mean).toBeCloseTo(4, 12);
    expect(s.median).toBeCloseTo(2.5, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt(50 / 3), 12);
    // G1 = n Σd³ / ((n − 1)(n − 2) s³)
    expect(s.skewness).toBeCloseTo((4 * 180) / (3 * 2 * (50 / 3) ** 1.5), 12);
    // G2 = (n − 1)/((n − 2)(n − 3)) · (n(n + 1) Σd⁴ / (Σd²)² − 3(n − 1))
    expect(s.kurtosis).toBeCloseTo((3 / 2) * ((20 * 1394) / 2500 - 9), 12);
    // type 7 quartiles: positions 0.75 and 2.25 of the sorted values
    expect(s.q1).toBeCloseTo(1.75, 12);
    expect(s.q3).toBeCloseTo(3 + 0.25 * 7, 12);
    expect([s.min, s.max, s.positive]).toEqual([1, 10, 1]);
    expect(s.note).toBeUndefined();
  });
  test('share positive counts only values above zero; NaN values are left out', () => {
    expect(carStatistics([-1, 0, 2, Number.NaN, 3]).positive).toBe(0.5);
  });
  test('too few events: NaN with a note', () => {
    const one = carStatistics([0.5]);
    expect([one.mean, one.median, one.min]).toEqual([0.5, 0.5, 0.5]);
    expect(one.sd).toBeNaN();
    expect(one.note).toMatch(/one CAR/);
    expect(carStatistics([1, 2, 3]).kurtosis).toBeNaN();
    expect(carStatistics([]).note).toMatch(/no CAR/);
    expect(carStatistics([2, 2, 2, 2]).skewness).toBeNaN();
  });
});
