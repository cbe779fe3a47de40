/**
 * Node-only: the files a list of price (or factor) paths stands for, folders expanded.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CsvFormatError } from '../errors';

const DATA_FILE = /\.(csv|txt|tsv)(\.gz)?$|\.parquet$|\.xlsx$/i;

/**
 * Expand files and folders (every `.csv`/`.txt`/`.tsv`, also gzipped, `.parquet` and `.xlsx` directly
 * inside, sorted by name) into files. Symbolic links to files are followed (git-annex and DVC
 * keep data files as links); a link that cannot be followed, or leads to a folder, is reported
 * to `onSkipped` with why. A folder with no such file is an error, not an empty success.
 *
 * @param paths - A file or folder, or several.
 * @param onSkipped - Called for each folder entry not read, with why.
 * @param what - What the files hold, for the error of an empty folder (`'price'`, `'factor'`).
 * @returns The files, folders expanded in name order.
 * @throws CsvFormatError for a folder without a data file; the file system's error for a missing path.
 * @example
 * ```ts
 * await listFiles(['data/hk', 'data/indices/HSI.csv']) // ['data/hk/0175.HK.csv', …, 'data/indices/HSI.csv']
 * ```
 */
export async function listFiles(
  paths: string | string[],
  onSkipped?: (path: string, reason: string) => void,
  what = 'price',
): Promise<string[]> {
  const out: string[] = [];
  for (const path of typeof paths === 'string' ? [paths] : paths) {
    if ((await stat(path)).isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      const names: string[] = [];
      for (const entry of entries) {
        if (!DATA_FILE.test(entry.name)) continue;
        if (entry.isFile()) names.push(entry.name);
        else if (entry.isSymbolicLink()) {
          const target = await linkTarget(join(path, entry.name));
          if (target === 'file') names.push(entry.name);
          else onSkipped?.(join(path, entry.name), target);
        }
      }
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (names.length === 0)
        throw noDataFile(
          path,
          entries.map((e) => e.name),
          what,
        );
      for (const name of names) out.push(join(path, name));
    } else {
      out.push(path);
    }
  }
  return out;
}

/** The error of a folder without a file to read, naming what it holds. */
function noDataFile(folder: string, found: string[], what: string): CsvFormatError {
  const listed =
    found.length > 0
      ? `; found ${found.slice(0, 5).join(', ')}${found.length > 5 ? ', …' : ''} (name a file itself to read it)`
      : '; the folder is empty';
  return new CsvFormatError(
    `no ${what} file in this folder: expected .csv, .txt or .tsv files (or the same gzipped, .csv.gz), .parquet or .xlsx${listed}`,
    { file: folder },
  );
}

/** `'file'` when a symbolic link leads to a file, else why it is skipped. */
async function linkTarget(link: string): Promise<'file' | string> {
  try {
    const target = await stat(link);
    if (target.isFile()) return 'file';
    return target.isDirectory()
      ? 'a symbolic link to a folder (folders are not read recursively)'
      : 'a symbolic link to something that is not a file';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ELOOP') return 'a symbolic link that loops';
    if (code === 'ENOENT')
      return 'a symbolic link to a file that does not exist (a git-annex file not fetched?)';
    return `a symbolic link that cannot be followed (${String(code)})`;
  }
}
