import { describe, expect, it } from 'vitest';
import type { PlanResult } from '../../../src/plan/types';
import { runInProcess } from './support/run-in-process';
import { asStopped } from '../../../src/cli/plan-command';
import { closeTo } from '../../support/tolerance';

const TOGETHER = 'models/teaching-plan-together.json';

const infeasible = JSON.stringify({
  format: 'corridor-flow/scenario@1',
  name: 'too small',
  nodes: [{ id: 'A' }, { id: 'B' }],
  links: [{ id: 'ab', from: 'A', to: 'B', cost: 1, capacity: 5 }],
  demands: [{ id: 'd', from: 'A', to: 'B', volume: 4, growth: 0.5 }],
  horizon: { years: [2030, 2031] },
  projects: [{ id: 'p', adds: [{ set: 'links.ab.capacity', amount: 0.5 }] }],
});

describe('corridor-flow plan', () => {
  it('should print the build plan, the appraisal and each year, exit 0', async () => {
    const run = await runInProcess(['plan', TOGETHER]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('plan optimal');
    expect(run.stdout).toMatch(/terminal\s+choose\s+2030\s+100\.0 %\s+150,000,000/);
    expect(run.stdout).toMatch(/terminal\s+2030\s+200,000,000\s+350,000,000\s+150,000,000\s+1\.75\s+1,050,000,000/);
    expect(run.stdout).toMatch(/2035\s+5\s+40,000,000/);
  });

  it('should print the plan result as JSON and nothing else with --json', async () => {
    const run = await runInProcess(['plan', TOGETHER, '--json', '--gap', '0']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as PlanResult;
    expect(plan.status).toBe('optimal');
    expect(closeTo(plan.objective, 850e6)).toBe(true);
    expect(plan.years.map((y) => y.year)).toEqual([2030, 2035]);
    expect(plan.years[0]!.result.corridors.map((c) => c.id)).toEqual(['sea', 'north']);
  });

  it('should print one CSV row per model year with corridor flows and projects open', async () => {
    const run = await runInProcess(['plan', TOGETHER, '--csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'year,weight,status,objective,served,unmet,sea,north,other,terminal,fleet',
      '2030,5,optimal,40000000,2000000,0,2000000,0,0,1,1',
      '2035,5,optimal,40000000,2000000,0,2000000,0,0,1,1',
    ]);
  });

  it('should exit 1 with the year and demand that fall short when no plan is feasible', async () => {
    const run = await runInProcess(['plan', 'bad.json'], { files: { 'bad.json': infeasible } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('plan infeasible');
    expect(run.stdout).toMatch(/2031\s+d\s+0\.5/);
  });

  it('should stop at the time limit with exit 3, say so, and give status time-limit in --json', async () => {
    const run = await runInProcess(['plan', TOGETHER, '--json', '--time-limit', '0.000001']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^time limit: /);
    expect((JSON.parse(run.stdout) as PlanResult).status).toBe('time-limit');
  });

  it('should refuse a bad --gap and --time-limit with exit 2', async () => {
    const run = await runInProcess(['plan', TOGETHER, '--gap', '1', '--time-limit', '0']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: '--gap: expected a relative gap ≥ 0 and < 1, e.g. 0.01, got "1"\n--time-limit: expected a number of seconds > 0, got "0"\n',
    });
  });

  it('should solve the default model with the two plan-only warnings, each once, and no other', async () => {
    const run = await runInProcess(['solve', 'models/caspian-2030.json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'warning: horizon: used by `plan` only; `solve` and the one-year analyses ignore it\nwarning: projects: used by `plan` only; `solve` and the one-year analyses ignore it\n',
    );
  });

  it('should warn on solve that horizon and projects are for plan only', async () => {
    const run = await runInProcess(['solve', TOGETHER]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'warning: horizon: used by `plan` only; `solve` and the one-year analyses ignore it\nwarning: projects: used by `plan` only; `solve` and the one-year analyses ignore it\n',
    );
  });
});

describe('plan --json past the time limit', () => {
  const proven = (missing?: string): PlanResult =>
    ({
      status: 'optimal',
      objective: 1,
      gap: 0,
      years: [],
      projects: [{ id: 'tripp', opens: 2030, fraction: 1, value: null, ...(missing === undefined ? {} : { missing }) }],
    }) as unknown as PlanResult;

  it('should say "time-limit" (cli.md) when the limit cut the appraisal of a proven plan, keeping the plan and saying why', () => {
    const shown = asStopped(proven('value: the time limit ran out'));
    expect(shown.status).toBe('time-limit');
    expect(shown.projects[0]!.opens).toBe(2030);
    expect(shown.warnings?.at(-1)).toContain('"tripp"');
  });

  it('should leave a plan whose every figure was computed as it is', () => {
    const plan = proven();
    expect(asStopped(plan)).toBe(plan);
  });
});
