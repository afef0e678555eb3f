import { describe, expect, it } from 'vitest';
import { runSolving } from '../../../src/cli/run-solving';
import type { Result } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import { answeringHost, hangingHost, runWithHost, timeLimitResult } from './support/fake-hosts';
import { captureIo, runInProcess } from './support/run-in-process';
import { json, TWO_ROUTES } from './support/scenarios';

const files = { 'two-routes.json': json(TWO_ROUTES) };
const SWEEP = ['sweep', 'two-routes.json', '--set', 'links.kz-az.capacity', '--from', '0', '--to', '100', '--steps', '5'];

/** Every command that solves, with the arguments it needs (`--time-limit` is added by the tests). */
const SOLVING_COMMANDS: readonly (readonly string[])[] = [
  ['solve', 'two-routes.json'],
  SWEEP,
  ['compare', 'two-routes.json', 'two-routes.json'],
  ['resilience', 'two-routes.json'],
  ['montecarlo', 'two-routes.json', '--runs', '3', '--seed', '1', '--vary', 'links.kz-az.capacity=10:50:90'],
  ['check', 'two-routes.json', '--runs', '2', '--seed', '1'],
];

describe('--time-limit', () => {
  it.each(SOLVING_COMMANDS.map((argv) => [argv[0]!, argv]))('should be taken by %s', async (_, argv) => {
    const run = await runInProcess([...argv, '--time-limit', '600'], { files, written: new Map() });
    expect(run.stderr).not.toMatch(/--time-limit/);
    expect(run.code).toBe(0);
  });

  it.each([['0'], ['-1'], ['soon'], ['1e7'], ['Infinity']])('should refuse --time-limit %j as a usage error (exit 2)', async (value) => {
    const run = await runInProcess(['solve', 'two-routes.json', '--time-limit', value], { files });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `--time-limit: expected a number of seconds above 0 and at most 1000000, got "${value}"\n`,
    });
  });

  it.each(SOLVING_COMMANDS.map((argv) => [argv[0]!, argv]))(
    'should stop %s at the wall even in the middle of a solve that never ends, exit 3 and say so',
    async (_, argv) => {
      const host = hangingHost();
      const run = await runWithHost([...argv, '--time-limit', '0.05'], host, { files });
      expect(run.code).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('time limit: stopped at the time limit of 0.05 s after 0 solves; no figures are given\n');
      expect(host.stops()).toBe(1);
    },
  );

  it('should print, with solve --json, the result object with status "time-limit" and no figures', async () => {
    const run = await runWithHost(['solve', 'two-routes.json', '--json', '--time-limit', '0.05'], hangingHost(), { files });
    expect(run.code).toBe(3);
    const result = JSON.parse(run.stdout) as Result;
    expect(result.status).toBe('time-limit');
    expect([result.objective, result.served, result.unmet]).toEqual([0, 0, 0]);
    expect(result.demands.map((d) => d.id)).toEqual(['grain']);
    expect(result.diagnosis).toEqual(['stopped at the time limit of 0.05 s after 0 solves; no figures are given']);
  });

  it('should print, with --json of a batch command, a document with status "time-limit" and nothing else', async () => {
    const run = await runWithHost([...SWEEP, '--json', '--time-limit', '0.05'], hangingHost(), { files });
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toEqual({
      status: 'time-limit',
      timeLimitSeconds: 0.05,
      solved: 0,
      diagnosis: ['stopped at the time limit of 0.05 s after 0 solves; no figures are given'],
    });
  });

  it('should stop as at the wall when a solve comes back with status time-limit (GLPK`s own tmlim)', async () => {
    const run = await runWithHost([...SWEEP, '--csv', '--time-limit', '600'], answeringHost(timeLimitResult), { files });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^time limit: /);
  });

  it('should give each solve GLPK`s tmlim for the time that is left', async () => {
    const limits: (number | undefined)[] = [];
    const solver = await createSolver();
    const host = {
      stoppable: true,
      solve: async (scenario: typeof TWO_ROUTES, options?: { timeLimitSeconds?: number }) => {
        limits.push(options?.timeLimitSeconds);
        return solver.solve(scenario, options);
      },
      stop: async () => undefined,
    };
    const run = await runWithHost([...SWEEP, '--csv', '--time-limit', '600'], host, { files });
    expect(run.code).toBe(0);
    expect(limits).toHaveLength(5);
    for (const limit of limits) expect(limit! > 0 && limit! <= 600).toBe(true);
  });

  it('should not stop a command that finishes within its limit', async () => {
    const solver = await createSolver();
    const [limited, free] = await Promise.all([
      runWithHost([...SWEEP, '--csv', '--time-limit', '600'], answeringHost((s) => solver.solve(s)), { files }),
      runInProcess([...SWEEP, '--csv'], { files }),
    ]);
    expect(limited).toEqual(free);
  });
});

describe('progress of a long solve', () => {
  const command = { kind: 'solve', timeLimitSeconds: 600 } as const;

  it('should be shown on stderr, and cleared at the end, when stderr is a terminal', async () => {
    const { io, output } = captureIo();
    const host = hangingHost();
    const code = await runSolving(
      command,
      { ...io, stderrIsTTY: true },
      async (solve) => {
        void Promise.resolve(solve(TWO_ROUTES)).catch(() => undefined);
        // Waits for the progress line (a terminal is there), then ends the command.
        while (!output().stderr.includes('solving…')) await new Promise((resolve) => setTimeout(resolve, 5));
        return 0;
      },
      { host: () => host, progress: { delayMs: 0, everyMs: 5 } },
    );
    expect(code).toBe(0);
    expect(output().stderr).toMatch(/^\r\u001b\[Ksolving… [\d.]+ s of 600 s, 0 solves done/);
    expect(output().stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('should never be written when stderr is not a terminal (a pipe, a log, CI)', async () => {
    const { io, output } = captureIo();
    const code = await runSolving(
      command,
      { ...io, stderrIsTTY: false },
      async () => {
        // Long enough for many progress lines, had they been on.
        await new Promise((resolve) => setTimeout(resolve, 60));
        return 0;
      },
      { host: () => hangingHost(), progress: { delayMs: 0, everyMs: 5 } },
    );
    expect(code).toBe(0);
    expect(output().stderr).toBe('');
  });
});
