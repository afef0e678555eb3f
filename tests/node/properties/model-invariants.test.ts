/**
 * Issue 2: the model's invariants, as properties over generated scenarios,
 * checked with the same `checkResult` users get from `corridor-flow/testing`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Result, Scenario } from '../../../src/model/types';
import { INVARIANTS, checkResult, createTestSolver, scenarioArbitrary, scenarioWithBoundArbitrary } from '../../../src/testing/index';
import type { CheckResultOptions, Invariant } from '../../../src/testing/index';
import { propertySettings } from '../../support/property-settings';

let solve: (scenario: Scenario) => Result;
beforeAll(async () => {
  solve = await createTestSolver();
});

const RUNS = 80;

/** The violations of some invariants only, so each property says one thing; as lines fast-check's report shows in full. */
function violationsOf(invariants: readonly Invariant[], scenario: Scenario, result: Result, options?: CheckResultOptions): string[] {
  return checkResult(scenario, result, options)
    .filter((v) => (invariants as readonly string[]).includes(v.invariant))
    .map((v) => `${v.invariant}${v.item === undefined ? '' : ` (${v.item})`}: ${v.message}`);
}

/** A property over feasible-by-construction scenarios that must solve to optimality. */
function holdsOnOptimum(invariants: readonly Invariant[], options?: CheckResultOptions): void {
  fc.assert(
    fc.property(scenarioArbitrary(), (scenario) => {
      const result = solve(scenario);
      expect(result.status).toBe('optimal');
      const found = violationsOf(invariants, scenario, result, options);
      expect(found, found.join('\n')).toEqual([]);
    }),
    propertySettings(RUNS),
  );
}

describe('the model on generated scenarios', () => {
  it('should solve every feasible-by-construction scenario to optimality, within its known cost bound', () => {
    fc.assert(
      fc.property(scenarioWithBoundArbitrary(), ({ scenario, costUpperBound }) => {
        const result = solve(scenario);
        expect(result.status).toBe('optimal');
        expect(result.objective).toBeGreaterThanOrEqual(0);
        expect(result.objective).toBeLessThanOrEqual((costUpperBound ?? Infinity) * (1 + 1e-9) + 1e-9);
      }),
      propertySettings(RUNS),
    );
  });

  it('should conserve flow at every node for every demand', () => {
    holdsOnOptimum(['demand-flows', 'demand-conservation', 'aggregate-conservation', 'node-throughput', 'demand-balance', 'totals'], {
      requireDemandFlows: true,
    });
  });

  it('should respect every link and node capacity and every corridor bound', () => {
    holdsOnOptimum(['link-capacity', 'node-capacity', 'corridor-bounds', 'closed-items', 'non-negative', 'utilisation']);
  });

  it('should report an objective equal to the objective recomputed from the flows', () => {
    holdsOnOptimum(['objective', 'unit-cost', 'demand-days']);
  });

  it('should report shares that add up to 1 with other whenever anything is served', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        const result = solve(scenario);
        const found = violationsOf(['shares', 'corridor-flow'], scenario, result);
        expect(found, found.join('\n')).toEqual([]);
        if (result.served > 0) {
          const sum = result.corridors.reduce((total, c) => total + c.share, 0) + result.other.share;
          expect(sum).toBeCloseTo(1, 9);
        }
      }),
      propertySettings(RUNS),
    );
  });

  it('should report marginal values that are a valid certificate of optimality', () => {
    holdsOnOptimum(['complementary-slackness', 'cheapest-routes', 'unmet-pricing', 'marginal-cost']);
  });

  it('should hold every invariant on any valid scenario, feasible or not, lower bounds and closed backbones included', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ feasibleByConstruction: false }), (scenario) => {
        const result = solve(scenario);
        expect(['optimal', 'infeasible']).toContain(result.status);
        const found = violationsOf(INVARIANTS, scenario, result);
        expect(found, found.join('\n')).toEqual([]);
      }),
      propertySettings(RUNS),
    );
  });
});
