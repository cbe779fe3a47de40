import type { EventPanel } from './panel';

/**
 * The passes computed on panels from {@link sharePanelPasses}, by panel and then by the function
 * that computes them. Only those panels are cached, so a caller who changes a panel's arrays in
 * place and runs a test again never reads stale sums; a panel's entry goes with the panel.
 */
const shared = new WeakMap<EventPanel, Map<(panel: EventPanel) => unknown, unknown>>();

/**
 * A shallow copy of `panel` (same arrays) on which the cross-event tests share their passes over
 * the data: the first test to need, say, the rank day sums or the Kolari–Pynnönen r̄ computes them
 * ({@link panelPass}) and the others reuse them. Meant for the span of one `crossEventTests` call.
 *
 * @param panel - The cross-section.
 * @returns The copy to hand to the tests.
 *
 * @example
 * ```ts
 * const scoped = sharePanelPasses(panel);
 * rank(scoped); corradoRank(scoped); // each event's sample is ranked once
 * kp(scoped); kpPatell(scoped); // r̄ computed once
 * ```
 */
export function sharePanelPasses(panel: EventPanel): EventPanel {
  const scoped = { ...panel };
  shared.set(scoped, new Map());
  return scoped;
}

/**
 * `pass(panel)`, computed once per panel from {@link sharePanelPasses} (and afresh on any other).
 * The result is shared: the tests read it and never change it.
 *
 * @param panel - The cross-section.
 * @param pass - A pure function of the panel (e.g. `rankDaySums`, `kolariPynnonenRbar`).
 * @returns What `pass` returns for the panel.
 *
 * @example
 * ```ts
 * const { u } = panelPass(panel, rankDaySums);
 * ```
 */
export function panelPass<T>(panel: EventPanel, pass: (panel: EventPanel) => T): T {
  const cache = shared.get(panel);
  if (cache === undefined) return pass(panel);
  if (cache.has(pass)) return cache.get(pass) as T;
  const value = pass(panel);
  cache.set(pass, value);
  return value;
}
