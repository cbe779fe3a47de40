import type { StudyResult } from '../types';

/**
 * Version of the JSON shape written by {@link toJson}; bumped on any incompatible change.
 *
 * @example
 * ```ts
 * JSON.parse(toJson(result)).version === RESULT_JSON_VERSION; // true
 * ```
 */
export const RESULT_JSON_VERSION = 1;

/**
 * Serialises a study result as versioned JSON: `{ "format": "eventstudy-result", "version": 1,
 * …StudyResult }`. Non-finite numbers (a test that could not be computed) become `null`; the
 * test's `note` says why. Key order is fixed, so the same input gives byte-identical JSON.
 *
 * @param result - a study result
 * @param indent - spaces of indentation (default 2; 0 for one line)
 * @returns the JSON text
 *
 * @example
 * ```ts
 * const json = toJson(eventStudy(spec));
 * JSON.parse(json).version; // 1
 * ```
 */
export function toJson(result: StudyResult, indent = 2): string {
  return JSON.stringify(
    { format: 'eventstudy-result', version: RESULT_JSON_VERSION, ...result },
    (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
    indent,
  );
}
