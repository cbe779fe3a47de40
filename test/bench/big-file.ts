/**
 * A long-format price file of CRSP size for the streaming benchmark (issue 5): the S&P 500 panel
 * tiled 40 times (`AAPL_1` … `AAPL_40`, 24.8 million rows, about 1.3 GB), written once to the
 * git-ignored `.bench-data/` and reused while its size matches.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PANEL_FOLDER } from './sp500-panel';

/** How many times the panel is repeated. */
export const COPIES = 40;

/** Where the file is written. */
export const BIG_FILE = join(fileURLToPath(new URL('../../.bench-data/', import.meta.url)), 'sp500-x40.csv');

/** The ten tickers the benchmark keeps: listings of the 1st, 20th and 40th copies. */
export const KEPT_TICKERS = [
  'AAPL_1',
  'MSFT_1',
  'JPM_1',
  'XOM_1',
  'AAPL_20',
  'MSFT_20',
  'GE_20',
  'AAPL_40',
  'KO_40',
  'ZTS_40',
];

/**
 * Writes the tiled file unless it is already there.
 *
 * @returns its path and size in bytes
 */
export async function ensureBigFile(): Promise<{ path: string; bytes: number }> {
  const names = (await readdir(PANEL_FOLDER)).filter((name) => name.endsWith('.csv')).sort();
  const files = await Promise.all(names.map((name) => readFile(join(PANEL_FOLDER, name), 'utf8')));
  const bodies = files.map((text) => {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const rows = lines.slice(1);
    return {
      ticker: rows[0]!.slice(rows[0]!.lastIndexOf(',') + 1),
      rows: rows.join('\n'),
      count: rows.length,
    };
  });
  const header = 'date,open,high,low,close,volume,Name\n';
  // Each file's rows end with ",<ticker>"; copy c renames it "<ticker>_c".
  const copyOf = ({ ticker, rows }: { ticker: string; rows: string }, copy: number): string =>
    `${rows.replaceAll(`,${ticker}\n`, `,${ticker}_${copy}\n`)}_${copy}\n`;
  let expected = header.length;
  for (let copy = 1; copy <= COPIES; copy++) {
    for (const body of bodies) expected += body.rows.length + 1 + body.count * `_${copy}`.length;
  }
  const existing = await stat(BIG_FILE).catch(() => undefined);
  if (existing?.size === expected) return { path: BIG_FILE, bytes: expected };

  await mkdir(join(BIG_FILE, '..'), { recursive: true });
  const out = createWriteStream(BIG_FILE);
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => {
      if (out.write(text)) resolve();
      else out.once('drain', resolve);
    });
  await write(header);
  for (let copy = 1; copy <= COPIES; copy++) for (const body of bodies) await write(copyOf(body, copy));
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { path: BIG_FILE, bytes: (await stat(BIG_FILE)).size };
}
