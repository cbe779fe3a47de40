import { CsvFormatError, EventSpecError } from '../errors';
import type { EventSpec } from '../types';
import { detectDelimiter } from './detect-delimiter';
import { parseEventDate } from './parse-event-date';
import { cellText, headRows, scanCsvRows } from './scan-csv-rows';

/**
 * Options of {@link parseEvents}.
 *
 * @category Reading
 */
export interface ParseEventsOptions {
  /** File name, for error messages. */
  file?: string;
}

type Field = 'id' | 'ticker' | 'date' | 'market' | 'group';

const FIELDS: Record<string, Field> = {
  id: 'id',
  'event id': 'id',
  ticker: 'ticker',
  symbol: 'ticker',
  date: 'date',
  'event date': 'date',
  timestamp: 'date',
  datetime: 'date',
  market: 'market',
  benchmark: 'market',
  group: 'group',
};

/** Names of the EventStudyTools request-file columns after `group`. */
const EST_EXTRA = ['eventWindowStart', 'eventWindowEnd', 'estimationWindowEnd', 'estimationWindowLength'];

function norm(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/**
 * Parse an events file into {@link EventSpec}s, in file order. Two layouts are read:
 *
 * - CSV with a header naming the columns `id`, `ticker` (or `symbol`), `date`, `market`,
 *   `group` in any order and case; `ticker` and `date` are required. Further columns are kept
 *   as text in `extra` (any header name is safe there, `__proto__` included). A `permno` column
 *   (CRSP's permanent number) is the ticker, as in CRSP price files; a `ticker` column beside it
 *   is then kept in `extra`. Empty `id`,
 *   `market`, `group` cells are left out.
 * - The EventStudyTools request file: no header, `;`-separated
 *   `event_id;firm_id;market_id;dd.mm.yyyy;group;…` (ids trimmed); the four window columns that
 *   follow are kept in `extra` as `eventWindowStart`, `eventWindowEnd`, `estimationWindowEnd`,
 *   `estimationWindowLength`.
 *
 * `date` is `YYYY-MM-DD` (also `YYYYMMDD`, `dd.mm.yyyy`, normalised) or an ISO 8601 timestamp
 * with an offset or `Z` (normalised by `parseEventDate`).
 *
 * @param text - The file's text.
 * @param options - `file` for messages.
 * @returns The events.
 * @throws CsvFormatError for a file that is not an events table (empty, no header, no
 *   `ticker` or `date` column, duplicate column, ragged row); EventSpecError for an event that
 *   is malformed as written (empty ticker, bad date, timestamp without offset), with `file`,
 *   `line` and `column`.
 * @example
 * ```ts
 * parseEvents('id,ticker,date\nxiaomi-ev,1810.HK,2021-03-26T10:15:00+08:00\n')
 * // [{ id: 'xiaomi-ev', ticker: '1810.HK', date: '2021-03-26T10:15:00+08:00' }]
 * ```
 *
 * @category Reading
 */
export function parseEvents(text: string, options: ParseEventsOptions = {}): EventSpec[] {
  const file = options.file;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const head = headRows(body, delimiter, 1, file);
  if (head.rows.length === 0) {
    throw new CsvFormatError('empty file: expected a header such as id,ticker,date and one event per row', {
      file,
      line: 1,
      column: 1,
    });
  }
  const header = head.rows[0]!;
  const headerLine = head.lines[0]!;
  const columns = new Map<Field, number>();
  const extras: { name: string; column: number }[] = [];
  const names = new Map<string, number>();
  // CRSP: a PERMNO column names the listing (prices keyed by PERMNO); a ticker beside it is extra
  const byPermno = header.some((cell) => norm(cell) === 'permno');
  header.forEach((cell, k) => {
    const name = cell.trim();
    const before = names.get(name.toLowerCase());
    if (before !== undefined) {
      throw new CsvFormatError(
        `duplicate column "${name}" (also column ${before + 1}): expected each column once`,
        {
          file,
          line: headerLine,
          column: k + 1,
        },
      );
    }
    names.set(name.toLowerCase(), k);
    let field = Object.hasOwn(FIELDS, norm(name)) ? FIELDS[norm(name)] : undefined;
    if (byPermno) field = norm(name) === 'permno' ? 'ticker' : field === 'ticker' ? undefined : field;
    if (field !== undefined && !columns.has(field)) columns.set(field, k);
    else if (field !== undefined) {
      throw new CsvFormatError(`two ${field} columns: expected one`, {
        file,
        line: headerLine,
        column: k + 1,
      });
    } else extras.push({ name, column: k });
  });

  const events: EventSpec[] = [];
  if (!columns.has('ticker') && !columns.has('date')) {
    const d = header[3] ?? '';
    if (delimiter === ';' && header.length >= 5 && /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(d.trim())) {
      return parseRequestFile(body, file);
    }
  }
  const ticker = columns.get('ticker');
  const date = columns.get('date');
  if (ticker === undefined || date === undefined) {
    const missing = ticker === undefined ? 'ticker' : 'date';
    throw new CsvFormatError(
      `no ${missing} column: expected a header with the columns ticker (or symbol) and date; optional id, market, group`,
      { file, line: headerLine, column: 1 },
    );
  }
  const width = header.length;
  scanCsvRows(body, { delimiter, file }, (cells, row) => {
    if (row === 0) return true;
    if (cells.count !== width) {
      throw new CsvFormatError(`ragged row: expected ${width} fields, found ${cells.count}`, {
        file,
        line: cells.line,
        column: Math.min(cells.count, width) + 1,
      });
    }
    const where = (k: number) => ({ file, line: cells.line, column: k + 1 });
    const t = cellText(cells, ticker).trim();
    if (t === '')
      throw new EventSpecError('empty ticker: expected the listing the event is about', where(ticker));
    const d = parseEventDate(cellText(cells, date));
    if (!d.ok) throw new EventSpecError(d.message, where(date));
    const event: EventSpec = { ticker: t, date: d.date };
    for (const field of ['id', 'market', 'group'] as const) {
      const k = columns.get(field);
      if (k === undefined) continue;
      const v = cellText(cells, k).trim();
      if (v !== '') event[field] = v;
    }
    if (extras.length > 0) {
      const extra = new Map<string, string>();
      for (const x of extras) extra.set(x.name, cellText(cells, x.column));
      event.extra = Object.fromEntries(extra);
    }
    events.push(orderKeys(event));
    return true;
  });
  return events;
}

/** Same content with keys in the documented order (id first), for readable output. */
function orderKeys(e: EventSpec): EventSpec {
  const out: EventSpec =
    e.id !== undefined ? { id: e.id, ticker: e.ticker, date: e.date } : { ticker: e.ticker, date: e.date };
  if (e.market !== undefined) out.market = e.market;
  if (e.group !== undefined) out.group = e.group;
  if (e.extra !== undefined) out.extra = e.extra;
  return out;
}

function parseRequestFile(body: string, file: string | undefined): EventSpec[] {
  const events: EventSpec[] = [];
  let width = -1;
  scanCsvRows(body, { delimiter: ';', file }, (cells) => {
    if (width < 0) width = cells.count;
    const where = (k: number) => ({ file, line: cells.line, column: k + 1 });
    if (cells.count !== width) {
      throw new CsvFormatError(
        `ragged row: expected ${width} fields, found ${cells.count}`,
        where(Math.min(cells.count, width)),
      );
    }
    const ticker = cellText(cells, 1).trim();
    if (ticker === '')
      throw new EventSpecError('empty firm id: expected the listing the event is about', where(1));
    const d = parseEventDate(cellText(cells, 3));
    if (!d.ok) throw new EventSpecError(d.message, where(3));
    const event: EventSpec = { ticker, date: d.date };
    const id = cellText(cells, 0).trim();
    if (id !== '') event.id = id;
    const market = cellText(cells, 2).trim();
    if (market !== '') event.market = market;
    const group = cellText(cells, 4).trim();
    if (group !== '') event.group = group;
    if (cells.count > 5) {
      const extra = new Map<string, string>();
      for (let k = 5; k < cells.count; k++)
        extra.set(EST_EXTRA[k - 5] ?? `column${k + 1}`, cellText(cells, k).trim());
      event.extra = Object.fromEntries(extra);
    }
    events.push(orderKeys(event));
    return true;
  });
  return events;
}
