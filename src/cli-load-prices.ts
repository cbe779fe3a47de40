import type { PricesArgument } from './cli-args';
import { UsageError } from './cli-usage-error';
import { loadPrices } from './node';
import type { PriceSeries } from './types';

/**
 * Reads the `--prices` arguments of `eventstudy run`: files and folders as `loadPrices` reads
 * them, and `PATH=TICKER` files renamed (the file must hold a single series).
 *
 * @param inputs - the parsed `--prices` arguments, in command-line order
 * @param onProgress - called after each file read with the files done and the total
 * @param onSkipped - called for each folder entry not read (a broken symbolic link), with why
 * @returns every series, in argument order
 * @throws UsageError when `PATH=TICKER` names a file with several series; `CsvFormatError` for
 *   a malformed file or a ticker found in two files; the file system's error for a missing path
 *
 * @example
 * ```ts
 * await loadPriceArguments([{ path: 'data/hk' }, { path: 'data/cn/sh601633.csv', ticker: '601633.SS' }]);
 * ```
 */
export async function loadPriceArguments(
  inputs: readonly PricesArgument[],
  onProgress?: (done: number, total: number) => void,
  onSkipped?: (path: string, reason: string) => void,
): Promise<PriceSeries[]> {
  const plain = inputs.filter((input) => input.ticker === undefined).map((input) => input.path);
  const renamed = inputs.filter((input) => input.ticker !== undefined);
  // Progress counts files: those of the plain paths (as loadPrices reports them), then the renamed ones.
  let plainFiles = 0;
  const series =
    plain.length > 0
      ? await loadPrices(plain, {
          ...(onSkipped ? { onSkipped } : {}),
          onProgress: (done, total) => {
            plainFiles = total;
            onProgress?.(done, total + renamed.length);
          },
        })
      : [];
  let done = plainFiles;
  for (const input of renamed) {
    const loaded = await loadPrices(input.path);
    if (loaded.length !== 1) {
      throw new UsageError(
        `--prices ${input.path}=${input.ticker}: a new ticker needs a file with one series; it has ${loaded.length} (${loaded.map((s) => s.ticker).join(', ')})`,
        'run',
      );
    }
    series.push({ ...loaded[0]!, ticker: input.ticker! });
    onProgress?.(++done, plainFiles + renamed.length);
  }
  return series;
}
