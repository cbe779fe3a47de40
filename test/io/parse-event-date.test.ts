import { describe, expect, it } from 'vitest';
import { parseEventDate } from '../../src/io/parse-event-date';

describe('parseEventDate', () => {
  it.each([
    ['2021-03-26', '2021-03-26'],
    [' 20210326 ', '2021-03-26'],
    ['26.03.2021', '2021-03-26'],
    ['2021-03-26T10:15:00+08:00', '2021-03-26T10:15:00+08:00'],
    ['2021-03-26 10:15+0800', '2021-03-26T10:15:00+08:00'],
    ['2021-03-30T16:30Z', '2021-03-30T16:30:00Z'],
    ['2021-03-30T16:30:05.250-04', '2021-03-30T16:30:05.250-04:00'],
  ])('%s → %s', (text, date) => {
    expect(parseEventDate(text)).toEqual({ ok: true, date });
  });

  it.each([
    ['2021-03-26T10:15', 'without a time-zone offset'],
    ['2021-02-29', 'invalid calendar date'],
    ['2021-03-26T10:60Z', 'invalid time'],
    ['2021-03-26T10:00+19:00', 'invalid offset'],
    ['03/04/2021', 'ambiguous'],
    ['next friday', 'unparseable'],
    ['', 'empty date'],
  ])('%s is refused (%s)', (text, message) => {
    const r = parseEventDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});
