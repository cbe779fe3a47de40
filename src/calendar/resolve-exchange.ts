/**
 * The exchange of a listing, with an explicit override ([methods §1](../../docs/methods.md#1-calendar-day-0-and-windows): "or set explicitly per
 * listing").
 *
 * Why an explicit value wins and an unknown explicit value throws: the override exists for
 * tickers the suffix rules cannot read (`RY.TO`, `HSI`, vendor codes); a misspelt override
 * silently falling back to the suffix rules would put the event in the wrong time zone.
 */

import { ConfigError } from '../errors.js';
import { exchangeForTicker, SUFFIX_EXCHANGES } from './exchange-for-ticker.js';
import { EXCHANGES, type Exchange, exchangeByCode } from './exchanges.js';

/**
 * The exchange of a listing: `explicit` when given, else from the ticker.
 *
 * @param ticker - The listing's ticker (used only when `explicit` is absent).
 * @param explicit - An `Exchange` object (used as is, e.g. a custom exchange), an exchange code
 *   (`'HKEX'`, case-insensitive), or a ticker suffix (`'.HK'`).
 * @returns The exchange, or `undefined` when there is no explicit value and the ticker does not
 *   say.
 * @throws {ConfigError} When `explicit` is a string that names no known exchange or suffix.
 * @example
 * ```ts
 * resolveExchange('1810.HK')?.code // 'HKEX'
 * resolveExchange('HSI', 'HKEX')?.code // 'HKEX' (a bare 'HSI' alone would read as US)
 * resolveExchange('RY.TO', { ...EXCHANGES.NYSE, code: 'TSX', name: 'Toronto', timeZone: 'America/Toronto' })?.code // 'TSX'
 * resolveExchange('RY.TO') // undefined
 * ```
 *
 * @category Study
 */
export function resolveExchange(ticker: string, explicit?: string | Exchange): Exchange | undefined {
  if (explicit === undefined) return exchangeForTicker(ticker);
  if (typeof explicit !== 'string') return explicit;
  const byCode = exchangeByCode(explicit);
  if (byCode) return byCode;
  const s = explicit.trim().toUpperCase();
  const suffix = s.startsWith('.') ? s.slice(1) : '';
  if (suffix && Object.hasOwn(SUFFIX_EXCHANGES, suffix)) return SUFFIX_EXCHANGES[suffix];
  throw new ConfigError(
    `unknown exchange ${JSON.stringify(explicit)} for ${ticker}: expected one of ${Object.keys(EXCHANGES).join(', ')} or a suffix ${Object.keys(
      SUFFIX_EXCHANGES,
    )
      .map((k) => `.${k}`)
      .join(', ')}`,
  );
}
