import type { LpBuild } from './lp-layout';
import { ownScaleViolation } from './own-scale-violation';
import { solveServedForm } from './served-form';
import { solveByMethod, type SolveMethod } from './solve-by-method';
import type { PathSolveOptions } from './solve-by-paths';
import type { LpSolution, LpSolve } from './types';

/** What `solveAtOwnScale` found. */
export interface OwnScaleSolution {
  /** The last solution (times of every solve added up). */
  readonly solution: LpSolution;
  /** For an optimal `solution`: null when it holds at every figure's own scale, else what it misses (`ownScaleViolation`). */
  readonly violation: string | null;
}

/**
 * Solves `build`'s LP (by `method`, see solve-by-method.ts); an optimum that misses some figure at its own scale
 * (`ownScaleViolation`) is solved once more in the spec's served form
 * (`solveServedForm`), whose rows are as small as the tonnes served. Why:
 * rows written with unmet tonnes carry the unserved volumes on their right,
 * and a simplex whose tolerances are relative to those sizes cannot see a
 * share broken by a fraction of a tonne (issue 12).
 */
export function solveAtOwnScale(
  build: LpBuild,
  lpSolve: LpSolve,
  options: PathSolveOptions,
  method: SolveMethod = 'arc',
): OwnScaleSolution {
  const first = solveByMethod(method, build, lpSolve, options);
  if (first.status !== 'optimal') return { solution: first, violation: null };
  const violation = ownScaleViolation(build, first.primal);
  if (violation === null) return { solution: first, violation };
  const again = solveServedForm(build, lpSolve, options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds });
  const solver = { ...again.solver, ms: first.solver.ms + again.solver.ms };
  if (again.status === 'optimal') return { solution: { ...again, solver }, violation: ownScaleViolation(build, again.primal) };
  // Its verdict stands: "infeasible" there is said only when every way of solving agrees (glpkLpSolve).
  if (again.status !== 'error') return { solution: { ...again, solver }, violation: null };
  // Served form not solved either: the first optimum stands, missing what it misses, for the caller to decide.
  return { solution: { ...first, solver }, violation };
}
