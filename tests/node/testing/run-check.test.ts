import { beforeAll, describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../../src/model/types';
import { createTestSolver, runCheck } from '../../../src/testing/index';
import { parseScenario } from '../../../src/model/index';

const scenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'two routes',
  nodes: [{ id: 'A' }, { id: 'B', capacity: 500 }, { id: 'C' }],
  links: [
    { id: 'direct', from: 'A', to: 'C', cost: 10, capacity: 60 },
    { id: 'ab', from: 'A', to: 'B', cost: 4, days: 2 },
    { id: 'bc', from: 'B', to: 'C', cost: 8 },
  ],
  corridors: [{ id: 'north', gates: ['direct'], maxShare: 0.8 }],
  demands: [
    { id: 'd', from: 'A', to: 'C', volume: 100, valueOfTime: 1 },
    { id: 'e', from: 'B', to: 'C', volume: 20, unmetPenalty: 9 },
  ],
};

let solve: (scenario: Scenario) => Result;
beforeAll(async () => {
  solve = await createTestSolver();
});

describe('runCheck', () => {
  it('should report every check passing for the project\'s solver, with the seed it used', async () => {
    const report = await runCheck(scenario, { runs: 20, seed: 11 });
    expect(report.seed).toBe(11);
    expect(report.counterExample).toBeUndefined();
    expect(report.checks.map((c) => c.name)).toEqual([
      'result',
      'more-capacity',
      'more-demand',
      'scale-costs',
      'remove-unused-link',
      'duplicate-link',
      'rename-and-reorder',
    ]);
    for (const check of report.checks) {
      expect(check).toMatchObject({ cases: 20, failures: 0 });
    }
    // maxShare 0.8 is a share bound: more demand may cost less, so that relation sits out.
    expect(report.checks.find((c) => c.name === 'more-demand')?.skipped).toBe(20);
  });

  it('should count failures and return a shrunk counter-example that opens in the app', async () => {
    // A solver that misreports the objective whenever link ab costs more than 4.
    const buggy = (s: Scenario): Result => {
      const result = solve(s);
      const ab = s.links.find((l) => l.id === 'ab');
      return ab !== undefined && ab.cost > 4 ? { ...result, objective: result.objective + 1 } : result;
    };
    const report = await runCheck(scenario, { runs: 30, seed: 3, solve: buggy });
    const result = report.checks.find((c) => c.name === 'result');
    expect(result?.failures).toBeGreaterThan(0);
    expect(result?.failures).toBeLessThan(30);
    const example = report.counterExample;
    expect(example?.check).toBe('result');
    expect(example?.violations.map((v) => v.invariant)).toContain('objective');
    expect(parseScenario(example!.scenario).ok).toBe(true);
    // Shrunk: only ab's cost moved, by the smallest step above 4 (4 × 1.025).
    expect(example!.scenario).toEqual({ ...scenario, links: scenario.links.map((l) => (l.id === 'ab' ? { ...l, cost: 4.1 } : l)) });
  });

  it('should refuse a number of runs that is not a whole number ≥ 1', async () => {
    await expect(runCheck(scenario, { runs: 0, solve })).rejects.toThrow(/options\.runs/);
  });
});
