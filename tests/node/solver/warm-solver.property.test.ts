import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import type { Result, Scenario } from '../../../src/model/types';
import { checkResult } from '../../../src/testing/check-result';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

/** One change of a sweep or a Monte Carlo draw: a link's capacity or cost, or a demand's volume, times `factor`. */
interface Change {
  readonly kind: 'capacity' | 'cost' | 'volume';
  /** Which link or demand (modulo how many there are). */
  readonly at: number;
  readonly factor: number;
}

const changeArbitrary: fc.Arbitrary<Change> = fc.record({
  kind: fc.constantFrom('capacity', 'cost', 'volume'),
  at: fc.nat(50),
  // Down to 0 for capacities: a closed link keeps its arc and its row, so the LP keeps its shape.
  factor: fc.oneof(fc.constant(0), fc.double({ min: 0.25, max: 2, noNaN: true })),
});

/** The base with `changes` made (costs never to 0: a cost of 0 takes the column out of the objective, another layout). */
function variant(base: Scenario, changes: readonly Change[]): Scenario {
  const links = [...base.links];
  const demands = [...base.demands];
  for (const { kind, at, factor } of changes) {
    if (kind === 'volume') {
      const d = demands[at % demands.length]!;
      demands[at % demands.length] = { ...d, volume: d.volume * Math.max(factor, 0.25) };
      continue;
    }
    const l = links[at % links.length]!;
    if (kind === 'capacity' && l.capacity !== undefined) links[at % links.length] = { ...l, capacity: l.capacity * factor };
    if (kind === 'cost' && l.cost !== 0) links[at % links.length] = { ...l, cost: l.cost * Math.max(factor, 0.25) };
  }
  return { ...base, links, demands };
}

/**
 * Where a warm result must equal the cold one: status and objective (to the
 * tolerance helper), and an optimality certificate of its own. With
 * `servedPerDemand`, each demand's served tonnes too: only where the optimum
 * is unique, since where serving a demand costs exactly its unmet penalty
 * (generated integer costs meet such ties) any split is optimal, and a warm
 * start may end at another vertex than a cold one.
 */
function expectSameAnswer(scenario: Scenario, hot: Result, cold: Result, servedPerDemand = false): void {
  expect(hot.status).toBe(cold.status);
  if (cold.status !== 'optimal') return;
  expect(closeTo(hot.objective, cold.objective, 1e-7), `objective ${hot.objective} warm, ${cold.objective} cold`).toBe(true);
  expect(checkResult(scenario, hot)).toEqual([]);
  if (!servedPerDemand) return;
  cold.demands.forEach((demand, k) => {
    expect(closeTo(hot.demands[k]!.served, demand.served, 1e-7), `${demand.id}: ${hot.demands[k]!.served} t warm, ${demand.served} t cold`).toBe(true);
  });
}

describe('Solver.warmSolver (scenario solves that start from the last basis)', () => {
  it('should give the cold answer, certificate included, for every variant of a sequence (warm start forced on small LPs)', () => {
    let warmStarts = 0;
    fc.assert(
      fc.property(scenarioArbitrary({ nodes: { min: 2, max: 7 } }), fc.array(fc.array(changeArbitrary, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 5 }), (base, sequence) => {
        const warm = solver.warmSolver!({ always: true });
        try {
          for (const changes of sequence) {
            const scenario = variant(base, changes);
            expectSameAnswer(scenario, warm.solve(scenario), solver.solve(scenario));
          }
          warmStarts += warm.warmStarts();
        } finally {
          warm.release();
        }
      }),
      propertySettings(100),
    );
    // The property is about warm starts: most sequences must have had some.
    expect(warmStarts).toBeGreaterThan(50);
  });

  it('should solve small LPs exactly as `solve` does when not forced (no warm start)', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ nodes: { min: 2, max: 6 } }), fc.array(fc.array(changeArbitrary, { minLength: 1, maxLength: 2 }), { minLength: 2, maxLength: 4 }), (base, sequence) => {
        const warm = solver.warmSolver!();
        try {
          for (const changes of sequence) {
            const scenario = variant(base, changes);
            const hot = warm.solve(scenario);
            const cold = solver.solve(scenario);
            expect({ ...hot, solver: { ...hot.solver, ms: 0 } }).toEqual({ ...cold, solver: { ...cold.solver, ms: 0 } });
          }
          expect(warm.warmStarts()).toBe(0);
        } finally {
          warm.release();
        }
      }),
      propertySettings(40),
    );
  });

  it('should start a 5,000-column network\'s capacity, cost and volume variants warm, with the cold answers', () => {
    const base = generateScenario({ seed: 20261127, width: 10, height: 10, demands: 14 });
    const capacitated = base.links.findIndex((l) => l.capacity !== undefined);
    const sequence: Change[][] = [
      [],
      [{ kind: 'capacity', at: capacitated, factor: 0.5 }],
      [{ kind: 'capacity', at: capacitated, factor: 0 }],
      [{ kind: 'cost', at: 3, factor: 1.4 }, { kind: 'volume', at: 2, factor: 1.3 }],
      [{ kind: 'volume', at: 5, factor: 0.6 }],
    ];
    const warm = solver.warmSolver!();
    try {
      for (const changes of sequence) {
        const scenario = variant(base, changes);
        // The arc LP: `auto` takes the path method from 4,000 flow columns, whose masters change shape (no basis
        // carries over; its columns do, tests/node/lp/path-reuse.property.test.ts).
        expectSameAnswer(scenario, warm.solve(scenario, { method: 'arc' }), solver.solve(scenario, { method: 'arc' }), true);
      }
      // Every variant after the first keeps the LP's shape.
      expect(warm.warmStarts()).toBe(sequence.length - 1);
    } finally {
      warm.release();
    }
  });
});
