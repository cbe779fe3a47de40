// Runs test/reference/second_stage_reference.py (scipy, statsmodels, R's p.adjust) afresh on a copy
// of its input and checks that it writes exactly the committed second_stage_reference.json, which
// second-stage-reference.test.ts compares the library with: the reference cannot go stale or be
// edited by hand. Skipped, with what to install, where the script's Python modules are missing.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const PYTHON = '/usr/bin/python3';
const REFERENCE = join(import.meta.dirname, '..', 'reference');

function modulesMissing(): string | undefined {
  if (!existsSync(PYTHON))
    return `${PYTHON} is missing (apt-get install python3 python3-scipy python3-statsmodels)`;
  try {
    execFileSync(PYTHON, ['-c', 'import numpy, scipy, statsmodels'], { stdio: 'ignore' });
  } catch {
    return 'numpy, scipy or statsmodels is missing (apt-get install python3-numpy python3-scipy python3-statsmodels)';
  }
  try {
    execFileSync('Rscript', ['--version'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'Rscript is missing (apt-get install r-base-core)';
  }
}
const missing = modulesMissing();
if (missing) console.warn(`skipping the re-run of second_stage_reference.py: ${missing}`);

describe.skipIf(missing !== undefined)('second_stage_reference.py', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventstudy-second-stage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('re-run on its input, it writes the committed reference values', { timeout: 180_000 }, () => {
    for (const file of ['second_stage_reference.py', 'second_stage_input.json'])
      copyFileSync(join(REFERENCE, file), join(dir, file));
    execFileSync(PYTHON, [join(dir, 'second_stage_reference.py')], { stdio: 'pipe' });
    const fresh = JSON.parse(readFileSync(join(dir, 'second_stage_reference.json'), 'utf8'));
    const committed = JSON.parse(readFileSync(join(REFERENCE, 'second_stage_reference.json'), 'utf8'));
    expect(fresh).toEqual(committed);
  });
});
