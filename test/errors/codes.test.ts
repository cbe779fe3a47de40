/**
 * Every exported error class has a stable code of its own (as zod's issues do), a thrown error of
 * each class carries it, and the README's error table gives each class's code. The codes are
 * written out here, not read from the classes, so that renaming one fails this test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasErrorCode } from '../../src/cli/has-error-code';
import { ERROR_CODES } from '../../src/errors';
import * as api from '../../src/index';
import { xiaomiPrices } from '../helpers/xiaomi';

const EXPECTED: Record<string, string> = {
  EventStudyError: 'EVENT_STUDY',
  CsvFormatError: 'CSV_FORMAT',
  EventSpecError: 'EVENT_SPEC',
  ConfigError: 'CONFIG',
};

/** The error classes the public entry exports: its values whose prototype is an Error's. */
const errorClasses = Object.entries(api as Record<string, unknown>).filter(
  (entry): entry is [string, typeof api.EventStudyError] =>
    typeof entry[1] === 'function' && (entry[1] as { prototype?: unknown }).prototype instanceof Error,
);

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('error codes', () => {
  it('every exported error class has its own non-empty code, the one listed here', () => {
    expect(errorClasses.map(([name]) => name).sort()).toEqual(Object.keys(EXPECTED).sort());
    const codes = errorClasses.map(([name, ErrorClass]) => {
      const code = new ErrorClass('message').code;
      expect(code, name).toBe(EXPECTED[name]);
      return code;
    });
    expect(new Set(codes).size).toBe(codes.length);
    expect([...ERROR_CODES].sort()).toEqual([...codes].sort());
  });

  it('a thrown error of each class carries its code', () => {
    const prices = xiaomiPrices();
    const cases: [string, typeof api.EventStudyError, unknown][] = [
      [
        'CsvFormatError',
        api.CsvFormatError,
        thrownBy(() => api.parsePrices('date,close\n2021-03-26,abc\n', { ticker: 'X' })),
      ],
      [
        'EventSpecError',
        api.EventSpecError,
        thrownBy(() => api.parseEvents('ticker,date\n1810.HK,2021-03-26T10:00:00\n')),
      ],
      [
        'ConfigError',
        api.ConfigError,
        thrownBy(() => api.eventStudy({ prices, events: [], window: [5, -5] })),
      ],
      [
        'EventStudyError',
        api.EventStudyError,
        thrownBy(() =>
          api.inspectPrices({
            ticker: 'A',
            dates: ['2021-02-26', '2021-02-30'],
            close: Float64Array.of(1, 2),
          }),
        ),
      ],
    ];
    for (const [name, ErrorClass, error] of cases) {
      expect(error, name).toBeInstanceOf(ErrorClass);
      expect((error as api.EventStudyError).code, name).toBe(EXPECTED[name]);
      expect(hasErrorCode(error, EXPECTED[name] as api.ErrorCode), name).toBe(true);
    }
  });

  it('a code survives where instanceof does not: an error passed as plain data keeps it', () => {
    const error = thrownBy(() => api.parsePrices('', { ticker: 'X' })) as api.CsvFormatError;
    const copy = structuredClone({ code: error.code, message: error.message });
    expect(copy.code).toBe('CSV_FORMAT');
    expect(hasErrorCode(new Error('no code'), 'CSV_FORMAT')).toBe(false);
  });

  it('the README gives each class its code', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Errors and exclusions'));
    for (const [name, code] of Object.entries(EXPECTED)) {
      expect(table).toMatch(new RegExp(`\\| \`${name}\` \\| \`${code}\` \\|`));
    }
  });
});
