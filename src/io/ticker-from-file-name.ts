const EXTENSION = /\.(csv|txt|tsv|dat|prn)(\.gz)?$|\.(gz|parquet|xlsx)$/i;
const HISTORY = /[._]history$/i;

/**
 * The ticker a file name implies when the file does not name one: the base name (any folder
 * part, `/` or `\`, removed) without its data extension (`.csv`, `.txt`, `.tsv`, `.dat`,
 * `.prn`, any case, gzipped or not; `.parquet`, `.xlsx`) and without a yfinance `.history` suffix. Other dots are kept, so
 * `1810.HK.csv` gives `1810.HK`.
 *
 * @param file - A file name or path.
 * @returns The ticker, or `undefined` when nothing is left.
 * @example
 * ```ts
 * tickerFromFileName('data/hk/1810.HK.csv') // '1810.HK'
 * tickerFromFileName('data/hk/alt/1810.HK.history.csv') // '1810.HK'
 * tickerFromFileName('prices/AAPL.xlsx') // 'AAPL'
 * ```
 */
export function tickerFromFileName(file: string): string | undefined {
  const base = file.split(/[\\/]/).pop() ?? '';
  const name = base.replace(EXTENSION, '').replace(HISTORY, '').trim();
  return name === '' ? undefined : name;
}
