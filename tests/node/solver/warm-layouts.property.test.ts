/**
 * A warm solver keeps one LP layout across its solves (`LayoutCache`) and
 * the path method's per-layout structures with it (`LayoutMemo`). Whatever
 * a run of variants does to the layout (numbers changed; links and demands
 * added or removed; capacities made unlimited, set to 0 or back; items
 * switched off; penalties, days and shares that add or drop rows), each
 * variant must get the answer a cold solve gives it.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { checkResult } from '../../../src/testing/check-result';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';
import { applyEdit, scenarioEditArbitrary, type ScenarioEdit } from '../lp/scenario-edit-arbitrary';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

const withoutTime = (result: Result): Result => ({ ...result, solver: { ...result.solver, ms: 0 } });

/** The scenarios of a run: `base`, then each edit made to the one before. */
function variantsOf(base: Scenario, edits: readonly ScenarioEdit[]): Scenario[] {
  const scenarios = [base];
  for (const edit of edits) scenarios.push(applyEdit(scenarios.at(-1)!, edit));
  return scenarios;
}

describe('Solver.warmSolver across layout changes', () => {
  it('should give every variant of a run exactly the cold result, whatever the edits do to the layout', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ nodes: { min: 2, max: 7 }, feasibleByConstruction: false, backwardLinks: true }),
        fc.array(scenarioEditArbitrary(), { minLength: 1, maxLength: 6 }),
        (base, edits) => {
          const warm = solver.warmSolver!();
          try {
            // Small LPs take the arc LP and no warm basis (solved as `solve` solves them), so any
            // difference is the layout's: the same LP must give the same result to the last bit.
            for (const scenario of variantsOf(base, edits)) expect(withoutTime(warm.solve(scenario))).toEqual(withoutTime(solver.solve(scenario)));
          } finally {
            warm.release();
          }
        },
      ),
      propertySettings(120),
    );
  });

  it('should give every variant the cold status, objective, served tonnes and a certificate by the path method', () => {
    let reused = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(scenarioEditArbitrary(), { minLength: 1, maxLength: 5 }),
        (seed, edits) => {
          const base = generateScenario({ seed, width: 5, height: 4, demands: 6 }) as Scenario;
          const warm = solver.warmSolver!();
          try {
            for (const scenario of variantsOf(base, edits)) {
              const hot = warm.solve(scenario, { method: 'paths' });
              const cold = solver.solve(scenario, { method: 'paths' });
              expect(hot.status).toBe(cold.status);
              if (cold.status !== 'optimal') continue;
              expect(closeTo(hot.objective, cold.objective, 1e-7), `objective ${hot.objective} warm, ${cold.objective} cold`).toBe(true);
              expect(checkResult(scenario, hot)).toEqual([]);
              // Generated costs and penalties (two decimals, drawn at random) leave no ties between serving a demand and not.
              cold.demands.forEach((demand, k) => {
                expect(closeTo(hot.demands[k]!.served, demand.served, 1e-7), `${demand.id}: ${hot.demands[k]!.served} t warm, ${demand.served} t cold`).toBe(true);
              });
            }
            reused += warm.columnsReused!();
          } finally {
            warm.release();
          }
        },
      ),
      propertySettings(40),
    );
    // Runs that kept their layout for a while must have reused the kept paths.
    expect(reused).toBeGreaterThan(0);
  });
});
