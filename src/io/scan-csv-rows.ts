import Papa from 'papaparse';
import { CsvFormatError } from '../errors';

/**
 * The fields of the current row, as offsets into source strings (no per-field allocation on
 * the fast path). Field `k` is `src[k].slice(start[k], end[k])`. Reused between rows: copy what
 * you keep.
 */
export interface CsvCells {
  /** Number of fields in this row. */
  count: number;
  /** 1-based line on which the row starts. */
  line: number;
  src: string[];
  start: Int32Array;
  end: Int32Array;
}

/**
 * Called once per non-empty row with the row's cells and its 0-based index among non-empty
 * rows; return `false` to stop scanning.
 */
export type CsvRowVisitor = (cells: CsvCells, row: number) => boolean | undefined;

/**
 * The text of field `k` of the current row.
 *
 * @param cells - The current row.
 * @param k - 0-based field index.
 * @returns The field text, or `''` when the row has no such field.
 * @example
 * ```ts
 * scanCsvRows('a,b\n', { delimiter: ',' }, (cells) => { cellText(cells, 1); return true }) // 'b'
 * ```
 */
export function cellText(cells: CsvCells, k: number): string {
  if (k >= cells.count) return '';
  return cells.src[k]!.slice(cells.start[k]!, cells.end[k]!);
}

function makeCells(): CsvCells {
  return { count: 0, line: 0, src: [], start: new Int32Array(16), end: new Int32Array(16) };
}

function grow(cells: CsvCells, need: number): void {
  if (need <= cells.start.length) return;
  let size = cells.start.length;
  while (size < need) size *= 2;
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  start.set(cells.start);
  end.set(cells.end);
  cells.start = start;
  cells.end = end;
}

/** Whether `c` may stand in a blank line: the delimiter, a space or a tab. */
function blankCode(c: number, delimiterCode: number): boolean {
  return c === delimiterCode || c === 32 || c === 9;
}

/**
 * Scan text without double quotes: split on '\n' (dropping a '\r' before it) and the delimiter.
 * Line ends and delimiters are found by the engine's native `indexOf` (a call per delimiter of
 * the text, not a step per character); a line is blank when it holds only delimiters, spaces
 * and tabs (Excel writes the rows below a table as bare delimiters, `,,,`), which its first
 * character settles for almost every line.
 */
function scanUnquoted(text: string, delimiter: string, visit: CsvRowVisitor): void {
  const cells = makeCells();
  let starts = cells.start;
  let ends = cells.end;
  const n = text.length;
  const delimiterCode = delimiter.charCodeAt(0);
  let next = text.indexOf(delimiter); // the next delimiter at or after the current line, -1: none
  let pos = 0;
  let line = 0;
  let row = 0;
  while (pos < n) {
    line++;
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let stop = eol;
    if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--;
    let count = 0;
    let fieldStart = pos;
    while (next >= 0 && next < stop) {
      if (count + 1 >= starts.length) {
        grow(cells, count + 2);
        starts = cells.start;
        ends = cells.end;
      }
      starts[count] = fieldStart;
      ends[count] = next;
      count++;
      fieldStart = next + 1;
      next = text.indexOf(delimiter, fieldStart);
    }
    if (next >= 0 && next <= eol) next = text.indexOf(delimiter, eol + 1);
    let blank = stop === pos || blankCode(text.charCodeAt(pos), delimiterCode);
    for (let i = pos + 1; blank && i < stop; i++) blank = blankCode(text.charCodeAt(i), delimiterCode);
    if (!blank) {
      starts[count] = fieldStart;
      ends[count] = stop;
      count++;
      if (cells.src.length < count) while (cells.src.length < count) cells.src.push(text);
      cells.count = count;
      cells.line = line;
      if (visit(cells, row++) === false) return;
    }
    pos = eol + 1;
  }
}

function countNewlines(s: string): number {
  let k = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) k++;
  return k;
}

/** Scan text with quoted fields through papaparse, tracking lines across quoted newlines. */
function scanQuoted(
  text: string,
  delimiter: string,
  visit: CsvRowVisitor,
  file: string | undefined,
  preview: number,
): void {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false, preview });
  const rows = parsed.data;
  const lines = new Int32Array(rows.length + 1);
  let line = 1;
  for (let r = 0; r < rows.length; r++) {
    lines[r] = line;
    let extra = 0;
    for (const f of rows[r]!) if (f.includes('\n')) extra += countNewlines(f);
    line += 1 + extra;
  }
  lines[rows.length] = line;
  const problem = parsed.errors.find((e) => e.type === 'Quotes');
  if (problem !== undefined) {
    const r = Math.min(Math.max(problem.row ?? 0, 0), rows.length - 1);
    const expected =
      problem.code === 'MissingQuotes'
        ? 'a closing double quote'
        : 'a delimiter or line end after a closing quote';
    throw new CsvFormatError(`malformed quoted field: expected ${expected}`, {
      file,
      line: lines[Math.max(r, 0)]!,
      column: Math.max(rows[r]?.length ?? 1, 1),
    });
  }
  const cells = makeCells();
  let row = 0;
  for (let r = 0; r < rows.length; r++) {
    const fields = rows[r]!;
    if (fields.every((f) => f.trim() === '')) continue; // blank, or Excel's `,,,`
    grow(cells, fields.length);
    for (let k = 0; k < fields.length; k++) {
      cells.src[k] = fields[k]!;
      cells.start[k] = 0;
      cells.end[k] = fields[k]!.length;
    }
    cells.count = fields.length;
    cells.line = lines[r]!;
    if (visit(cells, row++) === false) return;
  }
}

/**
 * Whether a CSV text needs the full (papaparse) tokeniser: it has double quotes, or only old-Mac
 * `\r` line ends. Compute it once per text and pass it to {@link scanCsvRows} to save rescans.
 *
 * @param text - The CSV text.
 * @returns `true` when the fast unquoted path cannot be used.
 * @example
 * ```ts
 * needsQuotedScan('a,"b"\n') // true
 * needsQuotedScan('a,b\n') // false
 * ```
 */
export function needsQuotedScan(text: string): boolean {
  return text.includes('"') || (text.indexOf('\n') < 0 && text.includes('\r'));
}

/** How {@link scanCsvRows} reads a text. */
export interface ScanCsvOptions {
  /** The field separator (one character). */
  delimiter: string;
  /** File name for error messages. */
  file?: string | undefined;
  /** Stop after this many rows (empty ones included; the quoted path only); 0 reads everything. */
  preview?: number;
  /** {@link needsQuotedScan} of the text, when the caller already knows it. */
  quoted?: boolean;
}

/**
 * Tokenise CSV text row by row. Text without double quotes takes a fast path that splits on
 * line ends and the delimiter without allocating per field; text with quotes (quoted fields,
 * embedded delimiters or newlines, `""` escapes) is tokenised by papaparse. `\n`, `\r\n` and
 * `\r` line ends are accepted; empty and blank lines, and rows of bare delimiters (Excel's `,,,`), are skipped (but counted in line numbers).
 * Strip a BOM first.
 *
 * @param text - The CSV text.
 * @param options - The `delimiter` (one character), and optionally the `file` for error
 *   messages, a `preview` row count and `quoted` when already known.
 * @param visit - Called per non-empty row; return `false` to stop.
 * @throws CsvFormatError on an unterminated or malformed quoted field.
 * @example
 * ```ts
 * const dates: string[] = []
 * scanCsvRows('date,close\n2021-03-26,24.2\n', { delimiter: ',' }, (cells, row) => {
 *   if (row > 0) dates.push(cellText(cells, 0))
 *   return true
 * })
 * dates // ['2021-03-26']
 * ```
 */
export function scanCsvRows(text: string, options: ScanCsvOptions, visit: CsvRowVisitor): void {
  const { delimiter, file, preview = 0 } = options;
  const quoted = options.quoted ?? needsQuotedScan(text);
  if (quoted || delimiter.length !== 1) {
    scanQuoted(text, delimiter, visit, file, preview);
  } else {
    scanUnquoted(text, delimiter, visit);
  }
}

/**
 * The first `n` non-empty rows of a CSV text as strings, with their line numbers.
 *
 * @param text - The CSV text (BOM stripped).
 * @param delimiter - The field separator.
 * @param n - How many rows to read at most.
 * @param file - File name for error messages.
 * @param quoted - {@link needsQuotedScan} of the text, when known.
 * @returns The rows and the 1-based line of each.
 * @example
 * ```ts
 * headRows('a,b\n1,2\n3,4\n', ',', 2).rows // [['a', 'b'], ['1', '2']]
 * ```
 */
export function headRows(
  text: string,
  delimiter: string,
  n: number,
  file?: string,
  quoted = needsQuotedScan(text),
): { rows: string[][]; lines: number[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  scanCsvRows(text, { delimiter, file, preview: n + 100, quoted }, (cells) => {
    const row: string[] = [];
    for (let k = 0; k < cells.count; k++) row.push(cellText(cells, k));
    rows.push(row);
    lines.push(cells.line);
    return rows.length < n;
  });
  return { rows, lines };
}
