/**
 * `solveServedForm` solves the spec's formulation with served tonnes as
 * columns and answers in the terms of the built LP: the same optimum, and
 * duals that are duals of the built LP's rows (the claim its comment proves).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { readResult } from '../../../src/lp/read-result';
import { solveServedForm } from '../../../src/lp/served-form';
import { verifySolution } from '../../../src/lp/verify-solution';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { checkResult } from '../../../src/testing/check-result';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';
import { smallScenarioArbitrary } from './small-scenario-arbitrary';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

describe('solveServedForm', () => {
  it('should find the optimum of the built LP, with a primal and duals that prove it optimal in the built LP', () => {
    fc.assert(
      fc.property(smallScenarioArbitrary(), fc.boolean(), (scenario, reduce) => {
        const build = buildLp(scenario, { reduce });
        const plain = solver.solveLp(build.lp);
        const served = solveServedForm(build, solver.solveLp, {});
        expect(served.status).toBe(plain.status);
        if (plain.status !== 'optimal') return;
        expect(closeTo(served.objective, plain.objective, 1e-9), `${served.objective} ≈ ${plain.objective}`).toBe(true);
        // The optimality conditions of the built LP itself hold for what it maps back.
        expect(verifySolution(build.lp, served.primal, served.dual)).toBeNull();
        const result = readResult(scenario, build, served);
        expect(checkResult(scenario, result)).toEqual([]);
      }),
      propertySettings(150),
    );
  });
});
