import { ConfigError } from '../errors';
import type { ConventionPreset, Conventions } from '../types';

/**
 * Every convention, with every optional field filled in.
 *
 * @category Tests
 */
export type ResolvedConventions = Required<Conventions>;

/**
 * This library's own conventions ([methods §3–§4](../../docs/methods.md#3-expected-return-models)): s² with the model's degrees of freedom,
 * Patell weights d/(d − 2), SAR with the prediction-error factor C_t built from the listing's
 * usable days, zero ARs dropped by the sign test, generalized-sign p̂ as the mean of per-event
 * shares, and CAR tests on the full CAR variance.
 *
 * @example
 * ```ts
 * crossEventTests(panel, defaultConventions)
 * ```
 *
 * @category Tests
 */
export const defaultConventions: Readonly<ResolvedConventions> = Object.freeze({
  varianceDf: 'model',
  patellDenominator: 'df',
  predictionErrorCorrection: true,
  signZero: 'drop',
  generalizedSignP: 'mean',
  marketVarianceDays: 'listing',
  carTest: 'full',
  carDayCoverage: 0.9,
  sides: 'two-sided',
  brownWarnerDf: 'estimation-days',
  rankVarianceDivisor: 'days',
  rankCarCentering: 'event',
  rankDaySum: 'present',
  bootstrapSamples: 999,
  bootstrapSeed: 1,
});

/**
 * The conventions of the R package estudy2 0.10 ([methods §5](../../docs/methods.md#5-conventions-and-the-estudy2-preset); Rudnytskyi, estudy2,
 * https://github.com/irudnyts/estudy2): s with M − 1, Patell weights (M − 2)/(M − 4), a zero AR
 * counted as negative by the sign test, generalized-sign p̂ pooled over all estimation ARs, C_t from
 * every benchmark day of the estimation window, Brown–Warner tests against t(M̄ − 1), rank-test
 * variances divided by the mean number of observations and incomplete days scaled to all events,
 * and CAR tests as Σ daily statistics / √D over the days where more than 90 % of the events have an
 * AR (Cowan's rank test with estudy2's pooled centering).
 *
 * @example
 * ```ts
 * crossEventTests(panel, estudy2Conventions).daily.patell
 * ```
 *
 * @category Tests
 */
export const estudy2Conventions: Readonly<ResolvedConventions> = Object.freeze({
  varianceDf: 'm-1',
  patellDenominator: 'm-4',
  predictionErrorCorrection: true,
  signZero: 'negative',
  generalizedSignP: 'pooled',
  marketVarianceDays: 'benchmark',
  carTest: 'sum-daily',
  carDayCoverage: 0.9,
  sides: 'two-sided',
  brownWarnerDf: 'mean-m-1',
  rankVarianceDivisor: 'mean-observations',
  rankCarCentering: 'pooled',
  rankDaySum: 'scaled-to-all',
  bootstrapSamples: 999,
  bootstrapSeed: 1,
});

const allowed: { [K in keyof ResolvedConventions]: readonly unknown[] | 'unit' | 'positive-int' | 'int' } = {
  varianceDf: ['model', 'm-1'],
  patellDenominator: ['df', 'm-4'],
  predictionErrorCorrection: [true, false],
  signZero: ['drop', 'negative'],
  generalizedSignP: ['mean', 'pooled'],
  marketVarianceDays: ['listing', 'benchmark'],
  carTest: ['full', 'sum-daily'],
  carDayCoverage: 'unit',
  sides: ['two-sided'],
  brownWarnerDf: ['estimation-days', 'mean-m-1'],
  rankVarianceDivisor: ['days', 'mean-observations'],
  rankCarCentering: ['event', 'pooled'],
  rankDaySum: ['present', 'scaled-to-all'],
  bootstrapSamples: 'positive-int',
  bootstrapSeed: 'int',
};

/**
 * Turns the `conventions` option of a study into a complete set of conventions: `'default'` (or
 * nothing) gives {@link defaultConventions}, `'estudy2'` gives {@link estudy2Conventions}, and an
 * object overrides the defaults field by field.
 *
 * @param input - `'default'`, `'estudy2'`, a partial {@link Conventions} object, or `undefined`.
 * @returns A fresh, complete conventions object.
 * @throws {ConfigError} On an unknown preset name, an unknown field or an invalid value.
 *
 * @example
 * ```ts
 * resolveConventions('estudy2').patellDenominator // 'm-4'
 * resolveConventions({ signZero: 'negative' }).carTest // 'full'
 * ```
 *
 * @category Tests
 */
export function resolveConventions(
  input: ConventionPreset | Partial<Conventions> | undefined,
): ResolvedConventions {
  if (input === undefined || input === 'default') return { ...defaultConventions };
  if (input === 'estudy2') return { ...estudy2Conventions };
  if (typeof input !== 'object' || input === null) {
    throw new ConfigError(
      `unknown conventions ${JSON.stringify(input)}: expected 'default', 'estudy2' or an object`,
    );
  }
  const out: ResolvedConventions = { ...defaultConventions };
  const target = out as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const rule = (allowed as Record<string, unknown>)[key];
    if (rule === undefined) {
      throw new ConfigError(
        `unknown convention '${key}': expected one of ${Object.keys(allowed).join(', ')}`,
      );
    }
    const ok =
      rule === 'unit'
        ? typeof value === 'number' && value >= 0 && value <= 1
        : rule === 'positive-int'
          ? Number.isInteger(value) && (value as number) > 0
          : rule === 'int'
            ? Number.isInteger(value)
            : (rule as readonly unknown[]).includes(value);
    if (!ok) {
      const expected = Array.isArray(rule)
        ? rule.map((v) => JSON.stringify(v)).join(' | ')
        : rule === 'unit'
          ? 'a number in [0, 1]'
          : rule === 'positive-int'
            ? 'a positive integer'
            : 'an integer';
      throw new ConfigError(`invalid convention ${key}=${JSON.stringify(value)}: expected ${expected}`);
    }
    target[key] = value;
  }
  return out;
}
