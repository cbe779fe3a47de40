/**
 * Phase timings of one `eventstudy` run, for the cold-start benchmark (`npm run bench:cold`):
 * with the environment variable `EVENTSTUDY_TIMING` set, the command prints on stderr, as one
 * JSON line, when (in ms since the process started, `performance.timeOrigin`) Node finished
 * its bootstrap, the command finished importing its code, loading the files, studying the events and writing the report, and the
 * CPU time it used. Without the variable nothing is printed.
 */

/** The phases the command marks, in order. */
export type CliPhase = 'imported' | 'loaded' | 'studied' | 'reported';

/**
 * Records that a phase of the run ended (a `performance.mark` named `eventstudy:<phase>`).
 *
 * @param phase - the phase that ended
 *
 * @example
 * ```ts
 * markPhase('loaded');
 * ```
 */
export function markPhase(phase: CliPhase): void {
  // the CPU time so far rides on the mark: a phase's CPU time is not inflated by waiting for a
  // core on a busy machine, as its wall time is
  const cpu = process.cpuUsage();
  performance.mark(`eventstudy:${phase}`, { detail: { cpuMs: (cpu.user + cpu.system) / 1000 } });
}

/**
 * The timing line printed under `EVENTSTUDY_TIMING`: each marked phase's end time in ms since
 * the process started (and the CPU time used by then, `<phase>CpuMs`), the process start as a
 * Unix time in ms, and the CPU time used so far.
 *
 * @returns one JSON line, ending with a newline
 *
 * @example
 * ```ts
 * if (process.env['EVENTSTUDY_TIMING']) process.stderr.write(timingLine());
 * ```
 */
export function timingLine(): string {
  const timing: Record<string, number> = {
    start: performance.timeOrigin,
    booted: nodeBootstrapDone(),
  };
  for (const entry of performance.getEntriesByType('mark')) {
    if (!entry.name.startsWith('eventstudy:')) continue;
    timing[entry.name.slice(11)] = entry.startTime;
    const cpuMs = (entry as PerformanceMark).detail?.cpuMs;
    if (typeof cpuMs === 'number') timing[`${entry.name.slice(11)}CpuMs`] = cpuMs;
  }
  const cpu = process.cpuUsage();
  timing['cpuMs'] = (cpu.user + cpu.system) / 1000;
  return `${JSON.stringify({ timing })}\n`;
}

/** When Node finished its bootstrap (ms since the time origin); 0 outside Node. */
function nodeBootstrapDone(): number {
  const nodeTiming = (performance as Performance & { nodeTiming?: { bootstrapComplete: number } }).nodeTiming;
  return nodeTiming?.bootstrapComplete ?? 0;
}
