/** Field separators recognised by {@link detectDelimiter}, in order of preference on a tie. */
const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Guess the field separator of a CSV text from its first line that contains one: the candidate
 * (`,`, `;`, tab, `|`) occurring most often outside double quotes; `,` on a tie or when the text
 * has no separator at all (a single column).
 *
 * @param text - The CSV text (a BOM is fine).
 * @returns The separator character.
 * @example
 * ```ts
 * detectDelimiter('SP500;30.09.1996;100\n') // ';'
 * detectDelimiter('date,close\n2021-03-26,24.2') // ','
 * ```
 */
export function detectDelimiter(text: string): string {
  let pos = 0;
  for (let lines = 0; pos < text.length && lines < 20; lines++) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const counts = [0, 0, 0, 0];
    let quoted = false;
    for (let i = pos; i < eol; i++) {
      const ch = text[i];
      if (ch === '"') quoted = !quoted;
      else if (!quoted) {
        const k = CANDIDATES.indexOf(ch as (typeof CANDIDATES)[number]);
        if (k >= 0) counts[k]!++;
      }
    }
    let best = -1;
    for (let k = 0; k < counts.length; k++)
      if (counts[k]! > 0 && (best < 0 || counts[k]! > counts[best]!)) best = k;
    if (best >= 0) return CANDIDATES[best]!;
    pos = eol + 1;
  }
  return ',';
}
