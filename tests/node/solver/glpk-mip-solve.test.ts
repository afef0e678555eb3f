import { beforeAll, describe, expect, it } from 'vitest';
import type { MipProblem } from '../../../src/lp/mip-types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

/** min c·x + constant, one row `lower ≤ Σ x ≤ upper`, columns in [lo, hi], integer where marked. */
function mip(cost: number[], row: [number, number], bounds: [number, number][], integer: number[], constant = 0): MipProblem {
  const n = cost.length;
  return {
    numCols: n,
    numRows: 1,
    objective: Float64Array.from(cost),
    objectiveConstant: constant,
    colLower: Float64Array.from(bounds.map((b) => b[0])),
    colUpper: Float64Array.from(bounds.map((b) => b[1])),
    rowLower: Float64Array.of(row[0]),
    rowUpper: Float64Array.of(row[1]),
    rowStart: Int32Array.of(0, n),
    rowIndex: Int32Array.from(cost.map((_, j) => j)),
    rowValue: new Float64Array(n).fill(1),
    integer: Uint8Array.from(integer),
  };
}

describe('glpkMipSolve (through createSolver().solveMip)', () => {
  it('should solve a MIP whose relaxation is fractional, objective with its constant', () => {
    // x + y ≥ 1.5 with x, y ∈ {0, 1}: both must be 1 (the relaxation would take 1 and 0.5).
    const solution = solver.solveMip!(mip([3, 2], [1.5, Infinity], [[0, 1], [0, 1]], [1, 1], 10));
    expect(solution.status).toBe('optimal');
    expect(solution.feasible).toBe(true);
    expect([...solution.primal]).toEqual([1, 1]);
    expect(solution.objective).toBe(15);
  });

  it('should keep an integer column fixed at 1 by its bounds (not reset to [0, 1])', () => {
    const solution = solver.solveMip!(mip([3, 2], [0, Infinity], [[1, 1], [0, 1]], [1, 1]));
    expect([...solution.primal]).toEqual([1, 0]);
    expect(solution.objective).toBe(3);
  });

  it('should say infeasible when no integer point exists', () => {
    // 0.2 ≤ x + y ≤ 0.8 with x, y integer in [0, 1].
    const solution = solver.solveMip!(mip([1, 1], [0.2, 0.8], [[0, 1], [0, 1]], [1, 1]));
    expect(solution.status).toBe('infeasible');
    expect(solution.feasible).toBe(false);
  });

  it('should not believe an answer that breaks a row (GLPK 5.0 calls x = 1 optimal for 0.2 ≤ x ≤ 0.8, x integer)', () => {
    const solution = solver.solveMip!(mip([1], [0.2, 0.8], [[0, 1]], [1]));
    expect(solution).toMatchObject({ status: 'error', feasible: false, message: "GLPK's MIP answer is not feasible: row 0 = 1 outside [0.2, 0.8]" });
  });

  it('should refuse a NaN coefficient before GLPK sees it', () => {
    const problem = mip([Number.NaN], [0, 1], [[0, 1]], [1]);
    expect(solver.solveMip!(problem)).toMatchObject({ status: 'error', message: 'glpkMipSolve: objective of column 0 is NaN' });
  });
});
