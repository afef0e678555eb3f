import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/model/parse-scenario';
import type { Result } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { statusExitCode } from '../../../src/cli/status-exit-code';
import { ROOT } from './support/run-built-cli';
import { runInProcess } from './support/run-in-process';

const MODELS = join(ROOT, 'models');
const files = readdirSync(MODELS).filter((f) => f.endsWith('.json'));

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

const withoutTime = (r: Result): Result => ({ ...r, solver: { ...r.solver, ms: 0 } });

describe('the models in models/', () => {
  it('should include the default model caspian-2030.json', () => {
    expect(files).toContain('caspian-2030.json');
  });

  it.each(files)('%s should validate, and solve --json to the library result with the exit code of its status', async (name) => {
    const path = join(MODELS, name);
    const parsed = parseScenario(readFileSync(path, 'utf8'));
    if (!parsed.ok) throw new Error(`${name} is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    expect((await runInProcess(['validate', path])).code).toBe(0);
    const expected = withoutTime(JSON.parse(JSON.stringify(solver.solve(parsed.scenario))) as Result);
    const run = await runInProcess(['solve', path, '--json']);
    expect(run.code).toBe(statusExitCode(expected.status));
    expect(withoutTime(JSON.parse(run.stdout) as Result)).toEqual(expected);
  });

  it('should solve the default model to optimal (exit 0) and print its table', async () => {
    const run = await runInProcess(['solve', join(MODELS, 'caspian-2030.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/: optimal$/);
    for (const title of ['Corridor split', 'Binding capacities, by marginal value', 'Unused links, closest to being used first', 'Demands']) {
      expect(run.stdout).toContain(`\n${title}\n`);
    }
  });
});
