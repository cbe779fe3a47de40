import { loadPrices } from '../node';
import { hasEvery, neededPriceFiles } from '../node/load-study';
import { readPriceFiles } from '../node/read-price-files';
import type { PriceSeries } from '../types';
import type { PriceReadOptions, PricesArgument } from './args';
import { UsageError } from './usage-error';

/**
 * Reads the `--prices` arguments of `eventstudy run`: files and folders as `loadPrices` reads
 * them (with the reading flags given before each), and `PATH=TICKER` files renamed (the file
 * must hold a single series).
 *
 * @param inputs - the parsed `--prices` arguments, in command-line order
 * @param onProgress - called after each file read with the files done and the total
 * @param onSkipped - called for each folder entry not read (a broken symbolic link), with why
 * @param wanted - the tickers the study needs (`studyTickers`): then only the files that may hold
 *   them are parsed (`neededPriceFiles`), and every file after all when one is still missing (so
 *   that the study's exclusion reasons suggest the same close tickers); all files when omitted
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
  wanted?: readonly string[],
): Promise<PriceSeries[]> {
  // Paths read the same way are read together (loadPrices then reports a ticker found in two
  // files); progress counts groups and renamed files as they finish.
  const groups = new Map<string, { read: PriceReadOptions; paths: string[] }>();
  for (const input of inputs) {
    if (input.ticker !== undefined) continue;
    const key = JSON.stringify(input.read ?? {});
    const group = groups.get(key) ?? { read: input.read ?? {}, paths: [] };
    group.paths.push(input.path);
    groups.set(key, group);
  }
  const renamed = inputs.filter((input) => input.ticker !== undefined);
  let done = 0;
  const series: PriceSeries[] = [];
  let left = groups.size;
  let narrowed = false;
  for (const { read, paths } of groups.values()) {
    left--;
    const before = done;
    const needed =
      wanted === undefined
        ? undefined
        : await neededPriceFiles(paths, wanted, { ...read, ...(onSkipped ? { onSkipped } : {}) });
    if (needed !== undefined && !needed.all) narrowed = true;
    const options = {
      ...read,
      ...(needed !== undefined && !needed.all ? { tickers: [...wanted!] } : {}),
      onProgress: (files: number, count: number) => {
        done = before + files;
        onProgress?.(done, before + count + left + renamed.length);
      },
    };
    series.push(
      ...(needed === undefined
        ? await loadPrices(paths, { ...options, ...(onSkipped ? { onSkipped } : {}) })
        : await readPriceFiles(needed.files, options, needed.preread)),
    );
  }
  const total = done + renamed.length;
  for (const input of renamed) {
    const loaded = await loadPrices(input.path, input.read ?? {});
    if (loaded.length !== 1) {
      throw new UsageError(
        `--prices ${input.path}=${input.ticker}: a new ticker needs a file with one series; it has ${loaded.length} (${loaded.map((s) => s.ticker).join(', ')})`,
        'run',
      );
    }
    series.push({ ...loaded[0]!, ticker: input.ticker! });
    onProgress?.(++done, total);
  }
  // a ticker still missing: every series after all (folder entries skipped were reported already)
  if (narrowed && !hasEvery(series, wanted!)) return loadPriceArguments(inputs, onProgress);
  return series;
}
