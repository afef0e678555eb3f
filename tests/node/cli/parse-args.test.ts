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
});
