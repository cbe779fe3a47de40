import { expect } from 'vitest';
import { CsvFormatError } from '../../src/errors';

/** Run `f`, expect a CsvFormatError, return it. */
export function csvError(f: () => unknown): CsvFormatError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CsvFormatError);
    return e as CsvFormatError;
  }
  throw new Error('expected a CsvFormatError');
}
