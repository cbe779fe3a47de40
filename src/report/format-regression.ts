import type { CarRegression } from '../types';
import { formatPValue, formatStatistic } from './format-number';
import { textTable } from './text-table';

/**
 * What a regression's standard errors are, in words.
 *
 * @param regression - A fitted regression.
 * @returns e.g. `HC3 (MacKinnon & White 1985)` or `clustered by ticker and day0 (two-way)`.
 *
 * @example
 * ```ts
 * describeStandardErrors(regressCars(result, { window: [0, 1], regressors: ['beta'], se: 'hc3' })) // 'HC3 (MacKinnon & White 1985)'
 * ```
 *
 * @category Reports
 */
export function describeStandardErrors(regression: CarRegression): string {
  if (regression.se === 'cluster') {
    const by = regression.clusterBy ?? [];
    const counts = regression.clusters ?? [];
    const parts = by.map((name, d) => `${name} (${counts[d]} clusters)`);
    return by.length === 2
      ? `clustered two-way by ${parts.join(' and ')}, V_a + V_b − V_ab (Cameron, Gelbach & Miller 2011)`
      : `clustered by ${parts.join('')} (Stata's small-sample factor, t on G − 1 df)`;
  }
  const names: Record<string, string> = {
    classical: 'classical (homoskedastic)',
    hc0: 'HC0 (White 1980)',
    hc1: 'HC1 (White 1980 with n/(n − k), Stata robust)',
    hc2: 'HC2 (MacKinnon & White 1985)',
    hc3: 'HC3 (MacKinnon & White 1985)',
  };
  return names[regression.se] ?? regression.se;
}

/**
 * Renders a cross-sectional regression of CARs for the console: one row per coefficient
 * (estimate in percent points of CAR, standard error, t, p with significance marks), then n,
 * the standard errors used, R², adjusted R², the F test and the regression's note.
 *
 * @param regression - From `regressCars`.
 * @returns Plain text with aligned columns.
 *
 * @example
 * ```ts
 * console.log(formatRegression(regressCars(result, { window: [0, 1], regressors: ['sector', 'beta'], se: 'hc3' })));
 * ```
 *
 * @category Reports
 */
export function formatRegression(regression: CarRegression): string {
  const scale = regression.dependent === 'scar' ? 1 : 100;
  const unit = regression.dependent === 'scar' ? '' : ' (%)';
  const table = textTable(
    ['', `estimate${unit}`, `se${unit}`, 't', 'p'],
    regression.coefficients.map((c) => [
      c.name,
      formatStatistic(c.estimate * scale, 3),
      formatStatistic(c.se * scale, 3),
      formatStatistic(c.t),
      formatPValue(c.pValue),
    ]),
  );
  const title = `Regression of ${regression.dependent.toUpperCase()}[${regression.window.join(',')}] on ${regression.coefficients
    .slice(1)
    .map((c) => c.name)
    .join(', ')}${regression.weights === 'inverse-variance' ? ' (WLS, weights 1/Var(CAR))' : ''}`;
  const bases = Object.entries(regression.baseLevels ?? {}).map(([column, level]) => `${column} = ${level}`);
  const lines = [
    title,
    '',
    table,
    '',
    `n = ${regression.n} events, k = ${regression.k}, df = ${regression.df}; standard errors: ${describeStandardErrors(regression)}`,
    `R² = ${formatStatistic(regression.r2, 4)}, adjusted R² = ${formatStatistic(regression.adjR2, 4)}; F(${regression.fDf.join(', ')}) = ${formatStatistic(regression.f)}, p = ${formatPValue(regression.fPValue)}`,
  ];
  if (bases.length > 0) lines.push(`Dummies against: ${bases.join('; ')}`);
  if (regression.note) lines.push(`Note: ${regression.note}`);
  return `${lines.join('\n')}\n`;
}
