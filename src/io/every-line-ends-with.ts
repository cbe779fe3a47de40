/**
 * Whether every line of a text from line `fromLine` (1-based) on is empty or ends with `suffix`
 * (before any `\r`): how a long-format file whose last column is its ticker shows that it holds
 * one ticker only, without parsing its rows.
 *
 * @param text - The file's text.
 * @param fromLine - The first line to check (the first data row).
 * @param suffix - What each line must end with (the delimiter and the ticker, `',AAL'`).
 * @returns `true` when every such line does; `false` when the text has fewer lines.
 * @example
 * ```ts
 * everyLineEndsWith('date,close,Name\n2013-02-08,14.75,AAL\r\n\n', 2, ',AAL') // true
 * everyLineEndsWith('date,close,Name\n2013-02-08,14.75,AAL\n2013-02-08,9.1,AALX\n', 2, ',AAL') // false
 * ```
 */
export function everyLineEndsWith(text: string, fromLine: number, suffix: string): boolean {
  let pos = 0;
  for (let line = 1; line < fromLine; line++) {
    const eol = text.indexOf('\n', pos);
    if (eol < 0) return false;
    pos = eol + 1;
  }
  const n = text.length;
  const k = suffix.length;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let stop = eol;
    if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--;
    if (stop > pos) {
      if (stop - pos < k) return false;
      for (let i = 0; i < k; i++) if (text.charCodeAt(stop - k + i) !== suffix.charCodeAt(i)) return false;
    }
    pos = eol + 1;
  }
  return true;
}

/**
 * {@link everyLineEndsWith} on a file's bytes, for an ASCII `suffix` in an ASCII-compatible
 * encoding (UTF-8, Windows-1252): the same answer as on the decoded text, without decoding it.
 *
 * @param bytes - The file's bytes.
 * @param fromLine - The first line to check.
 * @param suffix - ASCII text each line must end with.
 * @returns As {@link everyLineEndsWith}.
 * @example
 * ```ts
 * everyByteLineEndsWith(new TextEncoder().encode('d,c,Name\n2013-02-08,14.75,AAL\n'), 2, ',AAL') // true
 * ```
 */
export function everyByteLineEndsWith(bytes: Uint8Array, fromLine: number, suffix: string): boolean {
  const n = bytes.length;
  const k = suffix.length;
  const code = new Uint8Array(k);
  for (let i = 0; i < k; i++) code[i] = suffix.charCodeAt(i);
  let line = 1;
  let start = 0; // of the current line
  // one pass over the bytes (a plain loop: no call per line); the last line may lack its '\n'
  for (let i = 0; i <= n; i++) {
    if (i < n && bytes[i] !== 10) continue;
    if (line >= fromLine) {
      let stop = i;
      if (stop > start && bytes[stop - 1] === 13) stop--;
      if (stop > start) {
        if (stop - start < k) return false;
        for (let j = 0; j < k; j++) if (bytes[stop - k + j] !== code[j]) return false;
      }
    }
    line++;
    start = i + 1;
  }
  return line > fromLine;
}
