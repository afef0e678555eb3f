import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCommand, COUNTER_EXAMPLE_FILE } from '../../../src/cli/check-command';
import { nodeIo } from '../../../src/cli/node-io';
import { parseScenario } from '../../../src/model/parse-scenario';
import type { Result, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { runCheck } from '../../../src/testing/run-check';
import { INVARIANTS, RELATIONS } from '../../../src/testing/types';
import { model } from './support/models';
import { captureIo, runInProcess } from './support/run-in-process';
import { json, TWO_MISTAKES } from './support/scenarios';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

const TWO = model('teaching-two-routes');

/**
 * A solver with a planted bug: it misreports the objective by 1 USD/yr
 * whenever the sea leg costs more than its 10 USD/t, so the checks must
 * catch it on some variants and shrink to the smallest such cost.
 */
function brokenSolve(scenario: Scenario): Result {
  const result = solver.solve(scenario);
  const seaLeg = scenario.links.find((l) => l.id === 'sea-leg');
  return seaLeg !== undefined && seaLeg.cost > 10 ? { ...result, objective: result.objective + 1 } : result;
}

const command = (over: Partial<Parameters<typeof checkCommand>[0]> = {}) => ({ kind: 'check' as const, file: TWO.path, runs: 20, seed: 3, json: false, ...over });

describe('corridor-flow check on a model, with the project\'s solver', () => {
  it.each(['teaching-two-routes', 'teaching-share-cap', 'teaching-soft-demand'])('should find every check holding on %s, write nothing, exit 0', async (name) => {
    const written = new Map<string, string>();
    const run = await runInProcess(['check', model(name).path, '--runs', '15', '--seed', '20261127'], { written });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(written.size).toBe(0);
    expect(run.stdout).toContain('\nAll 7 checks hold.\n');
  });

  it('should say what it checked: each check with its cases, failures and skipped cases, the invariants and the seed', async () => {
    const run = await runInProcess(['check', TWO.path, '--runs', '12', '--seed', '42']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Teaching: two routes and a capacity limit: checked on 12 variants per check, seed 42');
    for (const name of ['result', ...RELATIONS]) expect(run.stdout).toMatch(new RegExp(`^ {2}${name} +.+ +12 +0 +\\d+$`, 'm'));
    for (const invariant of INVARIANTS) expect(run.stdout).toContain(invariant);
  });

  it('should print with --json the summaries runCheck gives in process for the same seed and runs', async () => {
    const run = await runInProcess(['check', model('caspian-2030').path, '--runs', '8', '--seed', '5', '--json']);
    expect(run.code).toBe(0);
    const report = await runCheck(model('caspian-2030').scenario, { runs: 8, seed: 5, solve: (s) => solver.solve(s) });
    expect(JSON.parse(run.stdout)).toEqual({ file: model('caspian-2030').path, seed: 5, holds: true, checks: report.checks });
  });

  it('should choose a seed when none is given and print it, so the run can be repeated', async () => {
    const first = JSON.parse((await runInProcess(['check', TWO.path, '--runs', '3', '--json'])).stdout) as { seed: number };
    expect(Number.isInteger(first.seed)).toBe(true);
    const again = await runInProcess(['check', TWO.path, '--runs', '3', '--seed', String(first.seed), '--json']);
    expect((JSON.parse(again.stdout) as { seed: number }).seed).toBe(first.seed);
  });
});

describe('corridor-flow check with a broken solver', () => {
  it('should count the failures, exit 1 and write the shrunk counter-example beside the input', async () => {
    const written = new Map<string, string>();
    const { io, output } = captureIo({ written });
    const code = await checkCommand(command(), io, brokenSolve);
    expect(code).toBe(1);
    const path = join(TWO.path, '..', COUNTER_EXAMPLE_FILE);
    expect([...written.keys()]).toEqual([path]);
    const { stdout } = output();
    expect(stdout).toMatch(/^ {2}result +.+ +20 +[1-9]\d* +0$/m);
    expect(stdout).toContain(`\nWritten to ${path} `);
    expect(stdout).toMatch(/^ {2}objective: /m);
  });

  it('should write a scenario that opens in the app: valid, renamed, saying what failed, shrunk to the smallest bad cost', async () => {
    const written = new Map<string, string>();
    await checkCommand(command(), captureIo({ written }).io, brokenSolve);
    const text = [...written.values()][0]!;
    const parsed = parseScenario(text);
    expect(parsed).toMatchObject({ ok: true, warnings: [] });
    if (!parsed.ok) return;
    const { name, description, ...rest } = parsed.scenario;
    expect(name).toBe('Teaching: two routes and a capacity limit (counter-example: result)');
    expect(description).toMatch(/^Found by corridor-flow check --seed 3: .* objective: /);
    // Shrunk: only the sea leg's cost moved, by the smallest step above 10 (variants move by ±50 % in 20 steps: 10 × 1.025).
    const { name: _n, description: _d, ...original } = TWO.scenario;
    expect(rest).toEqual({ ...original, links: original.links.map((l) => (l.id === 'sea-leg' ? { ...l, cost: 10.25 } : l)) });
  });

  it('should put the file on disk with the process\'s own writer, readable back as the same scenario', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-flow-check-'));
    try {
      const out = join(dir, 'found.json');
      const { io, output } = captureIo();
      const code = await checkCommand(command({ out }), { ...io, writeFile: nodeIo.writeFile }, brokenSolve);
      expect(code).toBe(1);
      expect(output().stdout).toContain(`\nWritten to ${out} `);
      expect(parseScenario(readFileSync(out, 'utf8')).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should write where --out says and print the path in --json', async () => {
    const written = new Map<string, string>();
    const { io, output } = captureIo({ written });
    const code = await checkCommand(command({ out: 'found/broken.json', json: true }), io, brokenSolve);
    expect(code).toBe(1);
    expect([...written.keys()]).toEqual(['found/broken.json']);
    const printed = JSON.parse(output().stdout) as { holds: boolean; counterExample: { check: string; file: string; violations: { invariant: string }[] } };
    expect(printed.holds).toBe(false);
    expect(printed.counterExample).toMatchObject({ check: 'result', file: 'found/broken.json' });
    expect(printed.counterExample.violations.map((v) => v.invariant)).toContain('objective');
  });

  it('should write counterexample.json in the working directory when the scenario came from standard input', async () => {
    const written = new Map<string, string>();
    await checkCommand(command({ file: '-' }), captureIo({ written, stdin: json(TWO.scenario) }).io, brokenSolve);
    expect([...written.keys()]).toEqual([COUNTER_EXAMPLE_FILE]);
  });

  it('should name the file it cannot write, exit 2, still printing what failed', async () => {
    const { io, output } = captureIo();
    const code = await checkCommand(command({ out: '/read-only/x.json' }), io, brokenSolve);
    expect(code).toBe(2);
    expect(output().stderr).toMatch(/^\/read-only\/x\.json: cannot write the counter-example: .+\n$/);
    expect(output().stdout).toContain('Counter-example of result, shrunk:');
  });
});

describe('corridor-flow check with bad input', () => {
  it('should report every error with its path and exit 2, checking nothing', async () => {
    const run = await runInProcess(['check', 'bad.json'], { files: { 'bad.json': json(TWO_MISTAKES) } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^links\[0\]\.capacity: /m);
  });

  it.each([
    [['--runs', '0'], '--runs: expected an integer from 1 to 100000, got "0"'],
    [['--seed', '-1'], '--seed: expected an integer from 0 to 2147483647, got "-1"'],
    [['--out', ''], '--out: expected a file name for the counter-example, got ""'],
    [['--csv'], '--csv: unknown option for check (see corridor-flow --help)'],
  ])('should refuse %j with exit 2', async (args, line) => {
    expect(await runInProcess(['check', TWO.path, ...args])).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });
});
