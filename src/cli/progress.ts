/** The part of a stream a progress bar needs (`process.stderr` has it). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

/** A progress bar: `update` as work is done, `done` at the end (clears the line). */
export interface ProgressBar {
  update(done: number, total: number): void;
  done(): void;
}

/**
 * A one-line progress bar on a terminal stream, e.g. `studying events ████████░░░░ 61 % 305/500`.
 * It stays silent unless the stream is a TTY and the work has already taken `delayMs`, so
 * quick runs, pipes and CI logs never see it.
 *
 * @param stream - where to draw (normally `process.stderr`)
 * @param label - what is being done
 * @param options - `enabled` (default: `stream.isTTY`), `delayMs` before the first draw
 *   (default 300) and `now` (a clock, for tests)
 * @returns the bar
 *
 * @example
 * ```ts
 * const bar = progressBar(process.stderr, 'studying events');
 * eventStudy({ ...spec, onProgress: bar.update });
 * bar.done();
 * ```
 */
export function progressBar(
  stream: ProgressStream,
  label: string,
  options: { enabled?: boolean; delayMs?: number; now?: () => number } = {},
): ProgressBar {
  const enabled = options.enabled ?? stream.isTTY === true;
  const delay = options.delayMs ?? 300;
  const now = options.now ?? Date.now;
  const start = now();
  let drawn = false;
  let lastPercent = -1;
  return {
    update(done: number, total: number) {
      if (!enabled || total <= 0 || now() - start < delay) return;
      const percent = Math.floor((100 * Math.min(done, total)) / total);
      if (percent === lastPercent) return;
      lastPercent = percent;
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - label.length - 24));
      const filled = Math.round((width * percent) / 100);
      stream.write(
        `\r${label} ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${String(percent).padStart(3)} % ${done}/${total}\u001b[K`,
      );
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
