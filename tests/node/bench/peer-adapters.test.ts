/**
 * The benchmark's translations of our neutral LP into the peer solvers'
 * model formats (scripts/bench-peer-adapters.js): each solver, given its
 * translation, must find the optimum glpk.js finds, or the peer timings
 * would compare different problems.
 */
import { describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import jsLpSolver from 'javascript-lp-solver';
import { solve as yalpsSolve } from 'yalps';
import { toHighsModel, toJsLpSolverModel, toYalpsModel } from '../../../scripts/bench-peer-adapters.js';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { buildLp } from '../../../src/lp/build-lp';
import type { LpProblem } from '../../../src/lp/types';
import { parseScenario } from '../../../src/model/parse-scenario';
import { createSolver } from '../../../src/solver/create-solver';
import { closeTo } from '../../support/tolerance';

/**
 * minimise 2·x0 + 3·x1 + x2
 *   r0: x0 + x1 ≥ 4;  r1: −10 ≤ x0 − x1 ≤ 10;  r2: x2 = 1;  r3: free (no bound)
 *   0 ≤ x0 ≤ 3, 0 ≤ x1, 0 ≤ x2
 * By hand: x0 is cheaper, so x0 = 3 (its bound), x1 = 1, x2 = 1: 6 + 3 + 1 = 10.
 */
const handLp: LpProblem = {
  numCols: 3,
  numRows: 4,
  objective: Float64Array.of(2, 3, 1),
  objectiveConstant: 0,
  colLower: Float64Array.of(0, 0, 0),
  colUpper: Float64Array.of(3, Infinity, Infinity),
  rowLower: Float64Array.of(4, -10, 1, -Infinity),
  rowUpper: Float64Array.of(Infinity, 10, 1, Infinity),
  rowStart: Int32Array.of(0, 2, 4, 5, 7),
  rowIndex: Int32Array.of(0, 1, 0, 1, 2, 0, 2),
  rowValue: Float64Array.of(1, 1, 1, -1, 1, 5, 5),
};

async function objectives(lp: LpProblem) {
  const highs = await loadHighs();
  const viaHighs = highs.withModel(toHighsModel(lp, highs.infinity), (model) => {
    model.options.set({ output_flag: false });
    model.run();
    return model.getObjectiveValue();
  });
  const viaJsLp = (jsLpSolver.Solve(toJsLpSolverModel(lp)) as { result: number }).result;
  const viaYalps = yalpsSolve(toYalpsModel(lp), { maxPivots: Number.MAX_SAFE_INTEGER }).result;
  return { viaHighs, viaJsLp, viaYalps };
}

describe('the peer solvers’ model translations', () => {
  it('should give every peer the hand-solved optimum of a small LP with bounds, a range, an equality and a free row', async () => {
    const { viaHighs, viaJsLp, viaYalps } = await objectives(handLp);

    expect(closeTo(viaHighs, 10)).toBe(true);
    expect(closeTo(viaJsLp, 10)).toBe(true);
    expect(closeTo(viaYalps, 10)).toBe(true);
  });

  it('should give every peer glpk.js’s optimum on a generated benchmark scenario, plain formulation', async () => {
    const parsed = parseScenario(generateScenario({ seed: 11, width: 6, height: 6, demands: 6, demandsPerOrigin: 2 }));
    if (!parsed.ok) throw new Error('generated scenario is invalid');
    const { lp } = buildLp(parsed.scenario, { reduce: false });
    const glpk = (await createSolver()).solveLp(lp);

    const { viaHighs, viaJsLp, viaYalps } = await objectives(lp);

    expect(glpk.status).toBe('optimal');
    expect(closeTo(viaHighs, glpk.objective)).toBe(true);
    expect(closeTo(viaJsLp, glpk.objective)).toBe(true);
    expect(closeTo(viaYalps, glpk.objective)).toBe(true);
  });

  it('should refuse a column whose lower bound is not 0, naming it', () => {
    const shifted = { ...handLp, colLower: Float64Array.of(0, 1, 0) };

    expect(() => toYalpsModel(shifted)).toThrow(/column 1 has lower bound 1/);
  });
});
