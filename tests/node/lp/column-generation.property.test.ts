/**
 * Column generation, of arc columns (`solveByColumns`, `method: 'columns'`)
 * and of paths (`solveByPaths`, `method: 'paths'`), against the arc LP solved
 * whole: the same status and optimum, a result that passes every
 * check of corridor-flow/testing (the optimality certificate among them), on
 * random scenarios with every part of the spec.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { solveByColumns, type ColumnGenerationStats } from '../../../src/lp/column-generation';
import { solveScenario } from '../../../src/lp/solve-scenario';
import type { Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { checkResult } from '../../../src/testing/index';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';
import { sharedDestinationScenarioArbitrary } from './shared-destination-scenario-arbitrary';
import { sharedOriginScenarioArbitrary } from './shared-origin-scenario-arbitrary';
import { smallScenarioArbitrary } from './small-scenario-arbitrary';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

describe.each([
  ['columns', 'small scenarios', smallScenarioArbitrary],
  ['columns', 'demands sharing origins', sharedOriginScenarioArbitrary],
  ['columns', 'demands sharing destinations', sharedDestinationScenarioArbitrary],
  ['paths', 'small scenarios', smallScenarioArbitrary],
  ['paths', 'demands sharing origins', sharedOriginScenarioArbitrary],
  ['paths', 'demands sharing destinations', sharedDestinationScenarioArbitrary],
] as const)('column generation (method %s) on %s', (method, _, scenarioArbitrary) => {
  it('should reach the arc LP’s status and objective, with a result that passes every check', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario: Scenario) => {
        const arc = solveScenario(scenario, solver.solveLp, { method: 'arc' });
        const columns = solveScenario(scenario, solver.solveLp, { method });
        expect(columns.status).toBe(arc.status);
        if (arc.status !== 'optimal') return;
        expect(closeTo(columns.objective, arc.objective), `objective ${columns.objective} ≠ ${arc.objective}`).toBe(true);
        const lowerBounded = (scenario.corridors ?? []).some((c) => (c.minFlow ?? 0) > 0 || (c.minShare ?? 0) > 0);
        const circulationSums = ['unit-cost', 'demand-days', 'shares'];
        const violations = checkResult(scenario, columns, { requireDemandFlows: true })
          .filter((v) => !(lowerBounded && circulationSums.includes(v.invariant)))
          .map((v) => `${v.invariant}: ${v.message}`);
        expect(violations, violations.join('\n')).toEqual([]);
      }),
      propertySettings(200),
    );
  });
});

describe('solveByColumns', () => {
  it('should certify the optimum of a generated grid from a fraction of its flow columns', () => {
    const scenario = generateScenario({ seed: 5, width: 8, height: 8, demands: 10 }) as Scenario;
    const build = buildLp(scenario);
    let stats: ColumnGenerationStats | undefined;
    const byColumns = solveByColumns(build, solver.solveLp, {}, (s) => (stats = s));
    const whole = solver.solveLp(build.lp);
    expect(byColumns.status).toBe('optimal');
    expect(closeTo(byColumns.objective, whole.objective)).toBe(true);
    expect(stats?.fellBack).toBe(false);
    expect(stats!.masterFlowColumns).toBeLessThan(stats!.flowColumns);
  });
});
