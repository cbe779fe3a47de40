/**
 * What `eventstudy run -o r.xlsx --chart caar.png` writes, reopened by independent readers:
 * the workbook by openpyxl (Debian's python3-openpyxl, through test/report/read_xlsx.py), the
 * image by pngjs. The numbers are checked against the same run's `-o r.json`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from './run-cli';

const ROOT = join(import.meta.dirname, '..', '..');
const PYTHON = '/usr/bin/python3';
const XIAOMI = [
  ...['--prices', 'data/hk', '--prices', 'data/indices', '--prices', 'data/cn/sh601633.csv=601633.SS'],
  ...['--events', 'examples/events/xiaomi.csv'],
];

async function cli(...args: string[]): Promise<{ code: number; stderr: string }> {
  const { code, stderr } = await runCli(...args);
  return { code, stderr };
}

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
if (missing) console.warn(`skipping the openpyxl read-back of 'eventstudy run -o r.xlsx': ${missing}`);

/** Pixels within a small distance of an RGB colour, in a box [x0, y0, x1, y1). */
function pixelsNear(png: PNG, rgb: [number, number, number], box?: [number, number, number, number]): number {
  const [x0, y0, x1, y1] = box ?? [0, 0, png.width, png.height];
  let count = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const k = (y * png.width + x) * 4;
      const d =
        Math.abs(png.data[k]! - rgb[0]) +
        Math.abs(png.data[k + 1]! - rgb[1]) +
        Math.abs(png.data[k + 2]! - rgb[2]);
      if (d < 30) count++;
    }
  return count;
}

interface JsonResult {
  days: number[];
  caar: number[];
  events: { ticker: string; cars: { car: number }[]; model: { beta: number } }[];
}

interface Sheet {
  name: string;
  rows: unknown[][];
  types: string[][];
}

describe('eventstudy run -o r.xlsx --chart caar.png, read back', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventstudy-cli-read-back-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const xlsx = join(dir, 'r.xlsx');
  const png = join(dir, 'caar.png');
  const json = join(dir, 'r.json');
  const runs = Promise.all([
    cli('run', ...XIAOMI, '-o', xlsx, '--chart', png, '-q'),
    cli('run', ...XIAOMI, '-o', json, '-q'),
  ]);

  test('both runs succeed silently', async () => {
    for (const outcome of await runs) expect(outcome).toEqual({ code: 0, stderr: '' });
  });

  test.skipIf(missing !== undefined)(
    'openpyxl finds the CAAR, the CARs and the betas of the JSON run',
    async () => {
      await runs;
      const result: JsonResult = JSON.parse(readFileSync(json, 'utf8'));
      const back: { sheets: Sheet[] } = JSON.parse(
        execFileSync(PYTHON, [join(ROOT, 'test', 'report', 'read_xlsx.py'), xlsx], { encoding: 'utf8' }),
      );
      const sheet = (name: string) => back.sheets.find((s) => s.name === name)!;
      const column = (s: Sheet, name: string) => {
        const c = s.rows[0]!.indexOf(name);
        expect(c).toBeGreaterThanOrEqual(0);
        return s.rows.slice(1).map((row) => row[c]);
      };
      expect(column(sheet('days'), 'caar')).toEqual(result.caar);
      expect(column(sheet('days'), 'day')).toEqual(result.days);
      expect(column(sheet('events'), 'car[-1,1]')).toEqual(result.events.map((e) => e.cars[0]!.car));
      expect(column(sheet('events'), 'ticker')).toEqual(result.events.map((e) => e.ticker));
      expect(column(sheet('estimation'), 'beta')).toEqual(result.events.map((e) => e.model.beta));
      // Numbers are number cells, never text and never formulas.
      const days = sheet('days');
      const caar = days.rows[0]!.indexOf('caar');
      expect(days.types.slice(1).map((row) => row[caar])).toEqual(result.days.map(() => 'n'));
      expect(back.sheets.flatMap((s) => s.types.flat())).not.toContain('f');
    },
  );

  test('pngjs decodes the chart: 1800 × 1120, white, the CAAR line in its colour, the title drawn', async () => {
    await runs;
    const image = PNG.sync.read(readFileSync(png));
    expect([image.width, image.height]).toEqual([1800, 1120]);
    expect([...image.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    // The CAAR line and its 11 dots in #1f4e9c; the title's dark text in the top band.
    expect(pixelsNear(image, [0x1f, 0x4e, 0x9c])).toBeGreaterThan(2000);
    expect(pixelsNear(image, [0x1f, 0x29, 0x37], [60, 30, 1200, 80])).toBeGreaterThan(1000);
    // Nothing but the chart: no pixel is transparent.
    let transparent = 0;
    for (let k = 3; k < image.data.length; k += 4) if (image.data[k]! < 255) transparent++;
    expect(transparent).toBe(0);
  });
});
