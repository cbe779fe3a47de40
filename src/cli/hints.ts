/**
 * The library's errors end with a hint in its own API's words (`pass negativePrices: 'abs'`);
 * on the command line the same hint names the flag that does it. Each pair maps a hint the
 * library writes to the command line's; a hint with no flag is left as it is.
 */
const FLAG_HINTS: readonly [RegExp, string][] = [
  [/pass negativePrices: 'abs' or 'missing'/, 'give --negative-prices abs or missing before the file'],
  [/pass returnUnits: 'percent'/, 'give --return-units percent before the file'],
  [
    /pass \{ unknown: 'ignore' \} to apply a full delisting file to a sample/,
    'give --unknown-delistings ignore to apply a full delisting file to a sample',
  ],
  [/name it with columns: \{ returns: '…' \}/, 'name it with --column returns=NAME'],
  [/pass columns\.close or columns\.returns/, 'give --column close=NAME or --column returns=NAME'],
  [/pass columns\.date/, 'give --column date=NAME'],
];

/**
 * An error message of the library with its hint in command-line terms.
 *
 * @param message - the error's message
 * @returns the message, its API hint replaced by the flag that does the same
 *
 * @example
 * ```ts
 * cliHint("negative price \"-89.24\" (… pass negativePrices: 'abs' or 'missing')");
 * // "negative price \"-89.24\" (… give --negative-prices abs or missing before the file)"
 * ```
 */
export function cliHint(message: string): string {
  let out = message;
  for (const [api, flag] of FLAG_HINTS) out = out.replace(api, flag);
  return out;
}
