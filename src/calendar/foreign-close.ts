/**
 * A close fixed in another zone's wall-clock time, as a local time on a given date (B3 closes
 * at 15:55 New York time: 16:55 in São Paulo while New York keeps daylight time, else 17:55).
 *
 * Why the offsets are taken at the foreign close itself: the two zones' offsets can differ by
 * date (each has its own daylight-saving rules), and DST switches happen at night, never near a
 * trading close, so the offsets at that instant are the ones of the whole trading day.
 */

import { tzOffset } from '@date-fns/tz';
import { ConfigError } from '../errors.js';
import { timeToMinutes } from './session.js';

/**
 * Minutes after local midnight, in `localZone`, of `closeIn.time` in `closeIn.timeZone` on `date`.
 *
 * @param closeIn - The close as `'HH:MM'` in another IANA zone.
 * @param localZone - The exchange's IANA zone.
 * @param date - The local trading date `YYYY-MM-DD`.
 * @returns Local minutes after midnight.
 * @throws {ConfigError} For an unknown zone or a malformed time.
 * @example
 * ```ts
 * closeInLocalMinutes({ time: '15:55', timeZone: 'America/New_York' }, 'America/Sao_Paulo', '2024-07-01') // 1015 (16:55)
 * closeInLocalMinutes({ time: '15:55', timeZone: 'America/New_York' }, 'America/Sao_Paulo', '2024-12-02') // 1075 (17:55)
 * ```
 */
export function closeInLocalMinutes(
  closeIn: { readonly time: string; readonly timeZone: string },
  localZone: string,
  date: string,
): number {
  const minutes = timeToMinutes(closeIn.time, 'closeIn time');
  const wall =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) +
    minutes * 60_000;
  const foreign = tzOffset(closeIn.timeZone, new Date(wall));
  const instant = wall - foreign * 60_000;
  const local = tzOffset(localZone, new Date(instant));
  if (Number.isNaN(foreign) || Number.isNaN(local)) {
    throw new ConfigError(
      `closeIn: unknown IANA time zone ${JSON.stringify(closeIn.timeZone)} or ${JSON.stringify(localZone)}`,
    );
  }
  return minutes + (local - foreign);
}
