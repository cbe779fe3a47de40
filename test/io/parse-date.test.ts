import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayOrderEvidence,
  explainDate,
  isCalendarDate,
  isoDateDigits,
  parseDateAt,
} from '../../src/io/parse-date';

const parse = (t: string, order?: 'dmy' | 'mdy') => parseDateAt(t, 0, t.length, order);

describe('parseDateAt', () => {
  it.each([
    ['2021-03-26', '2021-03-26'],
    [' 2021-03-26 ', '2021-03-26'],
    ['2021/3/6', '2021-03-06'],
    ['2021.03.26', '2021-03-26'],
    ['20210326', '2021-03-26'],
    ['26.03.2021', '2021-03-26'],
    ['6.3.2021', '2021-03-06'],
    ['2020-01-02 00:00:00+08:00', '2020-01-02'],
    ['2021-03-26T16:30:00Z', '2021-03-26'],
    ['26/03/2021', '2021-03-26'],
    ['03/26/2021', '2021-03-26'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (text, date) => {
    expect(parse(text)).toBe(date);
  });

  it.each([
    '03/04/2021',
    '2021-02-29',
    '2021-13-01',
    '2021-00-10',
    '20210230',
    'abc',
    '',
    '21-03-26',
    '2021-03-26x',
    '13/13/2021',
  ])('rejects %j', (text) => {
    expect(parse(text)).toBeUndefined();
  });

  it('uses the column day order for ambiguous dates', () => {
    expect(parse('03/04/2021', 'dmy')).toBe('2021-04-03');
    expect(parse('03/04/2021', 'mdy')).toBe('2021-03-04');
    expect(parse('3-4-2021', 'mdy')).toBe('2021-03-04');
  });

  it('reads a substring without copying the rest', () => {
    expect(parseDateAt('x,2021-03-26,y', 2, 12)).toBe('2021-03-26');
  });

  it('round-trips every real date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parse(iso)).toBe(iso);
          expect(parse(iso.replaceAll('-', ''))).toBe(iso);
          const [y, m, day] = iso.split('-');
          expect(parse(`${day}.${m}.${y}`)).toBe(iso);
        },
      ),
    );
  });
});

describe('parseDateAt on every YYYY-MM-DD shape (synthetic, fast-check)', () => {
  it('reads YYYY-MM-DD exactly when it is a real date, whatever the year, month 00–99 and day 00–99', () => {
    // synthetic: digits anywhere, so month 13+, day 32+ and years outside the date table are met
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const year = fc
      .oneof(fc.integer({ min: 1890, max: 2170 }), fc.integer({ min: 0, max: 9999 }))
      .map((n) => String(n).padStart(4, '0'));
    fc.assert(
      fc.property(year, two, two, fc.boolean(), (y, m, d, twice) => {
        const text = `${y}-${m}-${d}`;
        const real = isCalendarDate(Number(y), Number(m), Number(d));
        const first = parse(text);
        // the second read comes from the table of dates met: the same answer
        const again = twice ? parse(` ${text}`) : first;
        expect(first, text).toBe(real ? text : undefined);
        expect(again, text).toBe(first);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('isCalendarDate', () => {
  it('knows leap years', () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2021, 4, 31)).toBe(false);
    expect(isCalendarDate(2021, 12, 31)).toBe(true);
  });
});

describe('dayOrderEvidence and explainDate', () => {
  it('tells what a slash date proves', () => {
    expect(dayOrderEvidence('25/04/2021')).toBe('dmy');
    expect(dayOrderEvidence('04/25/2021')).toBe('mdy');
    expect(dayOrderEvidence('03/04/2021')).toBe('none');
    expect(dayOrderEvidence('2021-03-04')).toBeUndefined();
  });

  it('explains rejections', () => {
    expect(explainDate('03/04/2021')).toContain('ambiguous date');
    expect(explainDate('2021-02-30')).toContain('invalid calendar date');
    expect(explainDate('soon')).toContain('unparseable date');
    expect(explainDate(' ')).toContain('empty date');
  });
});

describe('parseDateWithPattern / checkDatePattern / dateOutOfRange', () => {
  it('parses with date-fns patterns', async () => {
    const { parseDateWithPattern } = await import('../../src/io/parse-date');
    expect(parseDateWithPattern('08.02.2013', 'dd.MM.yyyy')).toBe('2013-02-08');
    expect(parseDateWithPattern('02/08/2013', 'MM/dd/yyyy')).toBe('2013-02-08');
    expect(parseDateWithPattern('20130208', 'yyyyMMdd')).toBe('2013-02-08');
    expect(parseDateWithPattern(' 8-Feb-2013 ', 'd-MMM-yyyy')).toBe('2013-02-08');
    expect(parseDateWithPattern('29.02.2013', 'dd.MM.yyyy')).toBeUndefined();
    expect(parseDateWithPattern('2013-02-08', 'dd.MM.yyyy')).toBeUndefined();
    expect(parseDateWithPattern('08.02.2013x', 'dd.MM.yyyy')).toBeUndefined();
  });
  it('checks patterns', async () => {
    const { checkDatePattern } = await import('../../src/io/parse-date');
    expect(() => checkDatePattern('dd.MM.yyyy')).not.toThrow();
    expect(() => checkDatePattern("yyyy'-'MM'-'dd")).not.toThrow();
    expect(() => checkDatePattern('')).toThrow(/dateFormat/);
    expect(() => checkDatePattern('yyyy-MM')).toThrow(/a day/);
  });
  it('bounds price dates to 1900–2100', async () => {
    const { dateOutOfRange } = await import('../../src/io/parse-date');
    expect(dateOutOfRange('1900-01-01')).toBeUndefined();
    expect(dateOutOfRange('2100-12-31')).toBeUndefined();
    expect(dateOutOfRange('9999-12-31')).toContain('placeholder');
    expect(dateOutOfRange('1899-12-30')).toContain('Excel zero date');
    expect(dateOutOfRange('1850-06-01')).not.toContain('placeholder');
  });
});

describe('isoDateDigits (the one YYYY-MM-DD digit reader of the parsers and the spec check)', () => {
  it('reads every digit pair, including ones whose bits overlap (2 | 8 = 10)', () => {
    expect(isoDateDigits('2013-02-08', 0)).toBe(20130208);
    expect(isoDateDigits('1999-12-31', 0)).toBe(19991231);
    expect(isoDateDigits('x2021-03-26', 1)).toBe(20210326);
  });

  it('refuses any character that is not a digit where one belongs, and other separators', () => {
    expect(isoDateDigits('2021- 3-26', 0)).toBe(-1);
    expect(isoDateDigits('2021-0:-26', 0)).toBe(-1); // ':' is the code after '9'
    expect(isoDateDigits('2e03-03-26', 0)).toBe(-1);
    expect(isoDateDigits('2021/03/26', 0)).toBe(-1);
  });

  it('agrees with reading the three numbers from the text, on any 10-character string (fast-check)', () => {
    const chars = fc.constantFrom(...'0123456789-:/ e'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 10, maxLength: 10 }), (cells) => {
        const text = cells.join('');
        const shaped = /^\d{4}-\d{2}-\d{2}$/.test(text);
        const expected = shaped ? Number(text.slice(0, 4) + text.slice(5, 7) + text.slice(8, 10)) : -1;
        expect(isoDateDigits(text, 0)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
