import type { CarRegression, GroupTestName, StudyResult, TestName, TestResults, TestValue } from '../types';
import { significanceStars } from './format-number';
import { describeStandardErrors } from './format-regression';

/**
 * Options of {@link toLatex}.
 *
 * @category Reports
 */
export interface LatexOptions {
  /** For a regression: standard errors (`'se'`, default) or t statistics (`'t'`) in parentheses. */
  parentheses?: 'se' | 't';
  /**
   * For a study result: the test whose statistic goes in parentheses and whose p-value sets the
   * stars; default `kp` when the study ran it, else its first test.
   */
  test?: TestName;
  /** Decimals of estimates and statistics (default 2; 3 for regression coefficients). */
  digits?: number;
  caption?: string;
  label?: string;
}

/**
 * Writes a study result or a regression as LaTeX tables for a paper or thesis: booktabs rules,
 * significance stars (`***` p < 0.01, `**` p < 0.05, `*` p < 0.10), statistics in parentheses
 * under each value, and a note that says which.
 *
 * - A result: the CAR windows (CAAR in percent with stars, the chosen test's statistic below,
 *   N), one panel per group when the study has groups; and the daily AAR and CAAR table.
 * - A regression (`regressCars`): one row per coefficient (in percent points for CAR and BHAR)
 *   with stars and its standard error or t in parentheses, then N, R², adjusted R², F and the
 *   standard errors used.
 *
 * The output needs `\usepackage{booktabs}` in the preamble.
 *
 * @param value - A `StudyResult` or a `CarRegression`.
 * @param options - Parentheses, test, digits, caption, label.
 * @returns LaTeX source: one or two `table` environments.
 *
 * @example
 * ```ts
 * writeFileSync('car-table.tex', toLatex(result, { test: 'kp', caption: 'CAAR by window' }));
 * writeFileSync('regression.tex', toLatex(regressCars(result, { window: [0, 1], regressors: ['beta'] })));
 * ```
 *
 * @category Reports
 */
export function toLatex(value: StudyResult | CarRegression, options: LatexOptions = {}): string {
  return 'coefficients' in value ? regressionLatex(value, options) : resultLatex(value, options);
}

/** Characters pdflatex's default UTF-8 input does not know, as LaTeX. */
const UNICODE: Record<string, string> = {
  '−': '$-$',
  '–': '--',
  '—': '---',
  '²': '$^2$',
  '×': '$\\times$',
  '≤': '$\\le$',
  '≥': '$\\ge$',
  r̄: '$\\bar r$',
  σ: '$\\sigma$',
};

/** Escapes the characters LaTeX treats specially in text. */
function latexText(text: string): string {
  return text.replace(/r̄|[\\&%$#_{}~^<>−–—²×≤≥σ]/g, (c) => {
    if (Object.hasOwn(UNICODE, c)) return UNICODE[c]!;
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      case '<':
        return '\\textless{}';
      case '>':
        return '\\textgreater{}';
      default:
        return `\\${c}`;
    }
  });
}

const stars = (p: number) => {
  const marks = significanceStars(p);
  return marks ? `$^{${marks}}$` : '';
};
const fixed = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '--');
const inParentheses = (v: number, digits: number) => (Number.isFinite(v) ? `(${v.toFixed(digits)})` : '');

function wrap(
  body: string[],
  columns: number,
  spec: string,
  options: LatexOptions,
  note: string,
  title: string,
): string {
  const lines = ['\\begin{table}[htbp]', '\\centering'];
  lines.push(`\\caption{${latexText(options.caption ?? title)}}`);
  if (options.label) lines.push(`\\label{${options.label}}`);
  lines.push(`\\begin{tabular}{${spec}}`, '\\toprule', ...body, '\\bottomrule');
  lines.push(`\\multicolumn{${columns}}{l}{\\footnotesize ${note}}\\\\`);
  lines.push('\\end{tabular}', '\\end{table}');
  return lines.join('\n');
}

const STAR_NOTE = '$^{***}$ $p<0.01$, $^{**}$ $p<0.05$, $^{*}$ $p<0.10$ (two-sided).';

function resultLatex(result: StudyResult, options: LatexOptions): string {
  const digits = options.digits ?? 2;
  const names = Object.keys(result.tests) as TestName[];
  const test = options.test ?? (names.includes('kp') ? 'kp' : names[0]);
  // A study that ran no test has none to show: every cell is then empty.
  const testOf = <T>(tests: TestResults<T>): T | undefined => (test === undefined ? undefined : tests[test]);
  const cars = result.cars;
  const columns = cars.length + 1;
  const header = `& ${cars.map((car) => `$[${car.window[0]}, ${car.window[1]}]$`).join(' & ')} \\\\`;
  const panel = (label: string, rows: { caar: number; n: number; tests: TestResults<TestValue> }[]) => {
    const value = (row: (typeof rows)[number]) => {
      const t = testOf(row.tests);
      return `${fixed(row.caar * 100, digits)}${t ? stars(t.pValue) : ''}`;
    };
    return [
      `${latexText(label)} & ${rows.map(value).join(' & ')} \\\\`,
      ` & ${rows.map((row) => inParentheses(testOf(row.tests)?.statistic ?? Number.NaN, digits)).join(' & ')} \\\\`,
      `$N$ & ${rows.map((row) => String(row.n)).join(' & ')} \\\\`,
    ];
  };
  const body = [header, '\\midrule', ...panel('All events: CAAR (\\%)', cars)];
  for (const group of result.groups ?? [])
    body.push('\\addlinespace', ...panel(`${group.group}: CAAR (\\%)`, group.cars));
  const comparison = result.groupComparison;
  if (comparison && comparison.length > 0) {
    body.push('\\midrule');
    for (const name of Object.keys(comparison[0]!.tests) as GroupTestName[]) {
      body.push(
        `${latexText(name)} & ${comparison.map((c) => `${fixed(c.tests[name]!.statistic, digits)}${stars(c.tests[name]!.pValue)}`).join(' & ')} \\\\`,
      );
    }
  }
  const note = `${STAR_NOTE} ${latexText(test ?? '')} statistics in parentheses.`;
  const carTable = wrap(
    body,
    columns,
    `l${'c'.repeat(cars.length)}`,
    options,
    note,
    'Cumulative average abnormal returns',
  );
  const dayBody = [
    'Day & $N$ & AAR (\\%) & CAAR (\\%) \\\\',
    '\\midrule',
    ...result.days.flatMap((day, j) => {
      const t = testOf(result.tests);
      return [
        `${day} & ${result.n[j]} & ${fixed(result.aar[j]! * 100, digits)}${t ? stars(t.pValue[j]!) : ''} & ${fixed(result.caar[j]! * 100, digits)} \\\\`,
        ` & & ${inParentheses(t?.statistic[j] ?? Number.NaN, digits)} & \\\\`,
      ];
    }),
  ];
  const dayOptions = { ...options, ...(options.label ? { label: `${options.label}-days` } : {}) };
  const dayTable = wrap(
    dayBody,
    4,
    'rrrr',
    { ...dayOptions, caption: 'Average abnormal returns by day' },
    note,
    '',
  );
  return `${carTable}\n\n${dayTable}\n`;
}

function regressionLatex(regression: CarRegression, options: LatexOptions): string {
  const digits = options.digits ?? 3;
  const scale = regression.dependent === 'scar' ? 1 : 100;
  const below = options.parentheses ?? 'se';
  const body = [
    `& ${regression.dependent.toUpperCase()}$[${regression.window[0]}, ${regression.window[1]}]$${scale === 100 ? ' (\\%)' : ''} \\\\`,
    '\\midrule',
    ...regression.coefficients.flatMap((c) => [
      `${latexText(c.name)} & ${fixed(c.estimate * scale, digits)}${stars(c.pValue)} \\\\`,
      ` & ${inParentheses(below === 't' ? c.t : c.se * scale, below === 't' ? 2 : digits)} \\\\`,
    ]),
    '\\midrule',
    `$N$ & ${regression.n} \\\\`,
    `$R^2$ & ${fixed(regression.r2, 3)} \\\\`,
    `Adjusted $R^2$ & ${fixed(regression.adjR2, 3)} \\\\`,
    `$F(${regression.fDf[0]}, ${regression.fDf[1]})$ & ${fixed(regression.f, 2)}${stars(regression.fPValue)} \\\\`,
  ];
  const note = `${STAR_NOTE} ${below === 't' ? 't statistics' : 'Standard errors'} in parentheses: ${latexText(describeStandardErrors(regression))}.`;
  return `${wrap(body, 2, 'lc', options, note, 'Cross-sectional regression of cumulative abnormal returns')}\n`;
}
