/**
 * Issue 2: a second solver. HiGHS solves the very LP `buildLp` gives glpk.js;
 * both must find the same optimum, and a Result read from HiGHS's solution
 * must pass the same checks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLp } from '../../../src/lp/build-lp';
import { solveScenario } from '../../../src/lp/solve-scenario';
import type { LpSolve } from '../../../src/lp/types';
import { createSolver } from '../../../src/solver/index';
import type { Solver } from '../../../src/solver/index';
import { checkResult, scenarioArbitrary } from '../../../src/testing/index';
import { createHighsLpSolve } from '../../support/highs-lp-solve';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';

let glpk: Solver;
let highs: LpSolve;
beforeAll(async () => {
  glpk = await createSolver();
  highs = await createHighsLpSolve();
});

const anyScenario = scenarioArbitrary({ feasibleByConstruction: false, nodes: { min: 2, max: 8 }, demands: { min: 1, max: 5 } });

describe('HiGHS against glpk.js', () => {
  it('should reproduce GLPK\'s duals sign convention on a known LP', () => {
    // min x subject to x ≥ 2 (row 0: 2 ≤ x ≤ ∞): optimum 2; raising the
    // right-hand side by 1 raises the objective by 1, so the dual is +1.
    const lp = {
      numCols: 1,
      numRows: 1,
      objective: Float64Array.of(1),
      objectiveConstant: 0,
      colLower: Float64Array.of(0),
      colUpper: Float64Array.of(Infinity),
      rowLower: Float64Array.of(2),
      rowUpper: Float64Array.of(Infinity),
      rowStart: Int32Array.of(0, 1),
      rowIndex: Int32Array.of(0),
      rowValue: Float64Array.of(1),
    };
    const fromHighs = highs(lp);
    const fromGlpk = glpk.solveLp(lp);
    expect(fromHighs.objective).toBeCloseTo(2, 9);
    expect(fromHighs.dual[0]).toBeCloseTo(1, 9);
    expect(fromGlpk.dual[0]).toBeCloseTo(fromHighs.dual[0]!, 9);
  });

  it('should find the same status and objective on the LP buildLp makes', () => {
    fc.assert(
      fc.property(anyScenario, (scenario) => {
        const { lp } = buildLp(scenario);
        const a = glpk.solveLp(lp);
        const b = highs(lp);
        expect(b.status).toBe(a.status);
        if (a.status === 'optimal') expect(closeTo(b.objective, a.objective), `HiGHS ${b.objective} vs GLPK ${a.objective}`).toBe(true);
      }),
      propertySettings(80),
    );
  });

  it('should give the same Result objective, and a HiGHS-read Result should pass every check', () => {
    fc.assert(
      fc.property(anyScenario, (scenario) => {
        const fromGlpk = glpk.solve(scenario);
        const fromHighs = solveScenario(scenario, highs);
        expect(fromHighs.status).toBe(fromGlpk.status);
        expect(closeTo(fromHighs.objective, fromGlpk.objective), `HiGHS ${fromHighs.objective} vs GLPK ${fromGlpk.objective}`).toBe(true);
        const found = checkResult(scenario, fromHighs).map((v) => `${v.invariant}: ${v.message}`);
        expect(found, found.join('\n')).toEqual([]);
      }),
      propertySettings(60),
    );
  });
});
