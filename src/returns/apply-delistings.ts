import { CsvFormatError } from '../errors';
import type { Delisting, PriceSeries, UnknownDelistingPolicy } from '../types';

/**
 * Options of {@link applyDelistings}.
 *
 * @category Study
 */
export interface ApplyDelistingsOptions {
  /**
   * What a delisting of a listing that is not among the series is: `'error'` (default: a typo or
   * the wrong identifier must not pass silently) or `'ignore'` (a full CRSP `dsedelist` file
   * applied to a sample).
   */
  unknown?: UnknownDelistingPolicy;
}

function fail(message: string, d: Delisting): never {
  throw new CsvFormatError(message, d.origin ?? {});
}

/**
 * Fold CRSP delisting returns into returns series (Shumway 1997, "The delisting bias in CRSP
 * data", Journal of Finance 52(1), 327–340): on the delisting date the return becomes
 * `(1 + RET)(1 + DLRET) − 1`; where that date has no row, or its `RET` is missing, `DLRET` alone
 * (a row is added when the date is after the series' last row). A missing `DLRET` (a letter code)
 * adds nothing: the date keeps its `RET` as given and the code is counted in
 * `source.delistings.missing`; no value is substituted ([methods §7](../../docs/methods.md#7-returns-as-input-crsp-and-other-return-files)). The inputs are not
 * modified: a changed series is a copy.
 *
 * @param series - The series; those with delistings must carry `returns` (CRSP `RET`).
 * @param delistings - From {@link parseDelistings} (tickers are PERMNOs for CRSP files).
 * @param options - `unknown: 'ignore'` to skip delistings of listings not in `series`.
 * @returns The series, in the same order, with delisting returns applied.
 * @throws CsvFormatError (with the delisting's file, line and column) for a delisting of an
 *   unknown listing, of a price series, on a date between two of the series' rows where it has
 *   no row, or a second delisting of one listing.
 * @example
 * ```ts
 * const [s] = applyDelistings(
 *   [{ ticker: '10001', dates: ['2018-02-06', '2018-02-07'], returns: Float64Array.of(0.01, 0.02) }],
 *   [{ ticker: '10001', date: '2018-02-07', return: -0.25 }],
 * );
 * s.returns[1] // (1.02)(0.75) − 1 = −0.235
 * ```
 *
 * @category Study
 */
export function applyDelistings(
  series: readonly PriceSeries[],
  delistings: readonly Delisting[],
  options: ApplyDelistingsOptions = {},
): PriceSeries[] {
  const index = new Map<string, number>();
  series.forEach((s, i) => {
    index.set(s.ticker, i);
  });
  const out = series.slice();
  const seen = new Set<string>();
  for (const d of delistings) {
    const i = index.get(d.ticker);
    if (i === undefined) {
      if (options.unknown === 'ignore') continue;
      fail(
        `delisting of unknown listing ${d.ticker}: no price series has this ticker or PERMNO (pass { unknown: 'ignore' } to apply a full delisting file to a sample)`,
        d,
      );
    }
    if (seen.has(d.ticker)) fail(`second delisting of ${d.ticker}: expected one per listing`, d);
    seen.add(d.ticker);
    out[i!] = delistOne(out[i!]!, d);
  }
  return out;
}

/** One listing's series with its delisting return folded in. */
function delistOne(s: PriceSeries, d: Delisting): PriceSeries {
  if (!s.returns) {
    fail(
      `delisting of ${d.ticker}, a price series: delisting returns combine with returns (CRSP RET); read the file's RET column`,
      d,
    );
  }
  const source = s.source ?? { format: 'long' as const, missingPrices: 0, duplicateRows: 0, sorted: false };
  const before = source.delistings ?? { applied: 0 };
  if (Number.isNaN(d.return)) {
    const code = d.missingCode ?? '';
    const missing = { ...(before.missing ?? {}) };
    missing[code] = (missing[code] ?? 0) + 1;
    return { ...s, source: { ...source, delistings: { ...before, missing } } };
  }
  const n = s.dates.length;
  let at = n;
  for (let k = 0; k < n; k++) {
    if (s.dates[k]! >= d.date) {
      at = k;
      break;
    }
  }
  const applied = { ...source, delistings: { ...before, applied: before.applied + 1 } };
  if (at < n && s.dates[at] === d.date) {
    const returns = s.returns!.slice();
    const r = returns[at]!;
    returns[at] = Number.isNaN(r) ? d.return : (1 + r) * (1 + d.return) - 1;
    return { ...s, returns, source: applied };
  }
  if (at < n) {
    fail(
      `delisting date ${d.date} of ${d.ticker} falls between its rows (${s.dates[at - 1] ?? 'start'} and ${s.dates[at]}) without a row of its own`,
      d,
    );
  }
  // after the last row: a new row holding DLRET alone
  const returns = new Float64Array(n + 1);
  returns.set(s.returns!);
  returns[n] = d.return;
  const copy: PriceSeries = { ...s, dates: [...s.dates, d.date], returns, source: applied };
  if (s.volume) {
    const volume = new Float64Array(n + 1);
    volume.set(s.volume);
    volume[n] = Number.NaN;
    copy.volume = volume;
  }
  return copy;
}
