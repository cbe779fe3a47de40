import { editDistance } from './edit-distance';

/** Upper case, no `^` index prefix, no exchange suffix, no leading zeros of a numeric code. */
function core(ticker: string): string {
  let t = ticker.trim().toUpperCase();
  if (t.startsWith('^')) t = t.slice(1);
  const dot = t.lastIndexOf('.');
  if (dot > 0) t = t.slice(0, dot);
  if (/^\d+$/.test(t)) t = t.replace(/^0+(?=\d)/, '');
  return t;
}

/**
 * Close matches among known tickers for one that is not known, best first (at most 5): the
 * same ticker in another case; the same once an index caret, an exchange suffix or leading
 * zeros are set aside (`HSI` → `^HSI`, `1810` → `1810.HK`, `175.HK` → `0175.HK`); then tickers
 * within a small edit distance, with or without suffixes (1 for up to 4 characters, else 2). Used for the
 * `unknown-ticker` reason of an excluded event.
 *
 * @param name - The unknown ticker.
 * @param known - Tickers that are available.
 * @returns Suggestions, best first; empty when nothing is close.
 * @example
 * ```ts
 * suggestTickers('HSI', ['^HSI', '1810.HK']) // ['^HSI']
 * suggestTickers('1810', ['^HSI', '1810.HK']) // ['1810.HK']
 * ```
 *
 * @category Reading
 */
export function suggestTickers(name: string, known: readonly string[]): string[] {
  const upper = name.trim().toUpperCase();
  const c = core(name);
  const limitOf = (t: string): number => (t.length <= 4 ? 1 : 2);
  const limit = limitOf(upper);
  const coreLimit = limitOf(c);
  const scored: { ticker: string; score: number; index: number }[] = [];
  const seen = new Set<string>();
  known.forEach((ticker, index) => {
    if (seen.has(ticker)) return;
    seen.add(ticker);
    const u = ticker.toUpperCase();
    let score: number;
    if (ticker === name) score = 0;
    else if (u === upper) score = 1;
    else if (c !== '' && core(ticker) === c) score = 2;
    else {
      const full = editDistance(upper, u, limit);
      const short = editDistance(c, core(ticker), coreLimit);
      const d =
        full <= limit ? (short <= coreLimit ? Math.min(full, short) : full) : short <= coreLimit ? short : -1;
      if (d < 0) return;
      score = 2 + d;
    }
    scored.push({ ticker, score, index });
  });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.slice(0, 5).map((s) => s.ticker);
}
