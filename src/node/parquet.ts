/**
 * Node-only: price and return series from a Parquet file, read with `hyparquet` (pure
 * JavaScript, no native code, no dependencies) column by column and handed to
 * `pricesFromColumns`, so the columns are recognised and validated exactly as a CSV header.
 * Imported only by `eventstudy/node`: the browser bundle does not carry the reader. The reader is
 * loaded on the first Parquet file (a dynamic import): importing it costs a fresh process some
 * 40 ms of CPU, which `import 'eventstudy/node'` no longer pays for a study of CSV files.
 */
import type { ParsePricesOptions } from '../io/parse-prices';
import { type PricesFromColumnsOptions, pricesFromColumns } from '../io/prices-from-columns';
import { tickerFromFileName } from '../io/ticker-from-file-name';
import type { PriceSeries } from '../types';

/**
 * Read a Parquet price or returns file (a plain, long or wide table, as for CSV). Snappy and
 * uncompressed files are read as they are; other codecs need `hyparquet-compressors`.
 *
 * @param file - The path.
 * @param options - As for `parsePrices` (`ticker`, `tickers`, `columns`, `returnUnits`, `negativePrices`).
 * @returns The series.
 * @throws CsvFormatError as `pricesFromColumns` (with the file, the row and the column).
 * @example
 * ```ts
 * const series = await loadParquetPrices('panel.parquet', { tickers: ['AAPL'] });
 * ```
 */
export async function loadParquetPrices(
  file: string,
  options: ParsePricesOptions = {},
): Promise<PriceSeries[]> {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } = await import('hyparquet');
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const rows = Number(metadata.num_rows);
  const names = parquetSchema(metadata).children.map((c) => c.element.name);
  const columns: Record<string, unknown[]> = {};
  for (const name of names) columns[name] = new Array(rows);
  await parquetRead({
    file: buffer,
    metadata,
    onChunk({ columnName, columnData, rowStart }) {
      const target = columns[columnName]!;
      for (let i = 0; i < columnData.length && rowStart + i < rows; i++) target[rowStart + i] = columnData[i];
    },
  });
  const out: PricesFromColumnsOptions = { name: file };
  const fallback = tickerFromFileName(file);
  if (options.ticker !== undefined) out.ticker = options.ticker;
  else if (fallback !== undefined) out.defaultTicker = fallback;
  if (options.tickers !== undefined) out.tickers = options.tickers;
  if (options.columns !== undefined) out.columns = options.columns;
  if (options.returnUnits !== undefined) out.returnUnits = options.returnUnits;
  if (options.negativePrices !== undefined) out.negativePrices = options.negativePrices;
  return pricesFromColumns(columns, out);
}
