import { describe, it, expect, beforeAll } from 'vitest';
import { demandCosts } from '../../../src/analysis/demand-costs';
import type { Result, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import { teachingWhy as teaching } from '../../fixtures/teaching-why';

let solve: (scenario: Scenario) => Result;
beforeAll(async () => {
  const solver = await createSolver();
  solve = (scenario) => solver.solve(scenario);
});

describe('demandCosts', () => {
  it('should work an answer out once when the split and the "Why" table both read it', () => {
    const scenario = teaching(60);
    const result = solve(scenario);
    const first = demandCosts(scenario, result);
    expect(demandCosts(scenario, result)).toBe(first);
  });

  it('should read the same result against another scenario afresh, and give what a fresh reading gives', () => {
    const scenario = teaching(60);
    const result = solve(scenario);
    const costs = demandCosts(scenario, result);
    const dearer: Scenario = { ...scenario, links: scenario.links.map((l) => ({ ...l, cost: l.cost * 2 })) };
    const again = demandCosts(dearer, result);
    expect(again).not.toBe(costs);
    expect(again[0]?.perTonne?.money).toBeCloseTo(2 * costs[0]!.perTonne!.money, 9);
    expect(demandCosts(scenario, structuredClone(result))).toEqual(costs);
  });
});
