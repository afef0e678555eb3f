import { beforeAll, describe, expect, it } from 'vitest';
import type { SolverHost } from '../../../src/cli/solver-host';
import type { Result, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver, SolveOptions } from '../../../src/solver/types';
import { closeTo } from '../../support/tolerance';
import { runWithHost } from './support/fake-hosts';
import { runInProcess } from './support/run-in-process';
import { json, TWO_ROUTES } from './support/scenarios';

const files = { 'two-routes.json': json(TWO_ROUTES) };
const SWEEP = ['sweep', 'two-routes.json', '--set', 'links.kz-az.capacity', '--from', '0', '--to', '100', '--steps', '3'];

/** Every command that solves one-year scenarios, with the arguments it needs. */
const SOLVING_COMMANDS: readonly (readonly string[])[] = [
  ['solve', 'two-routes.json'],
  SWEEP,
  ['compare', 'two-routes.json', 'two-routes.json'],
  ['resilience', 'two-routes.json'],
  ['montecarlo', 'two-routes.json', '--runs', '2', '--seed', '1', '--vary', 'links.kz-az.capacity=10:50:90'],
  ['check', 'two-routes.json', '--runs', '2', '--seed', '1'],
];

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

/** A host that solves on this thread and records the options of every solve. */
function recordingHost(): SolverHost & { readonly options: (SolveOptions | undefined)[] } {
  const options: (SolveOptions | undefined)[] = [];
  return {
    options,
    stoppable: true,
    solve: async (scenario: Scenario, given?: SolveOptions) => {
      options.push(given);
      return solver.solve(scenario, given);
    },
    stop: async () => undefined,
  };
}

describe('--method', () => {
  it.each(SOLVING_COMMANDS.map((argv) => [argv[0]!, argv]))('should reach every solve of %s', async (_, argv) => {
    const host = recordingHost();
    // A time limit puts the solves on the (recording) solver thread.
    const run = await runWithHost([...argv, '--method', 'paths', '--time-limit', '600'], host, { files });
    expect(run.code, run.stderr).toBe(0);
    expect(host.options.length).toBeGreaterThan(0);
    for (const given of host.options) expect(given?.method).toBe('paths');
  });

  it.each([['arc'], ['columns'], ['paths'], ['auto']])('should give the same answer with --method %s', async (method) => {
    const run = await runInProcess(['solve', 'two-routes.json', '--json', '--method', method], { files });
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as Result;
    // See TWO_ROUTES: 60 t/yr via TITR (its capacity), 40 via Iran, 5,600 USD/yr.
    expect(closeTo(result.objective, 5600)).toBe(true);
    expect(result.corridors.map((c) => [c.id, c.flow])).toEqual([
      ['titr', expect.closeTo(60, 6)],
      ['iran', expect.closeTo(40, 6)],
    ]);
  });

  it('should refuse a method it does not know, naming the option and the methods (exit 2)', async () => {
    expect(await runInProcess(['solve', 'two-routes.json', '--method', 'fast'], { files })).toEqual({
      code: 2,
      stdout: '',
      stderr: '--method: expected one of arc, columns, paths, auto, got "fast"\n',
    });
  });

  it('should not be taken by plan or calibrate, whose problems are not one-year LPs', async () => {
    for (const command of ['plan', 'calibrate']) {
      const run = await runInProcess([command, 'two-routes.json', '--method=paths'], { files });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`--method: unknown option for ${command} (see corridor-flow --help)\n`);
    }
  });
});
