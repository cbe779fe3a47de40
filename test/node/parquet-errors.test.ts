/**
 * Bad inputs of the Parquet path (issue 13): a Parquet table is validated as a CSV file is, and
 * its errors name the file, the 0-based row and the 1-based column where a CSV error names the
 * line. The files are written here by DuckDB (a devDependency), each with one bad cell.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../src/errors';
import { loadPrices } from '../../src/node';

const dir = mkdtempSync(join(tmpdir(), 'es13-parquet-errors-'));
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const write = (name: string, select: string) =>
    connection.run(`COPY (${select}) TO '${at(name)}' (FORMAT parquet)`);
  const rows = (values: string) => `SELECT * FROM (VALUES ${values})`;
  await write(
    'minus-150.parquet',
    `${rows("(DATE '2021-03-24', 0.01), (DATE '2021-03-25', 0.02), (DATE '2021-03-26', -1.5)")} t(date, ret)`,
  );
  await write(
    'ret-x.parquet',
    `${rows("(10107, 20160104, 'C'), (10107, 20160105, '0.004562'), (10107, 20160106, 'X')")} t(PERMNO, date, RET)`,
  );
  await write('no-date.parquet', `${rows("('AAPL', 1.5)")} t(Name, close)`);
  connection.closeSync();
}, 60_000);

async function failure(file: string): Promise<CsvFormatError> {
  try {
    await loadPrices(at(file));
  } catch (error) {
    expect(error).toBeInstanceOf(CsvFormatError);
    return error as CsvFormatError;
  }
  throw new Error(`${file} was read without an error`);
}

describe('Parquet bad inputs: error class, file, row and column', () => {
  it('a return of −1.5', async () => {
    const e = await failure('minus-150.parquet');
    expect([e.file, e.row, e.column]).toEqual([at('minus-150.parquet'), 2, 2]);
    expect(e.message).toMatch(/below −1/);
  });

  it('RET = X', async () => {
    const e = await failure('ret-x.parquet');
    expect([e.file, e.row, e.column]).toEqual([at('ret-x.parquet'), 2, 3]);
    expect(e.message).toMatch(/non-numeric return "X"/);
  });

  it('no date column: the file and the columns it has (no row: the schema is at fault)', async () => {
    const e = await failure('no-date.parquet');
    expect([e.file, e.row]).toEqual([at('no-date.parquet'), undefined]);
    expect(e.message).toMatch(/no date column.*Name, close/);
  });
});
