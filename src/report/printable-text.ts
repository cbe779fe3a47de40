/**
 * Text from the data (tickers, ids, groups, file names) made safe to print in a report
 * (issue 20, class 9): SVG/XML, Markdown and console tables cannot hold every string.
 *
 * - Control characters (U+0000–U+001F, U+007F–U+009F): XML 1.0 forbids most of them (one makes
 *   a chart unreadable to every parser), and in a table a line break or tab breaks the columns.
 *   Line breaks and tabs become a space, the others U+FFFD.
 * - Lone surrogates (half of a UTF-16 pair) are not characters: U+FFFD. So are U+FFFE and
 *   U+FFFF, which XML forbids.
 * - Bidirectional controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates,
 *   U+200E, U+200F, U+061C marks): in a table or chart they reorder what follows them, so a
 *   cell can show something other than it holds (the "Trojan Source" trick): U+FFFD.
 *
 * Each output then escapes what its syntax needs (`escapeXml`, the Markdown cell escaper).
 */

/**
 * Everything {@link printableText} replaces, as one pattern: `\p{Cc}` is U+0000–U+001F and
 * U+007F–U+009F; with the `u` flag `\p{Cs}` matches a lone surrogate (never a whole pair).
 */
const UNPRINTABLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|\p{Cs}/gu;

/**
 * The text with control characters, lone surrogates and bidirectional controls replaced (line
 * breaks and tabs by a space, the rest by U+FFFD).
 *
 * @param text - Any string.
 * @returns A string every report format can show as it is.
 * @example
 * ```ts
 * printableText('1810.HK\u0007') // '1810.HK\uFFFD'
 * printableText('a\nb') // 'a b'
 * printableText('\u202Eevil') // '\uFFFDevil'
 * ```
 */
export function printableText(text: string): string {
  return text.replace(UNPRINTABLE, (char) =>
    char === '\n' || char === '\r' || char === '\t' ? ' ' : '\ufffd',
  );
}
