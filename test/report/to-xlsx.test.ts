/**
 * toXlsx / toXlsxBytes on the Xiaomi / Great Wall study (real prices), reopened by an
 * independent reader: openpyxl (Debian's python3-openpyxl) through test/report/read_xlsx.py.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { eventStudy } from '../../src/index';
import { toXlsx } from '../../src/node/to-xlsx';
import { toXlsxBytes } from '../../src/report/to-xlsx-bytes';
import { workbookSheets } from '../../src/report/workbook-sheets';
import { xiaomiEvents, xiaomiPrices } from '../helpers/xiaomi';

const PYTHON = '/usr/bin/python3';
function openpyxlMissing(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} is missing (apt-get install python3 python3-openpyxl)`;
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'openpyxl is missing (apt-get install python3-openpyxl)';
  }
}
const missing = openpyxlMissing();
if (missing) console.warn(`skipping the openpyxl read-back of toXlsx: ${missing}`);

interface ReadBack {
  sheets: { name: string; rows: unknown[][]; types: string[][]; freeze: string | null }[];
  aar_by_day: Record<string, number>;
}

const hostile = '=HYPERLINK("http://example.com","click")';
const result = eventStudy({
  prices: xiaomiPrices(),
  events: [
    ...xiaomiEvents.slice(0, 2),
    { ...xiaomiEvents[2]!, id: hostile },
    // An event the data cannot study, so the exclusions sheet has a row.
    { id: 'too-early', ticker: '1810.HK', date: '2018-07-10', market: '^HSI' },
  ],
});

describe.skipIf(missing !== undefined)('toXlsx read back by openpyxl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventstudy-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let readBack: ReadBack;

  test('writes a workbook openpyxl opens, one sheet per table, header row frozen', async () => {
    const file = join(dir, 'result.xlsx');
    writeFileSync(file, await toXlsx(result));
    readBack = JSON.parse(
      execFileSync(PYTHON, [join(import.meta.dirname, 'read_xlsx.py'), file], { encoding: 'utf8' }),
    );
    expect(readBack.sheets.map((s) => s.name)).toEqual([
      'settings',
      'events',
      'estimation',
      'event days',
      'days',
      'CAR windows',
      'groups',
      'overlaps',
      'exclusions',
    ]);
    for (const sheet of readBack.sheets) expect(sheet.freeze).toBe('A2');
  });

  test('every cell holds the value of workbookSheets, numbers as numbers, text as text', () => {
    const sheets = workbookSheets(result);
    sheets.forEach((sheet, s) => {
      const back = readBack.sheets[s]!;
      expect(back.rows[0]).toEqual(sheet.header);
      expect(back.rows.length).toBe(sheet.rows.length + 1);
      sheet.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          const value = back.rows[r + 1]![c];
          const type = back.types[r + 1]![c];
          if (typeof cell === 'number' && Number.isFinite(cell)) {
            expect(type).toBe('n');
            expect(value).toBe(cell);
          } else if (typeof cell === 'string' && cell !== '') {
            expect(type).toBe('s');
            expect(value).toBe(cell);
          } else {
            expect(value ?? null).toBeNull();
          }
        });
      });
    });
  });

  test('the numbers are the study result', () => {
    const byName = Object.fromEntries(readBack.sheets.map((s) => [s.name, s]));
    const days = byName.days!;
    const caar = days.rows[0]!.indexOf('caar');
    expect(days.rows.slice(1).map((row) => row[caar])).toEqual(result.caar);
    const events = byName.events!;
    const car = events.rows[0]!.indexOf('car[-1,1]');
    expect(events.rows.slice(1).map((row) => row[car])).toEqual(result.events.map((e) => e.cars[0]!.car));
    const estimation = byName.estimation!;
    const beta = estimation.rows[0]!.indexOf('beta');
    expect(estimation.rows.slice(1).map((row) => row[beta])).toEqual(result.events.map((e) => e.model.beta));
    const exclusions = byName.exclusions!;
    expect(exclusions.rows.slice(1).map((row) => [row[2], row[4]])).toEqual(
      result.excluded.map((e) => [e.ticker, e.code]),
    );
    expect(result.excluded.length).toBe(1);
  });

  test('AAR computed by Python from the event-days sheet equals the days sheet', () => {
    result.days.forEach((day, j) => {
      expect(readBack.aar_by_day[String(day)]).toBeCloseTo(result.aar[j]!, 14);
    });
  });

  test('a formula-looking id is a text cell, not a formula', () => {
    const events = readBack.sheets.find((s) => s.name === 'events')!;
    const id = events.rows[0]!.indexOf('id');
    const row = events.rows.findIndex((r) => r[id] === hostile);
    expect(row).toBeGreaterThan(0);
    expect(events.types[row]![id]).toBe('s');
    expect(readBack.sheets.flatMap((s) => s.types.flat())).not.toContain('f');
  });
});

describe('toXlsxBytes', () => {
  test('is a zip (OOXML) byte array, the same bytes toXlsx writes', async () => {
    const bytes = await toXlsxBytes(result);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect((await toXlsx(result)).byteLength).toBe(bytes.byteLength);
  });
});
