import { zeroPad } from '../calendar/zero-pad';
import { isCalendarDate } from './parse-date';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** The result of {@link parseEventDate}: a normalised date, or why the text is not one. */
export type EventDateResult = { ok: true; date: string } | { ok: false; message: string };

/**
 * Read an event's date: a calendar date (`YYYY-MM-DD`; also `YYYYMMDD` and `dd.mm.yyyy`,
 * normalised to `YYYY-MM-DD`), or an ISO 8601 timestamp with a UTC offset or `Z`, normalised to
 * `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)` (a space instead of `T` is accepted). A timestamp
 * without an offset is refused: the library never guesses a time zone.
 *
 * @param text - The date cell.
 * @returns `{ ok: true, date }`, or `{ ok: false, message }` saying what was expected.
 * @example
 * ```ts
 * parseEventDate('2021-03-26') // { ok: true, date: '2021-03-26' }
 * parseEventDate('2021-03-30T16:30Z') // { ok: true, date: '2021-03-30T16:30:00Z' }
 * parseEventDate('2021-03-26T10:15') // { ok: false, message: 'timestamp without a time-zone offset …' }
 * ```
 */
export function parseEventDate(text: string): EventDateResult {
  const t = text.trim();
  if (t === '')
    return { ok: false, message: 'empty date: expected YYYY-MM-DD or an ISO 8601 timestamp with offset' };
  const invalid = {
    ok: false as const,
    message: `invalid calendar date "${t}": expected a real date such as 2021-03-26`,
  };
  let m = DATE_ONLY.exec(t) ?? COMPACT.exec(t);
  if (m !== null) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isCalendarDate(y, mo, d) ? { ok: true, date: `${m[1]}-${m[2]}-${m[3]}` } : invalid;
  }
  m = DOTTED.exec(t);
  if (m !== null) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isCalendarDate(y, mo, d) ? { ok: true, date: `${y}-${zeroPad(mo)}-${zeroPad(d)}` } : invalid;
  }
  m = STAMP.exec(t);
  if (m !== null) {
    const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
    const s = m[6] === undefined ? 0 : Number(m[6]);
    if (!isCalendarDate(y, mo, d)) return invalid;
    if (h > 23 || mi > 59 || s > 59) {
      return {
        ok: false,
        message: `invalid time in "${t}": expected hours 00–23, minutes and seconds 00–59`,
      };
    }
    const zone = m[8];
    if (zone === undefined) {
      return {
        ok: false,
        message: `timestamp without a time-zone offset "${t}": expected an offset such as +08:00 or Z (the zone is never guessed)`,
      };
    }
    let offset = 'Z';
    if (zone !== 'Z' && zone !== 'z') {
      const oh = Number(zone.slice(1, 3));
      const om = zone.length > 3 ? Number(zone.slice(-2)) : 0;
      if (oh > 18 || om > 59)
        return { ok: false, message: `invalid offset in "${t}": expected ±HH:MM up to ±18:00` };
      offset = `${zone[0]}${zeroPad(oh)}:${zeroPad(om)}`;
    }
    const date = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ?? ''}${offset}`;
    return { ok: true, date };
  }
  if (/^\d{1,2}[/-]\d{1,2}[/-]\d{4}$/.test(t)) {
    return {
      ok: false,
      message: `ambiguous date "${t}": day and month cannot be told apart; expected YYYY-MM-DD`,
    };
  }
  return {
    ok: false,
    message: `unparseable date "${t}": expected YYYY-MM-DD or an ISO 8601 timestamp with offset (2021-03-26T10:15:00+08:00)`,
  };
}
