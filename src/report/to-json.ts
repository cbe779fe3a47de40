import type { CarRegression, StudyResult } from '../types';

/**
 * Version of the JSON shape written by {@link toJson}; bumped on any incompatible change.
 *
 * @example
 * ```ts
 * JSON.parse(toJson(result)).version === RESULT_JSON_VERSION; // true
 * ```
 *
 * @category Reports
 */
export const RESULT_JSON_VERSION = 1;

/**
 * Serialises a study result as versioned JSON: `{ "format": "eventstudy-result", "version": 1,
 * …StudyResult }`. Non-finite numbers (a test that could not be computed) become `null`; the
 * test's `note` says why. Key order is fixed, so the same input gives byte-identical JSON. A
 * regression from `regressCars` is written the same way with `"format": "eventstudy-regression"`
 * (its shape is `$defs/carRegression` of the result schema).
 *
 * @param result - a study result, or a regression
 * @param indent - spaces of indentation (default 2; 0 for one line)
 * @returns the JSON text
 *
 * @example
 * ```ts
 * const json = toJson(eventStudy(spec));
 * JSON.parse(json).version; // 1
 * ```
 *
 * @category Reports
 */
export function toJson(result: StudyResult | CarRegression, indent = 2): string {
  const format = 'coefficients' in result ? 'eventstudy-regression' : 'eventstudy-result';
  return JSON.stringify(
    { format, version: RESULT_JSON_VERSION, ...result },
    (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
    indent,
  );
}
