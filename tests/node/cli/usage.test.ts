import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELP_TEXT } from '../../../src/cli/help-text';
import { runInProcess } from './support/run-in-process';
import { ROOT } from './support/run-built-cli';

describe('corridor-flow --help and --version', () => {
  it('should print the usage of every command on --help, exit 0', async () => {
    const run = await runInProcess(['--help']);
    expect(run).toEqual({ code: 0, stdout: HELP_TEXT, stderr: '' });
    for (const usage of [
      'solve    <scenario.json> [--json]',
      'validate <scenario.json>',
      'sweep    <scenario.json> --set <path> --from <a> --to <b> --steps <n> [--json | --csv]',
      'compare  <a.json> <b.json> [<more.json>…] [--json | --csv]',
      'resilience <scenario.json> [--json | --csv]',
      'montecarlo <scenario.json> --runs <n> --seed <s> [--vary <path>=<min>:<mode>:<max>]… [--json | --csv]',
      'check    <scenario.json> [--runs <n>] [--seed <s>] [--out <file>] [--json]',
      'plan     <scenario.json> [--json | --csv] [--gap <g>] [--time-limit <s>]',
    ]) {
      expect(run.stdout).toContain(`corridor-flow ${usage}`);
    }
  });

  it('should print the version of package.json on --version, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };
    expect(await runInProcess(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('corridor-flow usage errors', () => {
  it.each([
    [['frobnicate', 'x.json'], 'command: unknown command "frobnicate"; expected one of solve, validate, sweep, compare, resilience, montecarlo, check, calibrate, plan (see corridor-flow --help)\n'],
    [['solve'], 'file: missing: a scenario .json file, or - for standard input\n'],
    [['solve', 'a.json', '--csv'], '--csv: unknown option for solve (see corridor-flow --help)\n'],
    [['sweep', 'a.json', '--set', 'links.x.cost', '--from', '1', '--to', 'many', '--steps', '3'], '--to: expected a finite number, got "many"\n'],
    [['montecarlo', 'a.json', '--seed', '1'], '--runs: missing: the number of draws, an integer from 1 to 100000\n'],
    [['resilience', 'a.json', '--json', '--csv'], '--csv: cannot be combined with --json\n'],
  ])('should refuse %j with exit 2 and the path of the mistake', async (argv, stderr) => {
    expect(await runInProcess(argv)).toEqual({ code: 2, stdout: '', stderr });
  });
});
