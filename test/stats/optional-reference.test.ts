/**
 * Compares the optional tests `kpPatell`, `grank`, `skewAdjusted` and `bootstrap` with the
 * independent numpy/scipy computation in test/reference/optional_tests_reference.py (run
 * `python3 test/reference/optional_tests_reference.py` to refresh
 * test/reference/optional_tests_reference.json). The panel is the one of
 * test/reference/stats_reference.py (read through ./reference-panel), so both sides see identical
 * ARs; bootstrap p-values must be identical, since the resamples are.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootstrapT } from '../../src/stats/bootstrap';
import { defaultConventions } from '../../src/stats/conventions';
import { crossEventTests } from '../../src/stats/cross-event-tests';
import { mulberry32 } from '../../src/stats/seeded-random';
import { skewAdjustedT } from '../../src/stats/skew-adjusted';
import { type Num, type RefValue, referencePanel } from './reference-panel';

interface OptionalReference {
  conventions: { bootstrapSeed: number; bootstrapSamples: number };
  panelFingerprint: {
    events: number;
    days: number[];
    arSum: number;
    sarSum: number;
    scarSum: number;
    estimationArSum: number;
    estimationLength: number;
  };
  tests: Record<string, { daily: RefValue[]; cars: RefValue[] }>;
  generated: {
    x: number[];
    seed: number;
    samples: number;
    bootstrap: { statistic: number; pValue: number };
    skewAdjusted: number;
  }[];
  mulberry32: { seed: number; draws: number[] }[];
}

const ref = JSON.parse(
  readFileSync(new URL('../reference/optional_tests_reference.json', import.meta.url), 'utf8'),
) as OptionalReference;
const panel = referencePanel;
const names = ['kpPatell', 'grank', 'skewAdjusted', 'bootstrap'] as const;

function close(actual: number | undefined, expected: Num, what: string, tol = 1e-10): void {
  const e = expected === null ? Number.NaN : expected;
  if (Number.isNaN(e)) {
    expect(actual, what).toBeNaN();
    return;
  }
  expect(Math.abs(actual! - e), what).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(e)));
}

function nanSum(x: Float64Array): number {
  let s = 0;
  for (const v of x) if (Number.isFinite(v)) s += v;
  return s;
}

describe('optional tests agree with the independent numpy/scipy reference', () => {
  it('the reference was computed on the current reference panel and default conventions', () => {
    const f = ref.panelFingerprint;
    expect(f.events).toBe(panel.events);
    expect(f.days).toEqual(panel.days);
    expect(f.estimationLength).toBe(panel.estimation.ar.length);
    close(nanSum(panel.ar), f.arSum, 'sum AR', 1e-12);
    close(nanSum(panel.sar), f.sarSum, 'sum SAR', 1e-12);
    close(nanSum(panel.scar), f.scarSum, 'sum SCAR', 1e-12);
    close(nanSum(panel.estimation.ar), f.estimationArSum, 'sum estimation AR', 1e-12);
    expect(defaultConventions.bootstrapSeed).toBe(ref.conventions.bootstrapSeed);
    expect(defaultConventions.bootstrapSamples).toBe(ref.conventions.bootstrapSamples);
  });

  const result = crossEventTests(panel, defaultConventions, names);
  for (const name of names) {
    it(`${name}: statistic and p-value on every day (1e-10)`, () => {
      const expected = ref.tests[name]!;
      expect(expected.daily).toHaveLength(panel.days.length);
      expected.daily.forEach((v, j) => {
        const got = result.daily[name]!;
        const day = `${name} day ${panel.days[j]}`;
        expect(Number.isFinite(v.statistic), `${day}: the reference is a number`).toBe(true);
        close(got.statistic[j], v.statistic, `${day} statistic`);
        if (name === 'bootstrap') expect(got.pValue[j], `${day} p`).toBe(v.pValue);
        else close(got.pValue[j], v.pValue, `${day} p`);
        if (v.rbar !== undefined) close(got.rbar?.[j], v.rbar, `${day} rbar`);
      });
    });
    it(`${name}: statistic and p-value on every CAR window (1e-10)`, () => {
      const expected = ref.tests[name]!;
      expect(expected.cars).toHaveLength(panel.carWindows.length);
      expected.cars.forEach((v, w) => {
        const got = result.cars[w]![name]!;
        const win = `${name} CAR [${panel.carWindows[w]!.window.join(', ')}]`;
        expect(Number.isFinite(v.statistic), `${win}: the reference is a number`).toBe(true);
        close(got.statistic, v.statistic, `${win} statistic`);
        if (name === 'bootstrap') expect(got.pValue, `${win} p`).toBe(v.pValue);
        else close(got.pValue, v.pValue, `${win} p`);
        if (v.rbar !== undefined) close(got.rbar, v.rbar, `${win} rbar`);
      });
    });
  }

  it('the panel exercises a missing day, a non-zero r-bar and non-trivial bootstrap p-values', () => {
    expect(panel.ar.some(Number.isNaN)).toBe(true);
    expect(ref.tests['kpPatell']!.daily.every((v) => v.rbar !== 0)).toBe(true);
    const p = ref.tests['bootstrap']!.daily.map((v) => v.pValue as number);
    expect(new Set(p).size).toBe(p.length);
    expect(Math.min(...p)).toBeLessThan(0.2);
  });
});

describe('per-sample functions agree with the reference on generated samples', () => {
  ref.generated.forEach((g) => {
    it(`n = ${g.x.length}: skewAdjustedT and bootstrapT (seed ${g.seed}, ${g.samples} resamples)`, () => {
      const x = Float64Array.from(g.x);
      close(skewAdjustedT(x, x.length).statistic, g.skewAdjusted, 'skew-adjusted t');
      const b = bootstrapT(x, x.length, g.samples, mulberry32(g.seed));
      close(b.statistic, g.bootstrap.statistic, 't');
      expect(b.pValue).toBe(g.bootstrap.pValue);
    });
  });
  it('mulberry32 gives the reference streams bit for bit', () => {
    for (const s of ref.mulberry32) {
      const r = mulberry32(s.seed);
      expect(
        s.draws.map(() => r()),
        `seed ${s.seed}`,
      ).toEqual(s.draws);
    }
  });
});
