import { beforeAll, describe, expect, it } from 'vitest';
import GLPK, { type GLPK as GlpkInstance } from 'glpk.js/node';
import { glpkLpSolve, PRESOLVE_MIN_COLUMNS } from '../../../src/solver/glpk-lp-solve';
import type { LpProblem } from '../../../src/lp/types';
import { closeTo } from '../../support/tolerance';
import { lpCertificateProblem } from './lp-certificate';

const NAME = { name: 'glpk.js', version: 'test' };
let glpk: GlpkInstance;
beforeAll(async () => {
  glpk = await GLPK();
});

/** An LP from dense rows (0 = no entry). */
function lpOf(parts: {
  objective: number[];
  rows?: number[][];
  rowLower?: number[];
  rowUpper?: number[];
  colLower?: number[];
  colUpper?: number[];
}): LpProblem {
  const numCols = parts.objective.length;
  const rows = parts.rows ?? [];
  const rowStart = [0];
  const rowIndex: number[] = [];
  const rowValue: number[] = [];
  for (const row of rows) {
    row.forEach((v, j) => {
      if (v !== 0) {
        rowIndex.push(j);
        rowValue.push(v);
      }
    });
    rowStart.push(rowIndex.length);
  }
  return {
    numCols,
    numRows: rows.length,
    objective: Float64Array.from(parts.objective),
    objectiveConstant: 0,
    colLower: Float64Array.from(parts.colLower ?? parts.objective.map(() => 0)),
    colUpper: Float64Array.from(parts.colUpper ?? parts.objective.map(() => Infinity)),
    rowLower: Float64Array.from(parts.rowLower ?? rows.map(() => -Infinity)),
    rowUpper: Float64Array.from(parts.rowUpper ?? rows.map(() => Infinity)),
    rowStart: Int32Array.from(rowStart),
    rowIndex: Int32Array.from(rowIndex),
    rowValue: Float64Array.from(rowValue),
  };
}

/** min Σ x_j subject to x_j ≥ 1, n columns and rows, built sparse (a dense n × n would be slow). */
function sparseIdentity(n: number): LpProblem {
  return {
    numCols: n,
    numRows: n,
    objective: new Float64Array(n).fill(1),
    objectiveConstant: 0,
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(Infinity),
    rowLower: new Float64Array(n).fill(1),
    rowUpper: new Float64Array(n).fill(Infinity),
    rowStart: Int32Array.from({ length: n + 1 }, (_, i) => i),
    rowIndex: Int32Array.from({ length: n }, (_, i) => i),
    rowValue: new Float64Array(n).fill(1),
  };
}

describe('glpkLpSolve', () => {
  it('should solve a small LP with its primal, duals and objective', () => {
    // min x + 2y  s.t.  x + y ≥ 3,  0 ≤ x ≤ 1  →  x = 1, y = 2, objective 5; one more unit of
    // the row's right-hand side costs 2 (y's price).
    const lp = lpOf({ objective: [1, 2], rows: [[1, 1]], rowLower: [3], colUpper: [1, Infinity] });
    const s = glpkLpSolve(glpk, NAME, lp);
    expect(s.status).toBe('optimal');
    expect(Array.from(s.primal)).toEqual([1, 2]);
    expect(Array.from(s.dual)).toEqual([2]);
    expect(s.objective).toBe(5);
    expect(s.solver.name).toBe('glpk.js');
    expect(s.solver.ms).toBeGreaterThanOrEqual(0);
    expect(lpCertificateProblem(lp, s)).toBeNull();
  });

  it('should read every kind of bound', () => {
    // min −a + b + c  s.t.  −5 ≤ a − b ≤ 5 (ranged row), b = 10 (fixed row), a + b + c free row;
    // a ≤ 30 without lower bound, b free, 1 ≤ c ≤ 4  →  b = 10, a = 15 (ranged row at +5), c = 1;
    // objective −15 + 10 + 1 = −4.
    const lp = lpOf({
      objective: [-1, 1, 1],
      rows: [
        [1, -1, 0],
        [0, 1, 0],
        [1, 1, 1],
      ],
      rowLower: [-5, 10, -Infinity],
      rowUpper: [5, 10, Infinity],
      colLower: [-Infinity, -Infinity, 1],
      colUpper: [30, Infinity, 4],
    });
    const s = glpkLpSolve(glpk, NAME, lp);
    expect(s.status).toBe('optimal');
    expect(Array.from(s.primal)).toEqual([15, 10, 1]);
    expect(s.objective).toBe(-4);
    expect(lpCertificateProblem(lp, s)).toBeNull();
  });

  it('should say infeasible with zeros', () => {
    const lp = lpOf({ objective: [1, 1], rows: [[1, 1], [1, 1]], rowLower: [3, -Infinity], rowUpper: [Infinity, 2] });
    const s = glpkLpSolve(glpk, NAME, lp);
    expect(s.status).toBe('infeasible');
    expect(Array.from(s.primal)).toEqual([0, 0]);
    expect(Array.from(s.dual)).toEqual([0, 0]);
    expect(s.objective).toBe(0);
  });

  it('should say unbounded', () => {
    const lp = lpOf({ objective: [-1, 0], rows: [[1, -1]], rowLower: [0] });
    expect(glpkLpSolve(glpk, NAME, lp).status).toBe('unbounded');
  });

  it('should solve an LP with an empty objective', () => {
    const lp = lpOf({ objective: [0, 0], rows: [[1, 1]], rowLower: [3] });
    const s = glpkLpSolve(glpk, NAME, lp);
    expect(s.status).toBe('optimal');
    expect(s.primal[0]! + s.primal[1]!).toBeGreaterThanOrEqual(3 - 1e-9);
    expect(s.objective).toBe(0);
  });

  it('should solve an LP without rows', () => {
    const lp = lpOf({ objective: [1, 0, 0], colLower: [2, 3, -4], colUpper: [5, 4, 7] });
    const s = glpkLpSolve(glpk, NAME, lp);
    expect(s.status).toBe('optimal');
    // x0 at its cheapest bound; x1, x2 have no cost and no rows: at the bound nearest 0.
    expect(Array.from(s.primal)).toEqual([2, 3, 0]);
    expect(s.dual.length).toBe(0);
  });

  it('should solve an LP without columns', () => {
    const s = glpkLpSolve(glpk, NAME, lpOf({ objective: [] }));
    expect(s.status).toBe('optimal');
    expect(s.primal.length).toBe(0);
  });

  it('should return unused columns as 0 and empty rows with dual 0', () => {
    const lp = lpOf({ objective: [1, 0], rows: [[1, 0], [0, 0]], rowLower: [2, -1], rowUpper: [Infinity, 1] });
    const s = glpkLpSolve(glpk, NAME, lp);
    expect(s.status).toBe('optimal');
    expect(Array.from(s.primal)).toEqual([2, 0]);
    expect(Array.from(s.dual)).toEqual([1, 0]);
  });

  it('should call an empty row that cannot hold at 0 infeasible', () => {
    const lp = lpOf({ objective: [1], rows: [[1], [0]], rowLower: [0, 5], rowUpper: [Infinity, 5] });
    expect(glpkLpSolve(glpk, NAME, lp).status).toBe('infeasible');
  });

  it('should refuse an LP that would abort GLPK and keep the instance usable', () => {
    const repeated: LpProblem = { ...lpOf({ objective: [1], rows: [[1]], rowLower: [1] }), rowStart: Int32Array.from([0, 2]), rowIndex: Int32Array.from([0, 0]), rowValue: Float64Array.from([1, 1]) };
    const s = glpkLpSolve(glpk, NAME, repeated);
    expect(s.status).toBe('error');
    expect(s.message).toBe('glpkLpSolve: column 0 appears twice in row 0');
    const nan = lpOf({ objective: [1], rows: [[Number.NaN]], rowLower: [1] });
    expect(glpkLpSolve(glpk, NAME, nan).message).toBe('glpkLpSolve: row 0, column 0 has coefficient NaN');
    expect(glpkLpSolve(glpk, NAME, lpOf({ objective: [1], rows: [[1]], rowLower: [1] })).status).toBe('optimal');
  });

  it('should pass a time limit and still solve a small LP', () => {
    const lp = lpOf({ objective: [1, 2], rows: [[1, 1]], rowLower: [3] });
    const s = glpkLpSolve(glpk, NAME, lp, { timeLimitSeconds: 5 });
    expect(s.status).toBe('optimal');
    expect(closeTo(s.objective, 3)).toBe(true);
  });

  describe('with the presolver', () => {
    const presolve = { presolve: true } as const;

    it('should return the optimum and the duals of the LP as given', () => {
      // The first LP of this file: x = 1, y = 2, objective 5, dual 2.
      const lp = lpOf({ objective: [1, 2], rows: [[1, 1]], rowLower: [3], colUpper: [1, Infinity] });
      const s = glpkLpSolve(glpk, NAME, lp, presolve);
      expect(s.status).toBe('optimal');
      expect(Array.from(s.primal)).toEqual([1, 2]);
      expect(Array.from(s.dual)).toEqual([2]);
      expect(lpCertificateProblem(lp, s)).toBeNull();
    });

    it('should still tell an infeasible LP from an unbounded one', () => {
      // x + y ≥ 3 with x, y ≤ 1: no feasible point (the presolver alone would say "undefined").
      const infeasible = lpOf({ objective: [1, 1], rows: [[1, 1]], rowLower: [3], colUpper: [1, 1] });
      expect(glpkLpSolve(glpk, NAME, infeasible, presolve).status).toBe('infeasible');
      const unbounded = lpOf({ objective: [-1, 0], rows: [[1, -1]], rowLower: [0] });
      expect(glpkLpSolve(glpk, NAME, unbounded, presolve).status).toBe('unbounded');
    });

    it('should tell infeasible from unbounded with a presolved solve without costs', () => {
      // Each call: [presolver on?, number of objective terms].
      const calls: [boolean, number][] = [];
      const recording = (statuses: string[]): GlpkInstance =>
        ({
          ...glpk,
          solve: (problem: Parameters<GlpkInstance['solve']>[0], options: { presol?: boolean }) => {
            calls.push([options.presol === true, (problem as { objective: { vars: unknown[] } }).objective.vars.length]);
            const status = statuses[calls.length - 1] as 'GLP_UNDEF' | 'GLP_NOFEAS' | 'GLP_OPT' | 'GLP_UNBND';
            // x0 = 1 with dual 1 is the optimum of the LP below, as an optimum must pass verifySolution.
            return { name: 'x', time: 0, result: { z: 1, vars: { x0: 1 }, dual: { r0: 1 }, status: glpk[status] } };
          },
        }) as unknown as GlpkInstance;
      const lp = lpOf({ objective: [1], rows: [[1]], rowLower: [1] });
      const solveWith = (statuses: string[], options: { presolve: boolean }): string => {
        calls.length = 0;
        return glpkLpSolve(recording(statuses), NAME, lp, options).status;
      };
      // "Undefined" twice: the rows alone have no solution; "infeasible" once the scaled LP says so
      // too, with the presolver and without.
      expect(solveWith(['GLP_UNDEF', 'GLP_UNDEF', 'GLP_UNDEF', 'GLP_UNDEF', 'GLP_NOFEAS'], presolve)).toBe('infeasible');
      expect(calls).toEqual([[true, 1], [true, 0], [true, 1], [true, 0], [false, 1]]);
      // One way finds no feasible solution, another ends undecided: a numerical failure, not "infeasible".
      expect(solveWith(['GLP_UNDEF', 'GLP_UNDEF', 'GLP_UNDEF', 'GLP_UNDEF', 'GLP_UNDEF'], presolve)).toBe('error');
      // One way finds no feasible solution, another a verified optimum: optimal.
      expect(solveWith(['GLP_UNDEF', 'GLP_UNDEF', 'GLP_OPT'], presolve)).toBe('optimal');
      // The rows alone have a solution: the plain simplex on the LP as given decides.
      expect(solveWith(['GLP_UNDEF', 'GLP_OPT', 'GLP_UNBND'], presolve)).toBe('unbounded');
      expect(calls).toEqual([[true, 1], [true, 0], [false, 1]]);
      expect(solveWith(['GLP_OPT'], presolve)).toBe('optimal');
      expect(calls).toEqual([[true, 1]]);
      expect(solveWith(['GLP_UNDEF', 'GLP_UNDEF', 'GLP_UNDEF', 'GLP_UNDEF'], { presolve: false })).toBe('error');
      expect(calls).toEqual([[false, 1], [false, 1], [true, 1], [true, 0]]);
    });

    it('should be used by default from PRESOLVE_MIN_COLUMNS columns up', () => {
      const seen: boolean[] = [];
      const recording = {
        ...glpk,
        solve: (problem: Parameters<GlpkInstance['solve']>[0], options: Parameters<GlpkInstance['solve']>[1]) => {
          seen.push((options as { presol?: boolean }).presol === true);
          return glpk.solve(problem, options);
        },
      } as unknown as GlpkInstance;
      expect(glpkLpSolve(recording, NAME, sparseIdentity(3)).status).toBe('optimal');
      const big = glpkLpSolve(recording, NAME, sparseIdentity(PRESOLVE_MIN_COLUMNS));
      expect(big.status).toBe('optimal');
      expect(closeTo(big.objective, PRESOLVE_MIN_COLUMNS)).toBe(true);
      expect(seen).toEqual([false, true]);
    });
  });

  describe('with a stand-in instance', () => {
    /** GLPK constants that differ from the real ones, to show none is hard-coded. */
    const fake = (result: () => { status: number }): GlpkInstance =>
      ({
        ...Object.fromEntries(
          ['GLP_MIN', 'GLP_MAX', 'GLP_FR', 'GLP_LO', 'GLP_UP', 'GLP_DB', 'GLP_FX', 'GLP_MSG_OFF', 'GLP_MSG_ERR', 'GLP_MSG_ON', 'GLP_MSG_ALL', 'GLP_MSG_DBG', 'GLP_UNDEF', 'GLP_FEAS', 'GLP_INFEAS', 'GLP_NOFEAS', 'GLP_OPT', 'GLP_UNBND'].map((k, i) => [k, 100 + i]),
        ),
        version: 'fake',
        write: () => '',
        solve: () => ({ name: 'x', time: 0, result: { z: 0, vars: {}, dual: {}, ...result() } }),
      }) as unknown as GlpkInstance;
    const lp = lpOf({ objective: [1], rows: [[1]], rowLower: [1] });

    it('should map status codes read off the instance', () => {
      // The stand-in's codes: GLP_UNDEF 112, GLP_FEAS 113, GLP_INFEAS 114, GLP_NOFEAS 115, GLP_OPT 116, GLP_UNBND 117.
      expect(glpkLpSolve(fake(() => ({ status: 115 })), NAME, lp).status).toBe('infeasible');
      expect(glpkLpSolve(fake(() => ({ status: 117 })), NAME, lp).status).toBe('unbounded');
      // An optimum counts once it holds up: x0 = 1 with dual 1 is this LP's.
      expect(glpkLpSolve(fake(() => ({ status: 116, vars: { x0: 1 }, dual: { r0: 1 } })), NAME, lp).status).toBe('optimal');
      const wrong = glpkLpSolve(fake(() => ({ status: 116, vars: { x0: 0 }, dual: { r0: 1 } })), NAME, lp);
      expect(wrong.status).toBe('error');
      expect(wrong.message).toMatch(/^numerical failure: .*row 0 = 0 is below its lower bound 1/);
      const feasible = glpkLpSolve(fake(() => ({ status: 113 })), NAME, lp);
      expect(feasible.status).toBe('error');
      expect(feasible.message).toBe('GLPK ended without an optimal solution (status feasible)');
      expect(glpkLpSolve(fake(() => ({ status: 4 })), NAME, lp).status).toBe('error'); // the real GLP_NOFEAS
    });

    it('should report a solve stopped by its time limit as time-limit, never error or infeasible', () => {
      // GLPK out of time leaves the status undefined (glpk.js does not pass on GLP_ETMLIM).
      const slow = fake(() => {
        const until = performance.now() + 30;
        while (performance.now() < until) {
          /* a solve that takes 30 ms */
        }
        return { status: 112 };
      });
      const s = glpkLpSolve(slow, NAME, lp, { timeLimitSeconds: 0.02 });
      expect(s.status).toBe('time-limit');
      expect(s.message).toMatch(/time limit of 0\.02 s/);
      expect(Array.from(s.primal)).toEqual([0]);
    });

    it('should turn a GLPK abort into an error with its message', () => {
      const s = glpkLpSolve(
        fake(() => {
          const e = new Error('Aborted(). Build with -sASSERTIONS for more info.');
          e.name = 'RuntimeError';
          throw e;
        }),
        NAME,
        lp,
      );
      expect(s.status).toBe('error');
      expect(s.message).toBe('GLPK failed: RuntimeError: Aborted(). Build with -sASSERTIONS for more info.');
    });
  });
});
