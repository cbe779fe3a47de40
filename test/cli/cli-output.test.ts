/**
 * Issue 20, class 10: what the command does when it cannot write, and when it is misused at the
 * top. Misuse runs in-process (run-cli.ts); a write that fails is a process's stream error, so
 * those cases spawn the real executable (`node --import tsx src/cli/bin.ts`). Before the fix a
 * full disk printed Node's "Unhandled 'error' event" with a stack trace, `--tests csect,bogus` exited 1, and a
 * bare `eventstudy` printed the help on stdout with exit 0.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli';

const ROOT = join(import.meta.dirname, '..', '..');
const XIAOMI = [
  ...['--prices', 'data/hk', '--prices', 'data/indices', '--prices', 'data/cn/sh601633.csv=601633.SS'],
  ...['--events', 'examples/events/xiaomi.csv'],
];

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Outcome> {
  return runCli(...args);
}

/** Runs the command with stdout on `fd` (a file) or on a pipe whose reader has gone. */
function cliWritingTo(args: string[], stdout: number | 'closed-pipe'): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
      cwd: ROOT,
      stdio: ['ignore', stdout === 'closed-pipe' ? 'pipe' : stdout, 'pipe'],
    });
    // The reader goes away before anything is written: the report's write then fails with EPIPE.
    if (stdout === 'closed-pipe') child.stdout!.destroy();
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => resolve({ code, stdout: '', stderr }));
  });
}

describe.concurrent('eventstudy output and top-level usage', { timeout: 90_000 }, () => {
  test.skipIf(!existsSync('/dev/full'))('a full disk (ENOSPC on stdout): one line, exit 1', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const outcome = await cliWritingTo(['run', ...XIAOMI], full);
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toBe(
        'eventstudy: cannot write the output: no space left on the device (ENOSPC)\n',
      );
    } finally {
      closeSync(full);
    }
  });

  test('a closed pipe (EPIPE on stdout): one line, exit 1', async () => {
    const outcome = await cliWritingTo(['run', ...XIAOMI], 'closed-pipe');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe('eventstudy: cannot write the output: the reader closed the pipe (EPIPE)\n');
  });

  test('--tests csect,bogus is a usage error: exit 2, as the help promises', async () => {
    const outcome = await cli(['run', ...XIAOMI, '--tests', 'csect,bogus']);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(
      /^eventstudy run: --tests: unknown test 'bogus'.*\(see 'eventstudy run --help'\)\n$/,
    );
  });

  test('a bare eventstudy prints the help on stderr and exits 2', async () => {
    const outcome = await cli([]);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain('eventstudy run');
  });

  test('a broken symbolic link in a --prices folder is reported on stderr (issue 20, class 8)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'eventstudy-links-'));
    symlinkSync(join(ROOT, 'data', 'hk', '1810.HK.csv'), join(folder, '1810.HK.csv'));
    symlinkSync(join(folder, 'not-fetched'), join(folder, '2333.HK.csv'));
    const outcome = await cli([
      'run',
      ...['--prices', folder, '--prices', 'data/indices', '--events', 'examples/events/xiaomi.csv'],
    ]);
    expect(outcome.stderr).toContain(
      `eventstudy: skipped ${join(folder, '2333.HK.csv')}: a symbolic link to a file that does not exist`,
    );
    expect(outcome.stdout).toContain('1810.HK');
  });

  test('--window -5,1000000000 stops at once with a ConfigError (exit 1), not out of memory', async () => {
    const outcome = await cli(['run', ...XIAOMI, '--window', '-5,1000000000']);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(
      /ConfigError: the event window \[-5, 1000000000\] spans .* more than any calendar holds/,
    );
  });
});
