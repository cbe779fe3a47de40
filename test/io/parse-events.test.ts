import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvFormatError, EventSpecError } from '../../src/errors';
import { parseEvents } from '../../src/io/parse-events';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function thrown(f: () => unknown): Error & { line?: number; column?: number; file?: string } {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('parseEvents', () => {
  it('reads a header CSV with dates and timestamps, any column order and case', () => {
    const text =
      'Symbol,DATE,Id,market,group,source\n' +
      '1810.HK,2021-03-26T10:15:00+08:00,xiaomi,^HSI,EV,Reuters\n' +
      '601633.SS,2021-03-26,gwm,000001.SS,,Reuters\n' +
      'NIO,2021-03-30T16:30Z,nio,,, \n';
    expect(parseEvents(text)).toEqual([
      {
        id: 'xiaomi',
        ticker: '1810.HK',
        date: '2021-03-26T10:15:00+08:00',
        market: '^HSI',
        group: 'EV',
        extra: { source: 'Reuters' },
      },
      {
        id: 'gwm',
        ticker: '601633.SS',
        date: '2021-03-26',
        market: '000001.SS',
        extra: { source: 'Reuters' },
      },
      { id: 'nio', ticker: 'NIO', date: '2021-03-30T16:30:00Z', extra: { source: ' ' } },
    ]);
  });

  it('keeps __proto__ and constructor columns as plain data', () => {
    const [e] = parseEvents('ticker,date,__proto__,constructor\nX,2021-03-26,{"polluted":1},c\n');
    expect(Object.hasOwn(e!.extra!, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(e!.extra!, '__proto__')?.value).toBe('{"polluted":1}');
    expect(e!.extra!['constructor']).toBe('c');
    expect(Object.getPrototypeOf(e!.extra!)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads the EventStudyTools request file', () => {
    const events = parseEvents(read('test/fixtures/eventstudytools_sp500/01_RequestFile.csv'));
    expect(events).toHaveLength(16);
    expect(events[0]).toEqual({
      id: '75510',
      ticker: 'Adobe Systems',
      date: '1997-04-30',
      market: 'SP500',
      group: 'Addition',
      extra: {
        eventWindowStart: '-2',
        eventWindowEnd: '2',
        estimationWindowEnd: '-11',
        estimationWindowLength: '120',
      },
    });
    expect(events[1]!.ticker).toBe('Progressive');
    expect(events.at(-1)).toMatchObject({ id: '83435', ticker: 'Yahoo', date: '1999-11-30' });
  });

  const bad: [string, string, typeof CsvFormatError | typeof EventSpecError, number, number, string][] = [
    [
      'timestamp without offset',
      'ticker,date\nX,2021-03-26T10:15\n',
      EventSpecError,
      2,
      2,
      'without a time-zone offset',
    ],
    [
      'timestamp without offset, seconds',
      'id,date,ticker\na,2021-03-26 10:15:00,X\n',
      EventSpecError,
      2,
      2,
      'offset',
    ],
    ['empty ticker', 'ticker,date\n ,2021-03-26\n', EventSpecError, 2, 1, 'empty ticker'],
    ['bad date', 'ticker,date\nX,2021-02-30\n', EventSpecError, 2, 2, 'invalid calendar date'],
    ['ambiguous date', 'ticker,date\nX,03/04/2021\n', EventSpecError, 2, 2, 'ambiguous'],
    ['bad hour', 'ticker,date\nX,2021-03-26T25:00Z\n', EventSpecError, 2, 2, 'invalid time'],
    ['no ticker column', 'id,date\na,2021-03-26\n', CsvFormatError, 1, 1, 'no ticker column'],
    ['no date column', 'ticker,when\nX,2021-03-26\n', CsvFormatError, 1, 1, 'no date column'],
    ['ragged row', 'ticker,date\nX,2021-03-26,extra\n', CsvFormatError, 2, 3, 'ragged row'],
    ['duplicate column', 'ticker,date,Ticker\nX,2021-03-26,Y\n', CsvFormatError, 1, 3, 'duplicate column'],
    ['empty file', '\n', CsvFormatError, 1, 1, 'empty file'],
  ];
  it.each(bad)('%s → error with line and column', (_, text, kind, line, column, message) => {
    const e = thrown(() => parseEvents(text, { file: 'events.csv' }));
    expect(e).toBeInstanceOf(kind);
    expect([e.file, e.line, e.column]).toEqual(['events.csv', line, column]);
    expect(e.message).toContain(message);
  });

  it('only throws library errors on arbitrary text', () => {
    const token = fc.constantFrom(
      ',',
      ';',
      '\n',
      '"',
      'ticker',
      'date',
      'id',
      'X',
      '2021-03-26',
      'T10:00',
      'Z',
      '+08:00',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        try {
          for (const e of parseEvents(tokens.join(''))) expect(e.ticker.length).toBeGreaterThan(0);
        } catch (e) {
          expect(e instanceof CsvFormatError || e instanceof EventSpecError).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
