import type { StudyResult } from '../types';
import { type ReportOptions, reportLegend, summaryTables } from './summary-tables';

/**
 * Renders a study result as GitHub-flavoured Markdown: one `###` section and one table per
 * block of `formatTable` (numeric columns right-aligned), then the legend as a list.
 *
 * @param result - a study result
 * @param options - `pAdjust`: add the daily p-values adjusted across the window's days
 * @returns Markdown text
 *
 * @example
 * ```ts
 * writeFileSync('result.md', toMarkdown(eventStudy(spec)));
 * ```
 */
export function toMarkdown(result: StudyResult, options: ReportOptions = {}): string {
  const escapeCell = (cell: string) =>
    cell
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/[\r\n]+/g, ' ');
  const sections = summaryTables(result, options).map((table) => {
    const align = table.align ?? [];
    const header = `| ${table.header.map(escapeCell).join(' | ')} |`;
    const rule = `|${table.header.map((_, c) => ((align[c] ?? (c === 0 ? 'left' : 'right')) === 'left' ? ' --- ' : ' ---: ')).join('|')}|`;
    const rows = table.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`);
    return [`### ${table.title}`, '', header, rule, ...rows].join('\n');
  });
  const [significance, ...rest] = reportLegend(result);
  const legend = rest.map((line) =>
    line.startsWith('  ') ? `- ${escapeCell(line.trim())}` : `\n**${line.replace(/:$/, '')}**\n`,
  );
  return `${sections.join('\n\n')}\n\n${significance}\n${legend.join('\n')}\n`;
}
