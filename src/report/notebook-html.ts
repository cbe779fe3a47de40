import type { CarRegression, StudyResult } from '../types';
import { formatPValue, formatStatistic } from './format-number';
import { formatTable } from './format-table';
import type { MimeBundle } from './notebook-display';
import { type ReportTable, reportLegend, summaryTables } from './summary-tables';
import { textTable } from './text-table';
import { caarChart } from './to-svg';

/**
 * The notebook display of a study result: every report table as an HTML table (the cells of
 * `summaryTables`, as `formatTable` prints them), the CAAR chart as inline SVG, the legend, and
 * the text report as `text/plain` for front ends without HTML.
 *
 * @param result - a study result
 * @returns the MIME bundle
 *
 * @example
 * ```ts
 * studyMimeBundle(result)['text/html']; // '<div class="eventstudy">…'
 * ```
 */
export function studyMimeBundle(result: StudyResult): MimeBundle {
  const tables = summaryTables(result).map(htmlTable);
  const chart = result.events.length > 0 ? `<div class="eventstudy-chart">${caarChart(result)}</div>` : '';
  const legend = reportLegend(result)
    .map((line) => `<div>${escapeHtml(line)}</div>`)
    .join('');
  const html =
    `<div class="eventstudy">${tables[0] ?? ''}${chart}${tables.slice(1).join('')}` +
    `<div class="eventstudy-legend" style="font-size:smaller;white-space:pre-wrap">${legend}</div></div>`;
  return { 'text/html': html, 'text/plain': formatTable(result) };
}

/**
 * One report table as HTML: a caption, a header row and the text cells, numeric columns
 * right-aligned as in the console report.
 *
 * @param table - a table of `summaryTables` (or any `ReportTable`)
 * @returns an HTML `<table>`
 *
 * @example
 * ```ts
 * htmlTable({ title: 'T', header: ['a'], rows: [['1']] }); // '<table …><caption>T</caption>…'
 * ```
 */
export function htmlTable(table: ReportTable): string {
  const align = (c: number) => table.align?.[c] ?? (c === 0 ? 'left' : 'right');
  const cell = (tag: 'th' | 'td', text: string, c: number) =>
    `<${tag} style="text-align:${align(c)};padding:1px 8px">${escapeHtml(text)}</${tag}>`;
  const head = `<tr>${table.header.map((text, c) => cell('th', text, c)).join('')}</tr>`;
  const body = table.rows
    .map((row) => `<tr>${row.map((text, c) => cell('td', text, c)).join('')}</tr>`)
    .join('');
  return (
    `<table class="eventstudy-table" style="margin-bottom:1em">` +
    `<caption style="text-align:left;font-weight:600">${escapeHtml(table.title)}</caption>` +
    `<thead>${head}</thead><tbody>${body}</tbody></table>`
  );
}

/**
 * The notebook display of a CAR regression: the coefficients (estimate, standard error, t, and
 * p with significance marks) and the fit (n, k, df, R², adjusted R², F and its p, the
 * standard errors used, clusters), as an HTML table and as text.
 *
 * @param regression - a CAR regression
 * @returns the MIME bundle
 *
 * @example
 * ```ts
 * regressionMimeBundle(regressCars(result, options))['text/plain']; // 'term  estimate  se …'
 * ```
 */
export function regressionMimeBundle(regression: CarRegression): MimeBundle {
  const number = (value: number, digits = 4) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
  const table: ReportTable = {
    title: `${regression.dependent.toUpperCase()}[${regression.window.join(',')}] regression (n = ${regression.n}, ${regression.se} standard errors${regression.weights === 'inverse-variance' ? ', inverse-variance weights' : ''})`,
    header: ['term', 'estimate', 'se', 't', 'p'],
    rows: regression.coefficients.map((c) => [
      c.name,
      number(c.estimate, 5),
      number(c.se, 5),
      formatStatistic(c.t),
      formatPValue(c.pValue),
    ]),
  };
  const fit: ReportTable = {
    title: 'Fit',
    header: ['n', 'k', 'df', 'R²', 'adj. R²', 'F', 'p(F)', ...(regression.clusters ? ['clusters'] : [])],
    rows: [
      [
        String(regression.n),
        String(regression.k),
        String(regression.df),
        number(regression.r2),
        number(regression.adjR2),
        formatStatistic(regression.f),
        formatPValue(regression.fPValue),
        ...(regression.clusters
          ? [
              `${regression.clusters.join(' × ')}${regression.clusterBy ? ` (${regression.clusterBy.join(', ')})` : ''}`,
            ]
          : []),
      ],
    ],
  };
  const bases = Object.entries(regression.baseLevels ?? {}).map(([column, level]) => `${column}: ${level}`);
  const note = [
    ...(bases.length > 0 ? [`Dummies against the first level (${bases.join('; ')}).`] : []),
    ...(regression.note ? [`Note: ${regression.note}`] : []),
  ].join(' ');
  const html =
    `<div class="eventstudy">${htmlTable(table)}${htmlTable(fit)}` +
    `${note ? `<div style="font-size:smaller">${escapeHtml(note)}</div>` : ''}</div>`;
  const text = [table, fit]
    .map((t) => `${t.title}\n\n${textTable(t.header, t.rows, t.align)}`)
    .concat(note ? [note] : [])
    .join('\n\n');
  return { 'text/html': html, 'text/plain': `${text}\n` };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
