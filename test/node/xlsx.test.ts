/**
 * Excel workbooks read directly by eventstudy/node (issue 14 item 1): a sheet becomes CSV text
 * and goes through the same parsers as every other file. The fixture is real data written by
 * openpyxl, an independent writer (test/fixtures/international/make_xlsx.py), and the expected
 * values are what openpyxl reads back from it. The malformed workbooks are written here by
 * write-excel-file: their property is one bad cell at a known place.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { CsvFormatError } from '../../src/errors';
import { loadEvents, loadPrices } from '../../src/node';

const HERE = join(import.meta.dirname, '..', 'fixtures', 'international');
const BOOK = join(HERE, 'AAPL.xlsx');
const expected = JSON.parse(readFileSync(join(HERE, 'xlsx-expected.json'), 'utf8')) as Record<
  'AAPL' | 'GSPC',
  { dates: string[]; close: number[]; volume?: number[] }
>;

async function workbook(rows: (string | number | Date | null)[][]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'es-xlsx-'));
  const data = rows.map((row) =>
    row.map((value) =>
      value === null ? null : value instanceof Date ? { value, format: 'yyyy-mm-dd' } : { value },
    ),
  );
  const blob = await writeXlsxFile(data).toBlob();
  const file = join(dir, 'book.xlsx');
  writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
  return file;
}

describe('loadPrices reads .xlsx', () => {
  it('the first sheet: date cells, number cells, named after the file', async () => {
    const [series, ...rest] = await loadPrices(BOOK);
    expect(rest).toEqual([]);
    expect(series!.ticker).toBe('AAPL');
    expect(series!.dates).toEqual(expected.AAPL.dates);
    expect(Array.from(series!.close!)).toEqual(expected.AAPL.close);
    expect(Array.from(series!.volume!)).toEqual(expected.AAPL.volume);
  });

  it('another sheet by name or by number, named with ticker', async () => {
    for (const sheet of ['GSPC', 2]) {
      const [index] = await loadPrices(BOOK, { sheet, ticker: '^GSPC' });
      expect(index!.ticker).toBe('^GSPC');
      expect(index!.dates).toEqual(expected.GSPC.dates);
      expect(Array.from(index!.close!)).toEqual(expected.GSPC.close);
    }
  });

  it('a sheet the workbook does not have: CsvFormatError naming the sheets it has', async () => {
    for (const sheet of [3, 'Prices']) {
      const error = await loadPrices(BOOK, { sheet }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CsvFormatError);
      expect((error as CsvFormatError).file).toBe(BOOK);
      expect((error as CsvFormatError).message).toMatch(/no sheet .*: its sheets are 1 'AAPL', 2 'GSPC'/);
    }
  });

  it('a bad cell is reported at its row (line) and column', async () => {
    const file = await workbook([
      ['Date', 'Close'],
      [new Date(Date.UTC(2021, 2, 25)), 23.85],
      [new Date(Date.UTC(2021, 2, 26)), 'n/a?'],
    ]);
    const error = (await loadPrices(file).catch((e: unknown) => e)) as CsvFormatError;
    expect(error).toBeInstanceOf(CsvFormatError);
    expect([error.file, error.line, error.column]).toEqual([file, 3, 2]);
  });

  it('a text cell with a comma stays one cell', async () => {
    const file = await workbook([
      ['Date', 'Close', 'Note'],
      [new Date(Date.UTC(2021, 2, 25)), 23.85, 'ex-dividend, 0.10'],
      [new Date(Date.UTC(2021, 2, 26)), 25.4, null],
    ]);
    const [series] = await loadPrices(file, { ticker: '1810.HK' });
    expect(series!.dates).toEqual(['2021-03-25', '2021-03-26']);
    expect(Array.from(series!.close!)).toEqual([23.85, 25.4]);
  });

  it('a folder contributes its workbooks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'es-xlsx-'));
    copyFileSync(BOOK, join(dir, 'AAPL.xlsx'));
    copyFileSync(join(import.meta.dirname, '..', '..', 'data', 'indices', 'GSPC.csv'), join(dir, 'GSPC.csv'));
    const series = await loadPrices(dir);
    expect(series.map((s) => s.ticker)).toEqual(['AAPL', '^GSPC']);
  });
});

describe('loadEvents reads .xlsx', () => {
  it('an events sheet', async () => {
    const file = await workbook([
      ['ticker', 'date'],
      ['1810.HK', new Date(Date.UTC(2021, 2, 26))],
    ]);
    expect(await loadEvents(file)).toEqual([{ ticker: '1810.HK', date: '2021-03-26' }]);
  });
});
