/**
 * Issue 2: single-demand scenarios are plain min-cost flow problems, so an
 * independent algorithm (successive shortest paths, tests/support) must find
 * the same status and objective as the LP.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Result, Scenario } from '../../../src/model/types';
import { createTestSolver, scenarioArbitrary } from '../../../src/testing/index';
import { propertySettings } from '../../support/property-settings';
import { sspMinCostFlow } from '../../support/ssp-min-cost-flow';
import { closeTo } from '../../support/tolerance';

let solve: (scenario: Scenario) => Result;
beforeAll(async () => {
  solve = await createTestSolver();
});

describe('single-demand scenarios', () => {
  it('should agree with successive shortest paths on status and objective', () => {
    // Corridor bounds are not min-cost-flow constraints; disabled corridors still close their gates.
    const singleDemand = scenarioArbitrary({
      demands: { min: 1, max: 1 },
      shareBounds: false,
      flowBounds: false,
      feasibleByConstruction: false,
      nodes: { min: 2, max: 7 },
      extraLinks: { min: 0, max: 8 },
    });
    fc.assert(
      fc.property(singleDemand, (scenario) => {
        const expected = sspMinCostFlow(scenario);
        const result = solve(scenario);
        expect(result.status).toBe(expected.status);
        if (expected.status === 'optimal') {
          expect(closeTo(result.objective, expected.objective), `objective ${result.objective} vs ${expected.objective}`).toBe(true);
        }
      }),
      propertySettings(100),
    );
  });

  it('should agree on a network where routes can loop back', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ demands: { min: 1, max: 1 }, shareBounds: false, flowBounds: false, backwardLinks: true, extraLinks: { min: 2, max: 8 } }),
        (scenario) => {
          const expected = sspMinCostFlow(scenario);
          const result = solve(scenario);
          expect(result.status).toBe(expected.status);
          expect(closeTo(result.objective, expected.objective), `objective ${result.objective} vs ${expected.objective}`).toBe(true);
        },
      ),
      propertySettings(60),
    );
  });
});
