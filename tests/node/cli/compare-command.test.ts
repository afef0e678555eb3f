import { beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios, type Comparison } from '../../../src/analysis/compare';
import { compareCommand } from '../../../src/cli/compare-command';
import type { Result, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { model } from './support/models';
import { cellValue, csvRounded, parseCsv } from './support/parse-csv';
import { captureIo, runInProcess } from './support/run-in-process';
import { json, TOO_LITTLE_CAPACITY, TWO_MISTAKES, TWO_ROUTES } from './support/scenarios';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

const TEACHING = ['teaching-two-routes', 'teaching-share-cap', 'teaching-soft-demand'].map(model);
/** One-year Caspian models (the planning case warns that only `plan` uses its horizon and projects). */
const CASPIAN = ['caspian-2030-iran-closed', 'caspian-2030-tripp-built', 'caspian-2030-russia-closed'].map(model);

/** What `compareScenarios` gives in this process for the models, as `--json` carries it. */
function inProcess(models: readonly { path: string; scenario: Scenario }[]): unknown {
  const comparison = compareScenarios(models.map(({ scenario }) => ({ name: scenario.name, scenario, result: solver.solve(scenario) })));
  return JSON.parse(JSON.stringify({ files: models.map((m) => m.path), ...comparison }));
}

describe('corridor-flow compare --json', () => {
  it.each([
    ['the teaching models', TEACHING],
    ['the Caspian 2030 models', CASPIAN],
  ])('should print exactly what compareScenarios gives in process for %s, exit 0', async (_, models) => {
    const run = await runInProcess(['compare', ...models.map((m) => m.path), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(inProcess(models));
  });

  it('should give the split, cost and bottlenecks worked out by hand (teaching models)', async () => {
    const run = await runInProcess(['compare', ...TEACHING.map((m) => m.path), '--json']);
    const comparison = JSON.parse(run.stdout) as Comparison;
    const row = (key: string) => comparison.rows.find((r) => r.key === key)!;
    // By hand (see each model's description): two routes 60·20 + 40·30 = 2,400 USD/yr;
    // share cap 140·20 + 60·26 = 4,360; soft demand 50 t/yr direct at 20 + 2 days·5 = 30 USD/t, 30 t/yr unmet at 45: 2,850.
    expect(row('objective').values).toEqual([expect.closeTo(2400, 6), expect.closeTo(4360, 6), expect.closeTo(2850, 6)]);
    expect(row('objective').differences).toEqual([0, expect.closeTo(1960, 6), expect.closeTo(450, 6)]);
    expect(row('share:sea').values).toEqual([expect.closeTo(0.6, 9), 0, 0]);
    expect(row('share:a').values).toEqual([0, expect.closeTo(0.7, 9), 0]);
    expect(row('unmet').values).toEqual([0, 0, expect.closeTo(30, 6)]);
    // Cost per served tonne leaves the penalty out: 2,850 − 30·45 = 1,500 USD/yr over 50 t/yr.
    expect(row('unitCost').values).toEqual([expect.closeTo(24, 9), expect.closeTo(21.8, 9), expect.closeTo(30, 9)]);
    expect(comparison.bottlenecks).toEqual([
      { binding: ['link:sea-leg'], added: [], removed: [] },
      { binding: ['corridor:a'], added: ['corridor:a'], removed: ['link:sea-leg'] },
      { binding: ['link:direct'], added: ['link:direct'], removed: ['link:sea-leg'] },
    ]);
  });
});

describe('corridor-flow compare --csv', () => {
  it('should print the header key,label,unit,<name>…,difference <name>…, quoting names with commas', async () => {
    const run = await runInProcess(['compare', ...CASPIAN.map((m) => m.path), '--csv']);
    expect(run.code).toBe(0);
    const names = CASPIAN.map((m) => m.scenario.name);
    expect(names[1]).toContain(',');
    expect(parseCsv(run.stdout)[0]).toEqual(['key', 'label', 'unit', ...names, `difference ${names[1]}`, `difference ${names[2]}`]);
    expect(run.stdout.split('\n')[0]).toContain(`,"${names[1]}",`);
  });

  it('should hold the statuses, then every row of the comparison with its values and differences, by the CSV rounding rule', async () => {
    const run = await runInProcess(['compare', ...CASPIAN.map((m) => m.path), '--csv']);
    const expected = inProcess(CASPIAN) as Comparison;
    const [, status, ...rows] = parseCsv(run.stdout);
    expect(status).toEqual(['status', 'status', '', 'optimal', 'optimal', 'optimal', '', '']);
    const measures = rows.filter((r) => !r[0]!.startsWith('binding:'));
    expect(measures.map((r) => r[0])).toEqual(expected.rows.map((r) => r.key));
    for (const [i, r] of measures.entries()) {
      const row = expected.rows[i]!;
      expect([r[1], r[2]]).toEqual([row.label, row.unit]);
      expect(r.slice(3).map(cellValue)).toEqual([...row.values, ...row.differences.slice(1)].map(csvRounded));
    }
  });

  it('should mark each binding constraint 1 or 0 per scenario, a difference of −1 where it is gone', async () => {
    const run = await runInProcess(['compare', ...CASPIAN.map((m) => m.path), '--csv']);
    const binding = parseCsv(run.stdout).filter((r) => r[0]!.startsWith('binding:'));
    // The Meghri link has capacity 0 until TRIPP is built (15 Mt/yr in caspian-2030-tripp-built): it binds with Iran closed
    // (Armenian grain would take it), not once built, and not with Russia closed (the Caspian is full of boxes, grain goes unmet).
    expect(binding.find((r) => r[0] === 'binding:link:tripp-meghri')?.slice(3)).toEqual(['1', '0', '0', '-1', '-1']);
    const keys = binding.map((r) => r[0]);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('corridor-flow compare (table)', () => {
  it('should number the scenarios, show each measure with its differences, and the bottlenecks against [1]', async () => {
    const run = await runInProcess(['compare', ...TEACHING.map((m) => m.path)]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Comparing 3 scenarios; differences against [1]');
    expect(lines[1]).toMatch(/^ {2}\[1\] +Teaching: two routes and a capacity limit \(.*teaching-two-routes\.json\) +optimal$/);
    // The hand-calculated numbers of the --json test above, as people read them.
    expect(run.stdout).toMatch(/^ {2}generalised cost \(money \+ time valued\) +USD\/yr +2,400 +4,360 +2,850 +\+1,960 +\+450$/m);
    expect(run.stdout).toMatch(/^ {2}sea share +% +60\.0 % +0\.0 % +0\.0 % +−60\.0 pp +−60\.0 pp$/m);
    expect(run.stdout).toMatch(/^ {2}unmet +t\/yr +0 +0 +30 +0 +\+30$/m);
    expect(run.stdout).toMatch(/^ {2}\[2\] +corridor:a +added corridor:a; removed link:sea-leg$/m);
  });

  it('should tell scenarios of the same name apart by their files', async () => {
    const run = await runInProcess(['compare', 'a.json', 'b.json', '--json'], { files: { 'a.json': json(TWO_ROUTES), 'b.json': json(TWO_ROUTES) } });
    expect((JSON.parse(run.stdout) as Comparison).names).toEqual(['Two routes (a.json)', 'Two routes (b.json)']);
  });
});

describe('corridor-flow compare exit codes', () => {
  it('should exit 1 when a scenario is not optimal, naming its file and status on stderr, its values empty', async () => {
    const files = { 'ok.json': json(TWO_ROUTES), 'short.json': json(TOO_LITTLE_CAPACITY) };
    const run = await runInProcess(['compare', 'ok.json', 'short.json', '--json'], { files });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^short\.json: infeasible: .+$/m);
    const comparison = JSON.parse(run.stdout) as Comparison;
    expect(comparison.statuses).toEqual(['optimal', 'infeasible']);
    expect(comparison.rows.find((r) => r.key === 'objective')?.values).toEqual([expect.closeTo(5600, 6), null]);
  });

  it('should refuse fewer than two files, or standard input twice, exit 2, solving nothing', async () => {
    expect(await runInProcess(['compare', 'a.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'file: compare needs two or more scenario files, got only a.json\n',
    });
    expect(await runInProcess(['compare', '-', '-'])).toEqual({ code: 2, stdout: '', stderr: '-: standard input can be read only once; give - at most once\n' });
  });

  it('should report every error of every file, each path starting with its file, exit 2', async () => {
    const run = await runInProcess(['compare', 'ok.json', 'bad.json', 'missing.json'], {
      files: { 'ok.json': json(TWO_ROUTES), 'bad.json': json(TWO_MISTAKES) },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toContain('missing.json: cannot read: no such file');
    expect(lines.some((l) => l.startsWith('bad.json: links[0].capacity: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('bad.json: demands[0].from: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('ok.json'))).toBe(false);
  });

  it('should exit 3 with the solver\'s message when a solve fails, never a stack trace', async () => {
    const failing = (scenario: Scenario): Result => ({ ...solver.solve(scenario), status: 'error', diagnosis: ['glpk aborted for the test'] });
    const { io, output } = captureIo({ files: { 'a.json': json(TWO_ROUTES), 'b.json': json(TWO_ROUTES) } });
    const code = await compareCommand({ kind: 'compare', files: ['a.json', 'b.json'], output: 'table' }, io, failing);
    expect(code).toBe(3);
    expect(output().stderr).toBe('a.json: solver failed: glpk aborted for the test\nb.json: solver failed: glpk aborted for the test\n');
  });
});
