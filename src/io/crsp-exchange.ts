/**
 * The exchange of a CRSP listing from its exchange code `EXCHCD` ([methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)): 1 and 31 NYSE,
 * 2 and 32 NYSE American (code `'AMEX'`), 3 and 33 Nasdaq (31–33: when-issued trading on the
 * same exchange). Other codes (4 Arca, 0 and negatives for halts and suspensions, …) name no
 * exchange the library has a calendar for: `undefined`, so the exchange is not guessed.
 *
 * @param cell - The `EXCHCD` cell's text.
 * @returns `'NYSE'`, `'AMEX'`, `'NASDAQ'` or `undefined`.
 * @example
 * ```ts
 * exchangeFromExchcd('3') // 'NASDAQ'
 * exchangeFromExchcd('-2') // undefined
 * ```
 *
 * @category Reading
 */
export function exchangeFromExchcd(cell: string): string | undefined {
  switch (cell.trim()) {
    case '1':
    case '31':
      return 'NYSE';
    case '2':
    case '32':
      return 'AMEX';
    case '3':
    case '33':
      return 'NASDAQ';
    default:
      return undefined;
  }
}
