import type { StudyResult } from '../types';
import { printableText } from './printable-text';
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
 *
 * @category Reports
 */
export function toMarkdown(result: StudyResult, options: ReportOptions = {}): string {
  // Cells hold data: besides `|` and `\\`, raw HTML (`<script>`, `<img onerror>`) would be
  // rendered by GitHub and most viewers, and control or bidi characters would garble the
  // table, so `& < >` become entities and the rest is replaced (issue 20).
  const escapeCell = (cell: string) =>
    printableText(cell)
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');
  const sections = summaryTables(result, options).map((table) => {
    const align = table.align ?? [];
    const header = `| ${table.header.map(escapeCell).join(' | ')} |`;
    const rule = `|${table.header.map((_, c) => ((align[c] ?? (c === 0 ? 'left' : 'right')) === 'left' ? ' --- ' : ' ---: ')).join('|')}|`;
    const rows = table.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`);
    return [`### ${escapeCell(table.title)}`, '', header, rule, ...rows].join('\n');
  });
  const [significance, ...rest] = reportLegend(result);
  const legend = rest.map((line) =>
    line.startsWith('  ') ? `- ${escapeCell(line.trim())}` : `\n**${line.replace(/:$/, '')}**\n`,
  );
  return `${sections.join('\n\n')}\n\n${significance}\n${legend.join('\n')}\n`;
}
