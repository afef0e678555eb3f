/**
 * `plan` in the real worker (glpk.js's branch and bound inside it), through
 * `planInWorker`, on a case whose plan is known by hand.
 */
import { describe, it, expect } from 'vitest';
import { wrap } from 'comlink';
import { planInWorker } from '../../../src/client';
import { createSolverWorker } from '../../../src/client/create-solver-worker';
import type { SolverApi } from '../../../src/client/protocol';
import type { Scenario } from '../../../src/model/types';
import type { PlanProgress, PlanResult } from '../../../src/plan/types';
import { closeTo } from '../../support/tolerance';

/**
 * 0.75 Mt/yr from A to B: the old line costs 30 USD/t; two all-or-nothing
 * projects of 0.5 Mt/yr each on a new 10 USD/t line, capex 90 M and 120 M
 * over 30 years (3 M and 4 M per year). The first saves 10 M/yr, the second
 * then 5 M/yr: both are built. The relaxation builds half of the second, so
 * the branch and bound runs.
 */
const scenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'two halves',
  nodes: [{ id: 'A' }, { id: 'B' }],
  links: [
    { id: 'old', from: 'A', to: 'B', cost: 30 },
    { id: 'new', from: 'A', to: 'B', cost: 10, capacity: 0 },
  ],
  demands: [{ id: 'd', from: 'A', to: 'B', volume: 750_000 }],
  horizon: { years: [2030, 2035], end: 2039 },
  projects: [
    { id: 'half-a', adds: [{ set: 'links.new.capacity', amount: 500_000 }], capex: 90e6 },
    { id: 'half-b', adds: [{ set: 'links.new.capacity', amount: 500_000 }], capex: 120e6 },
  ],
};

describe('plan in the solver worker', () => {
  it('should plan with glpk.js in the worker and report its phases', async () => {
    const phases: PlanProgress['phase'][] = [];

    const plan = await planInWorker(scenario, {}, { onProgress: (p) => phases.push(p.phase) });

    expect(plan.status).toBe('optimal');
    expect(plan.projects.map((p) => [p.id, p.opens])).toEqual([
      ['half-a', 2030],
      ['half-b', 2030],
    ]);
    // 10 years · (10 USD/t · 0.75 Mt + 3 M + 4 M) = 145 M.
    expect(closeTo(plan.objective, 145e6)).toBe(true);
    expect(phases[0]).toBe('building');
    expect(phases).toContain('done');
  });

  it('should put back each model year exactly as the worker\'s one-shot plan holds it, though it crossed packed', async () => {
    const worker = createSolverWorker();
    let oneShot: PlanResult;
    try {
      oneShot = await wrap<SolverApi>(worker).plan(scenario);
    } finally {
      worker.terminate();
    }

    const plan = await planInWorker(scenario);

    // Solve times differ from run to run; everything else, key order included, is the same.
    const untimed = (p: PlanResult): string => JSON.stringify(p, (key, value: unknown) => (key === 'ms' ? 0 : value));
    expect(plan.years.length).toBe(2);
    expect(plan.years[0]!.result.links.length).toBe(2);
    expect(untimed(plan)).toBe(untimed(oneShot));
  });

  it('should reject with the signal\'s reason when cancelled', async () => {
    const controller = new AbortController();
    const running = planInWorker(scenario, {}, { signal: controller.signal });
    controller.abort(new Error('stop'));

    await expect(running).rejects.toThrow('stop');
  });
});
