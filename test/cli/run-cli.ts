/**
 * Runs the `eventstudy` command in this test process: the same `main` that `src/cli/bin.ts`
 * (the package `bin`) calls, with the arguments a user types and streams that collect what the
 * command writes. Relative paths resolve against the working directory, the repository root
 * under vitest. Spawning `npx tsx` per case cost about a second of start-up each; only the
 * tests of process-level behaviour (a closed pipe, a full disk) still spawn.
 */
import { main } from '../../src/cli/main';

/** What one run of the command produced. */
export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `eventstudy …args` in-process; stderr is not a terminal, as under a pipe. */
export async function runCli(...args: string[]): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: {
      write(text: string) {
        stdout += text;
        return true;
      },
    },
    stderr: {
      isTTY: false,
      write(text: string) {
        stderr += text;
        return true;
      },
    },
  });
  return { code, stdout, stderr };
}
