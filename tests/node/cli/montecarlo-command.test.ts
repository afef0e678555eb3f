import { beforeAll, describe, expect, it } from 'vitest';
import { monteCarlo } from '../../../src/analysis/monte-carlo';
import { sharesOf } from '../../../src/analysis/share-of';
import { solveManySequential } from '../../../src/analysis/solve-many-sequential';
import type { MonteCarloSummary } from '../../../src/cli/summarize-monte-carlo';
import { montecarloCommand } from '../../../src/cli/montecarlo-command';
import { parseScenario } from '../../../src/model/parse-scenario';
import type { Result, Scenario, UncertainParameter } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { closeTo } from '../../support/tolerance';
import { model } from './support/models';
import { cellValue, csvRounded, parseCsv } from './support/parse-csv';
import { captureIo, runInProcess } from './support/run-in-process';
import { json, TOO_LITTLE_CAPACITY, TWO_ROUTES } from './support/scenarios';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

/** An economist's ranges around the Caspian 2030 year's own values (the crossing −25 % to +38 %, the ASCO tariff, European container demand). */
const CASPIAN_VARY: readonly UncertainParameter[] = [
  { set: 'links.caspian-ferry.capacity', min: 2.4e6, mode: 3.2625e6, max: 4.5e6 },
  { set: 'links.caspian-ferry.cost', min: 11, mode: 20, max: 30 },
  { set: 'demands.containers-europe.volume', min: 7e6, mode: 8.2755e6, max: 9.5e6 },
];
/** The 2030 year as one-year models carry it (the planning case warns that only `plan` uses its horizon and projects). */
const CASPIAN_YEAR = 'caspian-2030-tripp-built';
const varyArgs = (vary: readonly UncertainParameter[]) => vary.flatMap((v) => ['--vary', `${v.set}=${v.min}:${v.mode}:${v.max}`]);

/** What `monteCarlo` gives in this process, as `montecarlo --json` carries it. */
async function inProcess(scenario: Scenario, runs: number, seed: number, vary?: readonly UncertainParameter[]): Promise<unknown> {
  const mc = await monteCarlo(scenario, solveManySequential((s) => solver.solve(s)), { runs, seed, ...(vary ? { vary } : {}) });
  const { results, ...numbers } = mc;
  const outcomes = results.map((r: Result) =>
    r.status === 'optimal'
      ? { status: r.status, objective: r.objective, served: r.served, unmet: r.unmet, shares: sharesOf(r) }
      : { status: r.status, objective: null, served: null, unmet: null, shares: null },
  );
  return JSON.parse(JSON.stringify({ ...numbers, outcomes }));
}

describe('corridor-flow montecarlo --json', () => {
  it('should print the numbers monteCarlo gives in process with the same ranges, runs and seed (Caspian 2030)', async () => {
    const { path, scenario } = model(CASPIAN_YEAR);
    const run = await runInProcess(['montecarlo', path, '--runs', '40', '--seed', '20261127', ...varyArgs(CASPIAN_VARY), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await inProcess(scenario, 40, 20261127, CASPIAN_VARY));
  });

  it.each(['teaching-two-routes', 'teaching-share-cap', 'teaching-soft-demand'])('should equal monteCarlo in process on %s', async (name) => {
    const { path, scenario } = model(name);
    const vary = [{ set: `links.${scenario.links[0]!.id}.cost`, min: 5, mode: 10, max: 40 }];
    const run = await runInProcess(['montecarlo', path, '--runs', '25', '--seed', '3', ...varyArgs(vary), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await inProcess(scenario, 25, 3, vary));
  });

  it('should print the same numbers for the same seed, and other numbers for another', async () => {
    const argv = (seed: string) => ['montecarlo', model(CASPIAN_YEAR).path, '--runs', '15', '--seed', seed, ...varyArgs(CASPIAN_VARY), '--json'];
    const [first, again, other] = await Promise.all([runInProcess(argv('7')), runInProcess(argv('7')), runInProcess(argv('8'))]);
    expect(again.stdout).toBe(first.stdout);
    expect((JSON.parse(other.stdout) as MonteCarloSummary).draws).not.toEqual((JSON.parse(first.stdout) as MonteCarloSummary).draws);
  });

  it('should draw the scenario\'s own uncertainty array without --vary, and replace it with --vary', async () => {
    const { scenario } = model('teaching-two-routes');
    const own: UncertainParameter[] = [{ set: 'links.sea-leg.capacity', min: 40, mode: 60, max: 100 }];
    const withOwn = { ...scenario, uncertainty: own };
    const plain = await runInProcess(['montecarlo', '-', '--runs', '10', '--seed', '5', '--json'], { stdin: json(withOwn) });
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout)).toEqual(await inProcess(withOwn, 10, 5));
    expect((JSON.parse(plain.stdout) as MonteCarloSummary).vary).toEqual(own);

    const replaced: UncertainParameter[] = [{ set: 'links.land-leg.cost', min: 5, mode: 15, max: 25 }];
    const varied = await runInProcess(['montecarlo', '-', '--runs', '10', '--seed', '5', ...varyArgs(replaced), '--json'], { stdin: json(withOwn) });
    expect((JSON.parse(varied.stdout) as MonteCarloSummary).vary).toEqual(replaced);
  });
});

describe('corridor-flow montecarlo --csv', () => {
  const { path } = model('teaching-two-routes');
  const argv = ['montecarlo', path, '--runs', '30', '--seed', '11', '--vary', 'links.sea-leg.capacity=40:60:100', '--vary', 'links.land-leg.cost=15:15:15', '--csv'];

  it('should print run,<each varied path>,status,objective,served,unmet,<corridor id>…,other', async () => {
    const run = await runInProcess(argv);
    expect(run.code).toBe(0);
    expect(parseCsv(run.stdout)[0]).toEqual(['run', 'links.sea-leg.capacity', 'links.land-leg.cost', 'status', 'objective', 'served', 'unmet', 'sea', 'land', 'other']);
  });

  it('should give one row per run with its draws, as --json draws them', async () => {
    const [csv, jsonRun] = await Promise.all([runInProcess(argv), runInProcess([...argv.slice(0, -1), '--json'])]);
    const rows = parseCsv(csv.stdout).slice(1);
    const printed = JSON.parse(jsonRun.stdout) as MonteCarloSummary;
    expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(rows.map((r) => [cellValue(r[1]!), cellValue(r[2]!)])).toEqual(printed.draws.map((draw) => draw.map(csvRounded)));
  });

  it('should give each run the split and cost worked out by hand for its drawn sea capacity', async () => {
    const rows = parseCsv((await runInProcess(argv)).stdout).slice(1);
    for (const [, capacity, landCost, status, objective, served, unmet, sea, land, other] of rows) {
      const c = cellValue(capacity!)!;
      // 100 t/yr: c by sea at 20 USD/t, the rest by land at 30 (its cost 15 + 15, the degenerate range gives the mode).
      expect([cellValue(landCost!), status, cellValue(served!), cellValue(unmet!), cellValue(other!)]).toEqual([15, 'optimal', 100, 0, 0]);
      expect(closeTo(cellValue(objective!)!, 20 * c + 30 * (100 - c), 1e-9)).toBe(true);
      expect(closeTo(cellValue(sea!)!, c / 100, 1e-9)).toBe(true);
      expect(closeTo(cellValue(land!)!, 1 - c / 100, 1e-9)).toBe(true);
    }
  });

  it('should leave a run that is not optimal with only its run, draws and status, and exit 1 naming the runs', async () => {
    // 60 + 10 t/yr of capacity: a hard demand above 70 t/yr is infeasible.
    const run = await runInProcess(['montecarlo', '-', '--runs', '20', '--seed', '1', '--vary', 'demands.grain.volume=50:70:90', '--csv'], {
      stdin: json(TOO_LITTLE_CAPACITY),
    });
    expect(run.code).toBe(1);
    const rows = parseCsv(run.stdout).slice(1);
    const infeasible = rows.filter((r) => r[2] === 'infeasible');
    expect(infeasible.length).toBeGreaterThan(0);
    for (const r of infeasible) {
      expect(Number(r[1])).toBeGreaterThan(70);
      // objective, served, unmet, titr, iran, other
      expect(r.slice(3)).toEqual(['', '', '', '', '', '']);
    }
    for (const r of rows.filter((x) => x[2] === 'optimal')) expect(Number(r[1])).toBeLessThanOrEqual(70);
    expect(run.stderr).toBe(`${infeasible.length} of 20 runs not optimal: run ${infeasible.map((r) => r[0]).slice(0, 10).join(', ')}${infeasible.length > 10 ? `, … (${infeasible.length - 10} more)` : ''}\n`);
  });
});

describe('corridor-flow montecarlo (table)', () => {
  it('should show the ranges, each corridor\'s median share with its 5–95 % band, cost and unmet, runs not optimal', async () => {
    const run = await runInProcess(['montecarlo', model('teaching-two-routes').path, '--runs', '50', '--seed', '2', '--vary', 'links.sea-leg.capacity=100:100:100']);
    expect(run.code).toBe(0);
    // A degenerate range: every run has 100 t/yr of sea capacity, so all 100 t/yr go by sea at 20 USD/t.
    expect(run.stdout.split('\n')[0]).toBe('Teaching: two routes and a capacity limit: Monte Carlo, 50 runs, seed 2');
    expect(run.stdout).toMatch(/^ {2}links\.sea-leg\.capacity +100 +100 +100$/m);
    expect(run.stdout).toMatch(/^ {2}sea +100\.0 % +100\.0 % +100\.0 % +100\.0 % of runs$/m);
    expect(run.stdout).toMatch(/^ {2}land +0\.0 % +0\.0 % +0\.0 % +0\.0 % of runs$/m);
    expect(run.stdout).toMatch(/^ {2}generalised cost USD\/yr +2,000 +2,000 +2,000 +2,000 +2,000 +2,000$/m);
    expect(run.stdout).toContain('\nNot optimal: 0 of 50 runs\n');
  });
});

describe('corridor-flow montecarlo with a bad --vary', () => {
  const { path, scenario } = model('teaching-two-routes');
  /** What the scenario check says about these entries in the file's own uncertainty array. */
  function fileMessages(entries: readonly unknown[]): string[] {
    const parsed = parseScenario({ ...scenario, uncertainty: entries });
    if (parsed.ok) throw new Error('expected the entries to be invalid');
    return parsed.errors.map((e) => `${e.path}: ${e.message}`);
  }
  const run = (...vary: string[]) => runInProcess(['montecarlo', path, '--runs', '5', '--seed', '1', ...vary.flatMap((v) => ['--vary', v])]);

  it.each([
    ['an unknown id', 'links.nowhere.capacity=1:2:3', { set: 'links.nowhere.capacity', min: 1, mode: 2, max: 3 }, '--vary[0].set: unknown parameter path "links.nowhere.capacity": no link "nowhere"; links are "sea-leg", "port-rail", "land-leg", "border-rail"'],
    ['an unknown field', 'links.sea-leg.colour=1:2:3', { set: 'links.sea-leg.colour', min: 1, mode: 2, max: 3 }, '--vary[0].set: unknown parameter path "links.sea-leg.colour": links have no numeric field "colour"; they have capacity, cost, days, km'],
    ['a value outside the field\'s range', 'links.sea-leg.capacity=-5:60:80', { set: 'links.sea-leg.capacity', min: -5, mode: 60, max: 80 }, '--vary[0].min: expected a number ≥ 0 (the range of capacity), got -5'],
    ['a share above 1', 'corridors.sea.maxShare=0.5:0.6:1.5', { set: 'corridors.sea.maxShare', min: 0.5, mode: 0.6, max: 1.5 }, '--vary[0].max: expected a number between 0 and 1 (the range of maxShare), got 1.5'],
    ['mode below min', 'links.sea-leg.cost=50:40:80', { set: 'links.sea-leg.cost', min: 50, mode: 40, max: 80 }, '--vary[0].mode: expected a number ≥ min (50), got 40'],
    ['a bound that is not a number', 'links.sea-leg.cost=abc:40:80', { set: 'links.sea-leg.cost', min: 'abc', mode: 40, max: 80 }, '--vary[0].min: expected a finite number, got "abc"'],
    ['a bound that overflows', 'links.sea-leg.cost=1:40:1e999', { set: 'links.sea-leg.cost', min: 1, mode: 40, max: Infinity }, '--vary[0].max: expected a finite number, got Infinity'],
  ])('should name %s by its --vary and say what is expected, exactly as the file check does, exit 2', async (_, text, entry, line) => {
    const result = await run(text);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
    expect(fileMessages([entry])).toEqual([line.replace('--vary[0]', 'uncertainty[0]')]);
  });

  it('should name the second of two --vary of the same parameter, pointing at the first', async () => {
    expect(await run('links.sea-leg.cost=1:2:3', 'links.sea-leg.cost=4:5:6')).toEqual({
      code: 2,
      stdout: '',
      stderr: '--vary[1].set: duplicate parameter "links.sea-leg.cost" (first at --vary[0].set)\n',
    });
  });

  it('should report every bad --vary at once', async () => {
    const result = await run('links.sea-leg.capacity=-1:2:3', 'links.land-leg.cost=1:2:3', 'nodes.port.cost=9:8:7');
    expect(result.stderr.trimEnd().split('\n').map((l) => l.slice(0, l.indexOf(':')))).toEqual(['--vary[0].min', '--vary[2].mode', '--vary[2].max']);
  });

  it.each([['links.sea-leg.capacity'], ['links.sea-leg.capacity=1:2'], ['=1:2:3'], ['links.sea-leg.capacity=1::3']])('should refuse the shape of --vary %j before reading the file', async (text) => {
    expect(await runInProcess(['montecarlo', 'no-such-file.json', '--runs', '5', '--seed', '1', '--vary', text])).toEqual({
      code: 2,
      stdout: '',
      stderr: `--vary[0]: expected <path>=<min>:<mode>:<max>, e.g. links.<id>.capacity=40:60:80, got "${text}"\n`,
    });
  });

  it('should refuse a scenario without an uncertainty array when no --vary is given', async () => {
    expect(await run()).toEqual({
      code: 2,
      stdout: '',
      stderr: '--vary: missing: the scenario has no "uncertainty" ranges to draw from; add an "uncertainty" array to it, e.g. [{ "set": "links.<id>.capacity", "min": 1, "mode": 2, "max": 3 }], or give --vary <path>=<min>:<mode>:<max>\n',
    });
  });

  it('should report a bad uncertainty array in the file under its own path', async () => {
    const bad = { ...TWO_ROUTES, uncertainty: [{ set: 'links.kz-az.capacity', min: -1, mode: 2, max: 3 }] };
    const result = await runInProcess(['montecarlo', '-', '--runs', '5', '--seed', '1'], { stdin: json(bad) });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'uncertainty[0].min: expected a number ≥ 0 (the range of capacity), got -1\n' });
  });
});

describe('corridor-flow montecarlo exit 3', () => {
  it('should exit 3 when a solve fails, with the solver\'s message', async () => {
    const failing = (s: Scenario): Result => ({ ...solver.solve(s), status: 'error', diagnosis: ['glpk aborted for the test'] });
    const { io, output } = captureIo({ stdin: json(TWO_ROUTES) });
    const code = await montecarloCommand(
      { kind: 'montecarlo', file: '-', runs: 2, seed: 1, vary: [{ set: 'links.kz-az.cost', min: 1, mode: 2, max: 3 }], output: 'csv' },
      io,
      failing,
    );
    expect(code).toBe(3);
    expect(output().stderr).toBe('run 1: solver failed: glpk aborted for the test\nrun 2: solver failed: glpk aborted for the test\n');
  });
});

describe('corridor-flow montecarlo on the shipped models, without --vary', () => {
  const caspian = ['caspian-2024', 'caspian-2030', 'caspian-2030-tripp-built', 'caspian-2030-iran-closed', 'caspian-2030-russia-closed', 'caspian-2030-both-closed', 'caspian-grain-armenia'];
  // The default model carries a plan's horizon and projects, which every one-year command warns that it ignores.
  const PLANNING_WARNING = /^warning: (horizon|projects|demands\[\d+\]\.growth): used by `plan` only/;

  it.each(caspian)("should draw %s's own uncertainty ranges", async (name) => {
    const { path, scenario } = model(name);
    expect((scenario.uncertainty ?? []).length).toBeGreaterThan(0);
    const run = await runInProcess(['montecarlo', path, '--runs', '5', '--seed', '1']);
    expect(run.stderr.split('\n').filter((line) => line !== '' && !PLANNING_WARNING.test(line))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Monte Carlo, 5 runs, seed 1');
    for (const u of scenario.uncertainty!) expect(run.stdout).toContain(u.set);
  });

  it('should say how to give ranges for a model that has none', async () => {
    const { path, scenario } = model('teaching-two-routes');
    expect(scenario.uncertainty ?? []).toEqual([]);
    const run = await runInProcess(['montecarlo', path, '--runs', '5', '--seed', '1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^--vary: missing: the scenario has no "uncertainty" ranges to draw from; add an "uncertainty" array .* or give --vary/);
  });
});
