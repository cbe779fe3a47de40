/**
 * The research-data flags of `eventstudy run` (issue 13 item 6), read for form: the reading flags
 * `--return-units` and `--negative-prices` (like `--column`, they apply to the `--prices` paths
 * after them), `--column returns=NAME`, `--delistings FILE` with `--unknown-delistings`, and the
 * command line's wording of the library's hints.
 */
import { describe, expect, test } from 'vitest';
import { parseCliArgs } from '../../src/cli/args';
import { RUN_HELP } from '../../src/cli/help';
import { cliHint } from '../../src/cli/hints';
import { UsageError } from '../../src/cli/usage-error';

const run = (...args: string[]) => {
  const parsed = parseCliArgs(['run', ...args, '--events', 'e.csv']);
  if (parsed.command !== 'run') throw new Error('expected run');
  return parsed.options;
};

describe('research-data flags', () => {
  test('--return-units and --negative-prices apply to the --prices paths after them', () => {
    const options = run(
      ...['--prices', 'dsi.csv', '--return-units', 'percent', '--prices', 'a.csv', 'b.csv.gz'],
      ...['--negative-prices', 'abs', '--prices', 'dsf.parquet'],
    );
    expect(options.prices.map((p) => [p.path, p.read])).toEqual([
      ['dsi.csv', undefined],
      ['a.csv', { returnUnits: 'percent' }],
      ['b.csv.gz', { returnUnits: 'percent' }],
      ['dsf.parquet', { returnUnits: 'percent', negativePrices: 'abs' }],
    ]);
    expect(run('--negative-prices=missing', '--prices', 'x.csv').prices[0]!.read).toEqual({
      negativePrices: 'missing',
    });
  });

  test('bad values and a trailing reading flag are usage errors', () => {
    expect(() => run('--return-units', 'basis-points', '--prices', 'x.csv')).toThrow(
      /--return-units must be one of decimal, percent; got 'basis-points'/,
    );
    expect(() => run('--negative-prices', 'flip', '--prices', 'x.csv')).toThrow(
      /--negative-prices must be one of error, abs, missing/,
    );
    expect(() => run('--prices', 'x.csv', '--return-units', 'percent')).toThrow(/applies to no file/);
  });

  test('--column returns=NAME names a return column', () => {
    expect(run('--column', 'returns=DRET', '--prices', 'x.csv').prices[0]!.read).toEqual({
      columns: { returns: 'DRET' },
    });
  });

  test('--delistings FILE, --unknown-delistings error|ignore (only with --delistings)', () => {
    const options = run('--prices', 'x.csv', '--delistings', 'dl.csv', '--unknown-delistings', 'ignore');
    expect([options.delistings, options.unknownDelistings]).toEqual(['dl.csv', 'ignore']);
    expect(run('--prices', 'x.csv').delistings).toBeUndefined();
    expect(() => run('--prices', 'x.csv', '--unknown-delistings', 'ignore')).toThrow(UsageError);
    expect(() => run('--prices', 'x.csv', '--delistings', 'dl.csv', '--unknown-delistings', 'skip')).toThrow(
      /--unknown-delistings must be one of error, ignore/,
    );
  });

  test('the help lists the flags', () => {
    for (const flag of [
      '--return-units',
      '--negative-prices',
      '--delistings',
      '--unknown-delistings',
      '.parquet',
    ])
      expect(RUN_HELP).toContain(flag);
  });
});

describe('cliHint', () => {
  test('names the flag instead of the API option', () => {
    expect(
      cliHint(
        `negative price "-89.24": expected a positive price (CRSP marks a bid/ask midpoint with a minus sign: pass negativePrices: 'abs' or 'missing')`,
      ),
    ).toBe(
      'negative price "-89.24": expected a positive price (CRSP marks a bid/ask midpoint with a minus sign: give --negative-prices abs or missing before the file)',
    );
    expect(
      cliHint(`(if column 2 holds returns rather than prices, name it with columns: { returns: '…' })`),
    ).toBe('(if column 2 holds returns rather than prices, name it with --column returns=NAME)');
    expect(cliHint('no date column: expected …, or pass columns.date')).toBe(
      'no date column: expected …, or give --column date=NAME',
    );
    expect(cliHint('a message without a hint')).toBe('a message without a hint');
  });
});
