/**
 * Wraps a progress callback so that it runs at most once per `intervalMs` (default 200 ms, a few
 * times a second), always for the final `done === total`, and only with increasing `done`:
 * enough for a progress bar, and never a cost of its own in a loop over 100,000 events.
 *
 * @param onProgress - the user's callback, if any
 * @param intervalMs - the least time between two calls, in milliseconds
 * @param now - the clock (milliseconds), for tests
 * @returns a function to call as often as convenient; a no-op without `onProgress`
 *
 * @example
 * ```ts
 * const progress = throttleProgress(spec.onProgress);
 * for (let i = 0; i < total; i++) { work(i); progress(i + 1, total); }
 * ```
 */
export function throttleProgress(
  onProgress: ((done: number, total: number) => void) | undefined,
  intervalMs = 200,
  now: () => number = Date.now,
): (done: number, total: number) => void {
  if (!onProgress) return () => {};
  let last = Number.NEGATIVE_INFINITY;
  let reported = Number.NEGATIVE_INFINITY;
  return (done, total) => {
    if (done <= reported) return;
    const time = now();
    if (done < total && time - last < intervalMs) return;
    last = time;
    reported = done;
    onProgress(done, total);
  };
}
