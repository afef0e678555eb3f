import { describe, it, expect, beforeAll } from 'vitest';
import { demandCosts, demandCostsOf } from '../../../src/analysis/demand-costs';
import type { Result, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import { generateScenario } from '../../../scripts/generate-scenario.js';

let solve: (scenario: Scenario) => Result;
beforeAll(async () => {
  const solver = await createSolver();
  solve = (scenario) => solver.solve(scenario);
});

describe('demandCostsOf', () => {
  it('should give each demand the row demandCosts gives it, in any order', () => {
    const scenario = generateScenario({ seed: 5, width: 6, height: 6, demands: 8 }) as Scenario;
    const result = solve(scenario);
    const costOf = demandCostsOf(scenario, result);

    const backwards = [...scenario.demands].reverse().map(costOf).reverse();

    expect(backwards).toEqual(demandCosts(scenario, result));
    expect(backwards).toHaveLength(8);
  });
});
