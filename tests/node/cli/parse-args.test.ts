import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/parse-args';

describe('parseArgs', () => {
  it('should read solve with and without --json', () => {
    expect(parseArgs(['solve', 'a.json'])).toEqual({ ok: true, command: { kind: 'solve', file: 'a.json', json: false } });
    expect(parseArgs(['solve', '--json', 'a.json'])).toEqual({ ok: true, command: { kind: 'solve', file: 'a.json', json: true } });
  });

  it('should take - as a file (standard input), not as an option', () => {
    expect(parseArgs(['validate', '-'])).toEqual({ ok: true, command: { kind: 'validate', file: '-' } });
  });

  it('should read every sweep option, in either --opt value or --opt=value form, negative numbers included', () => {
    expect(parseArgs(['sweep', 's.json', '--set', 'links.x.cost', '--from=-5', '--to', '1e3', '--steps', '4', '--csv'])).toEqual({
      ok: true,
      command: { kind: 'sweep', file: 's.json', set: 'links.x.cost', from: -5, to: 1000, steps: 4, output: 'csv' },
    });
    expect(parseArgs(['sweep', 's.json', '--set', 'p', '--from', '0', '--to', '1', '--steps', '1'])).toMatchObject({
      ok: true,
      command: { output: 'table', steps: 1 },
    });
  });

  it('should let --help and --version win over anything else', () => {
    expect(parseArgs(['solve', '--help'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['-h'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['--version'])).toEqual({ ok: true, command: { kind: 'version' } });
  });

  it('should report every problem at once, each with its path', () => {
    const outcome = parseArgs(['sweep', 'a.json', 'b.json', '--from', 'ten', '--steps', '2.5', '--json', '--csv', '--frobnicate']);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.path)).toEqual(['--frobnicate', 'b.json', '--set', '--from', '--to', '--steps', '--csv']);
    expect(outcome.errors.find((e) => e.path === '--from')?.message).toBe('expected a finite number, got "ten"');
    expect(outcome.errors.find((e) => e.path === '--steps')?.message).toBe('expected an integer ≥ 1, got "2.5"');
  });

  it.each([['0'], ['-1'], ['x'], [''], ['Infinity'], ['0x10']])('should refuse --steps %j', (steps) => {
    const outcome = parseArgs(['sweep', 'a.json', '--set', 'p', '--from', '0', '--to', '1', '--steps', steps]);
    expect(outcome).toEqual({ ok: false, errors: [{ path: '--steps', message: `expected an integer ≥ 1, got "${steps}"` }] });
  });

  it('should name the command when it is unknown or missing', () => {
    expect(parseArgs(['slove', 'a.json'])).toMatchObject({ ok: false, errors: [{ path: 'command', message: expect.stringContaining('unknown command "slove"') }] });
    expect(parseArgs([])).toMatchObject({ ok: false, errors: [{ path: 'command' }] });
  });

  it('should refuse an option the command does not take, and a missing file', () => {
    expect(parseArgs(['validate', '--json'])).toEqual({
      ok: false,
      errors: [
        { path: '--json', message: 'unknown option for validate (see corridor-flow --help)' },
        { path: 'file', message: 'missing: a scenario .json file, or - for standard input' },
      ],
    });
  });

  it('should refuse an option without its value, once', () => {
    expect(parseArgs(['sweep', 'a.json', '--set', 'p', '--from', '0', '--to', '1', '--steps'])).toEqual({
      ok: false,
      errors: [{ path: '--steps', message: 'expects a value' }],
    });
  });

  it('should read compare with two or more files, - among them once', () => {
    expect(parseArgs(['compare', 'a.json', '-', 'c.json', '--csv'])).toEqual({ ok: true, command: { kind: 'compare', files: ['a.json', '-', 'c.json'], output: 'csv' } });
    expect(parseArgs(['compare', 'a.json', 'b.json'])).toMatchObject({ ok: true, command: { output: 'table' } });
  });

  it('should read resilience with one file', () => {
    expect(parseArgs(['resilience', 's.json', '--json'])).toEqual({ ok: true, command: { kind: 'resilience', file: 's.json', output: 'json' } });
    expect(parseArgs(['resilience', 's.json', 't.json'])).toEqual({ ok: false, errors: [{ path: 't.json', message: 'unexpected argument: resilience takes one file' }] });
  });

  it('should read montecarlo with every --vary in order, its bounds as numbers, any other text kept for the scenario check', () => {
    expect(parseArgs(['montecarlo', 's.json', '--runs', '100', '--seed=7', '--vary', 'links.a.capacity=1e3:2000:3000', '--vary=corridors.c.maxShare=-0.5:.5:x'])).toEqual({
      ok: true,
      command: {
        kind: 'montecarlo',
        file: 's.json',
        runs: 100,
        seed: 7,
        vary: [
          { set: 'links.a.capacity', min: 1000, mode: 2000, max: 3000 },
          { set: 'corridors.c.maxShare', min: -0.5, mode: 0.5, max: 'x' },
        ],
        output: 'table',
      },
    });
    expect(parseArgs(['montecarlo', 's.json', '--runs', '1', '--seed', '0'])).toMatchObject({ ok: true, command: { vary: [] } });
  });

  it('should require --runs and --seed for montecarlo, each an integer in range, and name each --vary of the wrong shape', () => {
    const outcome = parseArgs(['montecarlo', 's.json', '--runs', '100001', '--vary', 'a=1:2:3', '--vary', 'links.x.cost:1:2:3']);
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { path: '--runs', message: 'expected an integer from 1 to 100000, got "100001"' },
        { path: '--seed', message: 'missing: the seed of the draws, an integer from 0 to 2147483647' },
        { path: '--vary[1]', message: 'expected <path>=<min>:<mode>:<max>, e.g. links.<id>.capacity=40:60:80, got "links.x.cost:1:2:3"' },
      ],
    });
  });

  it('should read check with its options all optional', () => {
    expect(parseArgs(['check', 's.json'])).toEqual({ ok: true, command: { kind: 'check', file: 's.json', json: false } });
    expect(parseArgs(['check', 's.json', '--runs', '10', '--seed', '3', '--out', 'x.json', '--json'])).toEqual({
      ok: true,
      command: { kind: 'check', file: 's.json', runs: 10, seed: 3, out: 'x.json', json: true },
    });
    expect(parseArgs(['check', 's.json', '--seed', '2147483648'])).toEqual({
      ok: false,
      errors: [{ path: '--seed', message: 'expected an integer from 0 to 2147483647, got "2147483648"' }],
    });
  });
});
