/**
 * `whyDemandsStepwise`: the Why table of a large network worked out a few
 * route searches per task. However it is sliced, it ends with exactly the rows of
 * `whyDemands`, each demand once, in scenario order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { whyDemands, whyDemandsStepwise } from '../../../src/analysis/why-demands';
import type { Result, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';

let solve: (scenario: Scenario) => Result;
beforeAll(async () => {
  const solver = await createSolver();
  solve = (scenario) => solver.solve(scenario);
});

describe('whyDemandsStepwise', () => {
  it('should stop after one route search when out of time, adding a demand only once all of its searches are done', () => {
    const scenario = generateScenario({ seed: 3, width: 8, height: 8, demands: 12 }) as Scenario;
    const result = solve(scenario);
    const work = whyDemandsStepwise(scenario, result);
    expect(work.total).toBe(12);
    const counts: number[] = [];
    while (!work.step(0)) counts.push(work.rows().length);
    counts.push(work.rows().length);
    // Each step adds no demand (a search of one) or the one it finished; a demand's searches take several steps.
    expect(counts.every((n, i) => n - (counts[i - 1] ?? 0) <= 1)).toBe(true);
    expect(counts.at(-1)).toBe(12);
    expect(counts.length).toBeGreaterThan(12);
    expect(work.rows()).toEqual(whyDemands(scenario, result));
  });

  it('should read each demand\'s costs off the result in the step that reaches it, none when the work is set up', () => {
    const scenario = generateScenario({ seed: 3, width: 8, height: 8, demands: 12 }) as Scenario;
    const solved = solve(scenario);
    // Counts the reads of each demand's per-link flows, which its costs are read from.
    const reads = new Map<string, number>();
    const demands = solved.demands.map((d) => {
      const counted = { ...d };
      Object.defineProperty(counted, 'flows', { enumerable: true, get: () => (reads.set(d.id, (reads.get(d.id) ?? 0) + 1), d.flows) });
      return counted;
    });
    const result = { ...solved, demands } as Result;

    const work = whyDemandsStepwise(scenario, result);
    const readsBefore = [...reads.values()].reduce((a, b) => a + b, 0);
    while (work.rows().length === 0) work.step(0);

    expect(readsBefore).toBe(0);
    expect(reads.get(scenario.demands[0]!.id)).toBeGreaterThan(0);
    expect(reads.has(scenario.demands[11]!.id)).toBe(false);
  });

  it('should end with the same rows however the work is sliced', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(fc.constantFrom(0, 1, Infinity), { minLength: 1, maxLength: 50 }), (seed, budgets) => {
        const scenario = generateScenario({ seed, width: 5, height: 5, demands: 6 }) as Scenario;
        const result = solve(scenario);
        const work = whyDemandsStepwise(scenario, result);
        let done = false;
        for (const budget of budgets) done = work.step(budget);
        while (!done) done = work.step(0);
        expect(work.rows().map((r) => r.id)).toEqual(scenario.demands.map((d) => d.id));
        expect(work.rows()).toEqual(whyDemands(scenario, result));
      }),
      propertySettings(30),
    );
  });

  it('should have no rows for a result that is not optimal', () => {
    const scenario = generateScenario({ seed: 3, width: 5, height: 5, demands: 3 }) as Scenario;
    const work = whyDemandsStepwise(scenario, { ...solve(scenario), status: 'error' });
    expect(work.total).toBe(0);
    expect(work.step(0)).toBe(true);
    expect(work.rows()).toEqual([]);
  });
});
