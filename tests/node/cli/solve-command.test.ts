import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/model/parse-scenario';
import type { Result, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { closeTo } from '../../support/tolerance';
import { json, TOO_LITTLE_CAPACITY, TWO_MISTAKES, TWO_ROUTES } from './support/scenarios';
import { runInProcess } from './support/run-in-process';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

/** What the library gives for a scenario, as JSON would carry it, without the run-dependent time. */
function libraryResult(scenario: unknown): unknown {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error('test scenario is invalid');
  return withoutTime(JSON.parse(JSON.stringify(solver.solve(parsed.scenario))) as Result);
}

function withoutTime(result: Result): Result {
  return { ...result, solver: { ...result.solver, ms: 0 } };
}

const files = {
  'two-routes.json': json(TWO_ROUTES),
  'too-little.json': json(TOO_LITTLE_CAPACITY),
  'two-mistakes.json': json(TWO_MISTAKES),
};

describe('corridor-flow solve --json', () => {
  it('should print exactly the library result object on stdout and nothing else, exit 0', async () => {
    const run = await runInProcess(['solve', 'two-routes.json', '--json'], { files });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(withoutTime(JSON.parse(run.stdout) as Result)).toEqual(libraryResult(TWO_ROUTES));
  });

  it('should give the split worked out by hand', async () => {
    const result = JSON.parse((await runInProcess(['solve', 'two-routes.json', '--json'], { files })).stdout) as Result;
    // See TWO_ROUTES: 60 t/yr via TITR (its capacity), 40 via Iran, 5,600 USD/yr.
    expect(result.status).toBe('optimal');
    expect(closeTo(result.objective, 5600)).toBe(true);
    expect(result.corridors.map((c) => [c.id, c.share])).toEqual([
      ['titr', expect.closeTo(0.6, 9)],
      ['iran', expect.closeTo(0.4, 9)],
    ]);
  });

  it('should read the scenario from standard input when the file is -', async () => {
    const run = await runInProcess(['solve', '-', '--json'], { stdin: json(TWO_ROUTES) });
    expect(run.code).toBe(0);
    expect(withoutTime(JSON.parse(run.stdout) as Result)).toEqual(libraryResult(TWO_ROUTES));
  });

  it('should print the infeasible result and exit 1', async () => {
    const run = await runInProcess(['solve', 'too-little.json', '--json'], { files });
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as Result;
    expect(result.status).toBe('infeasible');
    expect(withoutTime(result)).toEqual(libraryResult(TOO_LITTLE_CAPACITY));
  });
});

describe('corridor-flow solve (table)', () => {
  it('should show name, status, cost, split, binding capacity with its marginal value, unused links and demands', async () => {
    const run = await runInProcess(['solve', 'two-routes.json'], { files });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Two routes: optimal');
    // Numbers from TWO_ROUTES' hand calculation.
    // Generalised (days valued), and said so: out of pocket is the line below.
    expect(run.stdout).toMatch(/^ {2}generalised cost +5,600 +USD\/yr \(money \+ time valued\)$/m);
    // No days in TWO_ROUTES: all of the generalised cost is out of pocket.
    expect(run.stdout).toMatch(/^ {4}of which out of pocket +5,600 +USD\/yr \(tariffs and handling\)$/m);
    expect(run.stdout).toMatch(/^ {4}of which time valued +0 +USD\/yr \(days × value of time\)$/m);
    expect(run.stdout).toMatch(/^ {2}generalised unit cost +56\.00 +USD\/t served$/m);
    expect(run.stdout).toMatch(/^ {2}titr \(Trans-Caspian\) +60 +60\.0 %$/m);
    expect(run.stdout).toMatch(/^ {2}iran +40 +40\.0 %$/m);
    expect(run.stdout).toMatch(/^ {2}other +0 +0\.0 %$/m);
    expect(section(run.stdout, 'Binding capacities, by marginal value')).toMatch(/^ {2}link +kz-az +60 +60 +15\.00$/m);
    expect(section(run.stdout, 'Unused links, closest to being used first')).toMatch(/^ {2}az-ir +az → ir +\d/m);
    expect(section(run.stdout, 'Demands')).toMatch(/^ {2}grain +kz → tr +100 +0 +56\.00 +0\.0 +65\.00$/m);
  });

  it('should rank binding capacities by marginal value, highest first', async () => {
    // TWO_ROUTES plus a direct road at 80 USD/t and Iran's node capped at 30 t/yr.
    // By hand: 60 t/yr TITR (50 USD/t), 30 Iran (65), 10 by road (80); one more
    // t/yr of kz-az saves 80 − 50 = 30 USD, one more of node ir 80 − 65 = 15.
    const scenario: Scenario = {
      ...TWO_ROUTES,
      nodes: TWO_ROUTES.nodes.map((n) => (n.id === 'ir' ? { ...n, capacity: 30 } : n)),
      links: [...TWO_ROUTES.links, { id: 'kz-tr', from: 'kz', to: 'tr', mode: 'road', cost: 80 }],
    };
    const run = await runInProcess(['solve', 's.json'], { files: { 's.json': json(scenario) } });
    expect(run.code).toBe(0);
    const rows = section(run.stdout, 'Binding capacities, by marginal value').split('\n').slice(2);
    expect(rows.map((l) => l.trim().split(/ +/))).toEqual([
      ['link', 'kz-az', '60', '60', '30.00'],
      ['node', 'ir', '30', '30', '15.00'],
    ]);
  });

  it('should show the status and the diagnosis of an infeasible scenario, exit 1', async () => {
    const run = await runInProcess(['solve', 'too-little.json'], { files });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('Too little capacity: infeasible');
    const diagnosis = (libraryResult(TOO_LITTLE_CAPACITY) as Result).diagnosis ?? [];
    expect(diagnosis.length).toBeGreaterThan(0);
    for (const line of diagnosis) expect(run.stdout).toContain(line);
  });
});

describe('corridor-flow solve with bad input', () => {
  it('should print every error on stderr, one a line, each with its path, and exit 2', async () => {
    const run = await runInProcess(['solve', 'two-mistakes.json', '--json'], { files });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.some((l) => l.startsWith('links[0].capacity: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('demands[0].from: ') && l.includes('astna'))).toBe(true);
  });

  it('should name a file that does not exist, exit 2', async () => {
    const run = await runInProcess(['solve', 'no-such-file.json']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'no-such-file.json: cannot read: no such file\n' });
  });

  it('should report text that is not JSON as invalid input, exit 2', async () => {
    const run = await runInProcess(['solve', '-'], { stdin: '{ "format": ' });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toBe('');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('should turn an unexpected failure into one message and exit 3, never a stack trace', async () => {
    const run = await runInProcess(['solve', 'two-routes.json'], {
      files,
      stdout: () => {
        throw new Error('EPIPE: broken pipe, write');
      },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('internal error: EPIPE: broken pipe, write\n');
  });
});

/** The lines of one titled section of the table, title included. */
function section(text: string, title: string): string {
  const start = text.indexOf(`\n${title}\n`);
  if (start < 0) throw new Error(`no section "${title}" in:\n${text}`);
  const rest = text.slice(start + 1);
  const end = rest.indexOf('\n\n');
  return end < 0 ? rest.trimEnd() : rest.slice(0, end);
}
