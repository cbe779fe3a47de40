// The second stage in every report: text, Markdown, CSV, JSON (schema), LaTeX (compiled with
// pdflatex where it is installed), on a real study of S&P 500 stocks in two sectors and two dates.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPrices } from '../../src/node';
import { formatRegression } from '../../src/report/format-regression';
import { formatTable } from '../../src/report/format-table';
import { toCsv } from '../../src/report/to-csv';
import { toJson } from '../../src/report/to-json';
import { toLatex } from '../../src/report/to-latex';
import { toMarkdown } from '../../src/report/to-markdown';
import { adjustPValues } from '../../src/stats/adjust-p-values';
import { eventStudy } from '../../src/study/event-study';
import { regressCars } from '../../src/study/regress-cars';
import type { CarRegression, EventSpec, StudyResult } from '../../src/types';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const SECTORS: Record<string, string[]> = {
  Financials: ['JPM', 'BAC', 'C', 'WFC', 'GS', 'MS'],
  Utilities: ['DUK', 'SO', 'NEE', 'AEP', 'XEL', 'ED'],
};
let result: StudyResult;
let regression: CarRegression;

beforeAll(async () => {
  const files = Object.values(SECTORS)
    .flat()
    .map((t) => join(DATA, 'us', 'sp500_5yr', 'individual_stocks_5yr', `${t}_data.csv`));
  const prices = [...(await loadPrices(files)), ...(await loadPrices(join(DATA, 'indices', 'GSPC.csv')))];
  const events: EventSpec[] = ['2016-11-09', '2016-06-24'].flatMap((date) =>
    Object.entries(SECTORS).flatMap(([sector, tickers]) =>
      tickers.map((ticker) => ({ ticker, date, group: sector, extra: { sector } })),
    ),
  );
  result = eventStudy({
    prices,
    events,
    market: '^GSPC',
    carWindows: [
      [0, 1],
      [-1, 1],
    ],
    tests: ['csect', 'kp'],
  });
  regression = regressCars(result, {
    window: [0, 1],
    regressors: ['sector', 'beta'],
    cluster: ['ticker', 'day0'],
  });
}, 60_000);

describe('groups and comparisons in the reports', () => {
  test('text and Markdown show the CAR distribution, each group and the comparison', () => {
    for (const text of [formatTable(result), toMarkdown(result)]) {
      expect(text).toContain('CAR distribution per window');
      expect(text).toContain('Groups: N, CAAR and tests per CAR window');
      expect(text).toContain('Groups compared on their CARs (Financials vs Utilities)');
      expect(text).toMatch(/welch/);
      expect(text).toMatch(/mannWhitney/);
    }
  });
  test('pAdjust adds the adjusted daily p-values, as adjustPValues computes them', () => {
    const text = formatTable(result, { pAdjust: 'bh' });
    expect(text).toContain('Daily p-values adjusted across the 11 days of the event window (bh');
    const p = adjustPValues(result.tests['kp']!.pValue, 'bh');
    const line = text.split('\n').find((l) => /^\s*0\s/.test(l) && l.includes('.') && !l.includes('%'));
    expect(line).toBeDefined();
    expect(line).toContain(p[5]! < 0.001 ? '<0.001' : p[5]!.toFixed(3));
    expect(formatTable(result)).not.toContain('Daily p-values adjusted');
  });
  test('CSV: the groups table', () => {
    const rows = toCsv(result, { table: 'groups' }).split('\n');
    expect(rows[0]).toMatch(/^group,window_start,window_end,caar/);
    expect(rows.length).toBe(1 + 2 * 2);
  });
  test('JSON: groups, groupComparison, summaries and a regression follow the schema', () => {
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'src', 'schema', 'result.schema.json'), 'utf8'),
    );
    const ajv = new Ajv2020({ allErrors: true });
    const validate = ajv.compile(schema);
    const document = JSON.parse(toJson(result));
    expect(document.groups.length).toBe(2);
    validate({ ...document, regression: JSON.parse(toJson(regression)) });
    expect(validate.errors ?? []).toEqual([]);
    const regressionSchema = new Ajv2020({ allErrors: true }).compile({
      $defs: schema.$defs,
      $ref: '#/$defs/carRegression',
    });
    const regressionDocument = JSON.parse(toJson(regression));
    expect(regressionDocument.format).toBe('eventstudy-regression');
    regressionSchema(regressionDocument);
    expect(regressionSchema.errors ?? []).toEqual([]);
  });
  test('formatRegression: coefficients in percent, the SEs used, R² and F', () => {
    const text = formatRegression(regression);
    expect(text).toContain('Regression of CAR[0,1] on sector=Utilities, beta');
    expect(text).toContain('clustered two-way by ticker (12 clusters) and day0 (2 clusters)');
    expect(text).toMatch(/R² = \d\.\d{4}, adjusted R² = -?\d\.\d{4}; F\(2, 1\)/);
    const estimate = (regression.coefficients[1]!.estimate * 100).toFixed(3);
    expect(text).toContain(estimate);
  });
});

/** A LaTeX document around the tables. */
const document = (body: string) =>
  `\\documentclass{article}\n\\usepackage{booktabs}\n\\begin{document}\n${body}\n\\end{document}\n`;

describe('toLatex', () => {
  test('structure: booktabs rules, stars, values in parentheses, balanced environments', () => {
    for (const tex of [toLatex(result), toLatex(regression), toLatex(regression, { parentheses: 't' })]) {
      expect(tex).toContain('\\toprule');
      expect(tex).toContain('\\midrule');
      expect(tex).toContain('\\bottomrule');
      expect(tex.match(/\\begin\{table\}/g)?.length).toBe(tex.match(/\\end\{table\}/g)?.length);
      expect(tex.match(/\\begin\{tabular\}/g)?.length).toBe(tex.match(/\\end\{tabular\}/g)?.length);
      // every row of every tabular has as many cells as the column spec says
      for (const [, spec, body] of tex.matchAll(
        /\\begin\{tabular\}\{([a-z]+)\}([\s\S]*?)\\end\{tabular\}/g,
      )) {
        for (const row of body!
          .split('\n')
          .filter((l) => l.endsWith('\\\\') && !l.startsWith('\\multicolumn')))
          expect(row.split(/(?<!\\)&/).length).toBe(spec!.length);
      }
    }
    const tex = toLatex(regression, { parentheses: 't', caption: 'CAR[0,1] & sectors', label: 'tab:reg' });
    expect(tex).toContain('\\caption{CAR[0,1] \\& sectors}');
    expect(tex).toContain('\\label{tab:reg}');
    expect(tex).toContain('t statistics in parentheses');
    const t = regression.coefficients[2]!.t.toFixed(2);
    expect(tex).toContain(`(${t})`);
    expect(toLatex(result)).toContain('Financials: CAAR');
  });

  const engine = spawnSync('pdflatex', ['--version'], { encoding: 'utf8' });
  test.skipIf(engine.status !== 0)('compiles with pdflatex (texlive-latex-base + recommended)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventstudy-latex-'));
    writeFileSync(join(dir, 'tables.tex'), document(`${toLatex(result)}\n${toLatex(regression)}`));
    const log = execFileSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'tables.tex'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(log).toContain('Output written on tables.pdf');
    expect(log).not.toMatch(/^! /m);
  });
  if (engine.status !== 0)
    console.warn(
      'pdflatex not found: the LaTeX compile test is skipped (apt-get install texlive-latex-base texlive-latex-recommended)',
    );
});
