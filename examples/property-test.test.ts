/**
 * Property tests for a corridor-flow scenario of your own. Copy this file
 * next to your tests (vitest and fast-check installed) and put your scenario
 * in place of `myScenario` — or read it from its JSON file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkResult,
  createTestSolver,
  metamorphic,
  scenarioVariantArbitrary,
  scenarioWithBoundArbitrary,
  type Result,
  type Scenario,
} from 'corridor-flow/testing';

const myScenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'Caspian crossing',
  nodes: [
    { id: 'aktau', kind: 'port', country: 'KZ', cost: 6 },
    { id: 'baku', kind: 'port', country: 'AZ', capacity: 4_000_000, cost: 8, days: 2 },
    { id: 'bandar-abbas', kind: 'port', country: 'IR', cost: 5 },
    { id: 'poti', kind: 'port', country: 'GE' },
  ],
  links: [
    { id: 'ferry', from: 'aktau', to: 'baku', mode: 'ferry', capacity: 3_000_000, cost: 45, days: 3 },
    { id: 'rail-ge', from: 'baku', to: 'poti', capacity: 5_000_000, cost: 30, days: 2 },
    { id: 'rail-ir', from: 'aktau', to: 'bandar-abbas', capacity: 2_000_000, cost: 70, days: 6 },
    { id: 'sea-ir', from: 'bandar-abbas', to: 'poti', mode: 'sea', cost: 40, days: 12 },
  ],
  corridors: [
    { id: 'titr', gates: ['ferry'] },
    { id: 'iran', gates: ['rail-ir'], maxShare: 0.4 },
  ],
  demands: [
    { id: 'containers', from: 'aktau', to: 'poti', volume: 3_500_000, valueOfTime: 2 },
    { id: 'grain', from: 'aktau', to: 'poti', volume: 1_000_000, unmetPenalty: 150 },
  ],
};

let solve: (scenario: Scenario) => Result;
beforeAll(async () => {
  solve = await createTestSolver(); // glpk.js, in this process
});

describe('my scenario', () => {
  it('should solve to a result that passes every check', () => {
    const result = solve(myScenario);
    expect(result.status).toBe('optimal');
    expect(checkResult(myScenario, result)).toEqual([]);
  });

  it('should pass every check when its numbers move by ±30%', () => {
    const variants = scenarioVariantArbitrary(myScenario, { capacity: 0.3, cost: 0.3, volume: 0.3 });
    fc.assert(
      fc.property(variants, (variant) => {
        expect(checkResult(variant, solve(variant))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('should never cost more when capacity grows', async () => {
    const cases = scenarioVariantArbitrary(myScenario).chain((variant) =>
      fc.tuple(fc.constant(variant), metamorphic.moreCapacity.params(variant)),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ([variant, params]) => {
        expect(await metamorphic.moreCapacity(solve, variant, params)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('any scenario', () => {
  it('should cost no more than routing every hard demand on its backbone', () => {
    fc.assert(
      fc.property(scenarioWithBoundArbitrary({ nodes: { min: 2, max: 8 } }), ({ scenario, costUpperBound }) => {
        const result = solve(scenario);
        expect(result.status).toBe('optimal');
        expect(result.objective).toBeLessThanOrEqual((costUpperBound ?? Infinity) * (1 + 1e-9));
      }),
      { numRuns: 100 },
    );
  });
});
