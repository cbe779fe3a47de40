/**
 * One-line descriptions of the cross-event tests by their name in results ([methods §4](../../docs/methods.md#4-cross-event-statistics)), for
 * the legends of reports and charts.
 *
 * @example
 * ```ts
 * TEST_GLOSSARY.patell; // 'standardised residual test (Patell 1976), N(0,1)'
 * ```
 *
 * @category Reports
 */
export const TEST_GLOSSARY: Readonly<Record<string, string>> = Object.freeze({
  csect: 'cross-sectional t (Brown & Warner 1985), t(N−1)',
  cda: 'crude dependence adjustment (Brown & Warner 1985), t(T_E−1)',
  patell: 'standardised residual test (Patell 1976), N(0,1)',
  bmp: 'standardised cross-sectional t (Boehmer, Musumeci & Poulsen 1991), t(N−1)',
  kp: 'BMP adjusted for cross-correlation r̄ (Kolari & Pynnönen 2010), t(N−1)',
  sign: 'sign test, N(0,1)',
  generalizedSign: 'generalized sign test (Cowan 1992), N(0,1)',
  rank: 'standardized rank test (Corrado & Zivney 1992), N(0,1)',
  wilcoxon: 'Wilcoxon signed rank; the statistic is W⁺, not a z',
  bw1980: 'Brown & Warner (1980) t',
  lamb: 'Lamb (1995) t',
  kpPatell: 'Patell adjusted for cross-correlation (Kolari & Pynnönen 2010)',
  corradoRank: 'rank test (Corrado 1989), N(0,1)',
  corradoSign: 'sign test on ranks (Corrado & Zivney 1992), N(0,1)',
  grank: 'generalized rank test GRANK-T (Kolari & Pynnönen 2011)',
  skewAdjusted: 'skewness-adjusted t (Hall 1992; Lyon, Barber & Tsai 1999)',
  bootstrap: 'bootstrap p-value of the cross-sectional t (seeded)',
});

/**
 * Describes a test by its name in results; unknown names describe themselves.
 *
 * @param name - a test's name in `StudyResult.tests`
 * @returns a one-line description
 *
 * @example
 * ```ts
 * describeTest('bmp'); // 'standardised cross-sectional t (Boehmer, Musumeci & Poulsen 1991), t(N−1)'
 * ```
 *
 * @category Reports
 */
export function describeTest(name: string): string {
  return TEST_GLOSSARY[name] ?? name;
}
