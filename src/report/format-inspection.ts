import { formatPercent } from './format-number';
import type { PriceInspection } from './inspect-prices';
import { textTable } from './text-table';

/**
 * Renders price inspections as console text: one summary row per series (format, ticker, date
 * range, rows, missing prices, gaps, jumps), then the gaps and jumps of each series (the first
 * `maxListed` of each).
 *
 * @param inspections - results of `inspectPrices`
 * @param maxListed - how many gaps and jumps to list per series (default 5)
 * @returns plain text
 *
 * @example
 * ```ts
 * console.log(formatInspection(series.map((s) => inspectPrices(s))));
 * ```
 *
 * @category Reports
 */
export function formatInspection(inspections: readonly PriceInspection[], maxListed = 5): string {
  const summary = textTable(
    ['file', 'format', 'ticker', 'first', 'last', 'rows', 'missing', 'gaps>5d', 'jumps>25%'],
    inspections.map((s) => [
      s.file ?? '',
      s.format ?? '',
      s.ticker,
      s.first,
      s.last,
      String(s.rows),
      String(s.missingPrices),
      String(s.gaps.length),
      String(s.jumps.length),
    ]),
    ['left', 'left', 'left', 'left', 'left'],
  );
  const details: string[] = [];
  for (const s of inspections) {
    const lines: string[] = [];
    if (s.duplicateRows > 0) lines.push(`  ${s.duplicateRows} exact duplicate row(s) dropped`);
    if (s.sorted) lines.push('  rows were out of date order (sorted)');
    for (const gap of s.gaps.slice(0, maxListed))
      lines.push(`  gap   ${gap.from} → ${gap.to}: ${gap.weekdays} weekdays without a price`);
    if (s.gaps.length > maxListed) lines.push(`  … and ${s.gaps.length - maxListed} more gaps`);
    for (const jump of s.jumps.slice(0, maxListed))
      lines.push(`  jump  ${jump.date}: ${formatPercent(jump.return)}`);
    if (s.jumps.length > maxListed) lines.push(`  … and ${s.jumps.length - maxListed} more jumps`);
    if (lines.length > 0) details.push(`${s.ticker}${s.file ? ` (${s.file})` : ''}\n${lines.join('\n')}`);
  }
  return `${summary}\n${details.length > 0 ? `\n${details.join('\n\n')}\n` : ''}`;
}
