import type { CarRegression, StudyResult } from '../types';

/**
 * The key under which Deno's Jupyter kernel (and other JavaScript kernels that follow it) looks
 * for a rich display: an object whose `[Symbol.for('Jupyter.display')]()` returns a MIME bundle
 * such as `{ 'text/html': '…' }` is shown as that bundle when it ends a cell.
 *
 * @example
 * ```ts
 * Object.getOwnPropertySymbols(eventStudy(spec)).includes(JUPYTER_DISPLAY); // true
 * ```
 *
 * @category Reports
 */
export const JUPYTER_DISPLAY: symbol = Symbol.for('Jupyter.display');

/**
 * What a notebook display returns: MIME type → content.
 *
 * @category Reports
 */
export type MimeBundle = Record<string, string>;

/**
 * Gives an object a notebook display without making it less plain: the display is a
 * non-enumerable symbol-keyed property, so `JSON.stringify`, `toJson`, `Object.keys`, object
 * spread, `structuredClone` and deep-equality checks do not see it, and the object stays the
 * plain data it was. The renderer is called only when a notebook shows the object.
 *
 * @param value - the object to display
 * @param render - builds its MIME bundle (may load its code lazily)
 * @returns the same object
 *
 * @example
 * ```ts
 * withNotebookDisplay(result, async (r) => ({ 'text/html': `<b>${r.events.length} events</b>` }));
 * ```
 */
export function withNotebookDisplay<T extends object>(
  value: T,
  render: (value: T) => Promise<MimeBundle>,
): T {
  Object.defineProperty(value, JUPYTER_DISPLAY, {
    value: () => render(value),
    enumerable: false,
    configurable: true,
    writable: true,
  });
  return value;
}

/**
 * Makes a study result show itself in a Deno Jupyter notebook as HTML tables (settings, events,
 * estimation, days, CAR windows, exclusions) and the CAAR chart as SVG, with the text report as
 * its plain-text form. `eventStudy` calls this on every result; the HTML code loads only when a
 * notebook displays one, so it adds nothing to the core bundle.
 *
 * @param result - a study result
 * @returns the same result
 *
 * @example
 * ```ts
 * const result = withStudyDisplay(JSON.parse(text)); // a result read back from toJson
 * ```
 *
 * @category Reports
 */
export function withStudyDisplay(result: StudyResult): StudyResult {
  return withNotebookDisplay(result, async (r) => (await import('./notebook-html')).studyMimeBundle(r));
}

/**
 * Makes a CAR regression (`regressCars`) show itself in a Deno Jupyter notebook as a table of
 * coefficients (estimate, standard error, t, p) with n, R², adjusted R², F and the standard
 * errors used; the HTML code loads only when a notebook displays it.
 *
 * @param regression - a CAR regression
 * @returns the same regression
 *
 * @example
 * ```ts
 * const shown = withRegressionDisplay(regressCars(result, { window: [-1, 1], regressors: ['size'] }));
 * ```
 */
export function withRegressionDisplay(regression: CarRegression): CarRegression {
  return withNotebookDisplay(regression, async (r) =>
    (await import('./notebook-html')).regressionMimeBundle(r),
  );
}
