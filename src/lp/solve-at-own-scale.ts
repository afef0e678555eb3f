import type { LpBuild } from './lp-layout';
import { ownScaleViolation, rowsHoldingUnmet } from './own-scale-violation';
import { perLayout } from './layout-memo';
import { solveServedForm } from './served-form';
import { verifySolution } from './verify-solution';
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
  if (first.status === 'infeasible') return { solution: unlessServedFormSolves(build, lpSolve, options, first), violation: null };
  if (first.status !== 'optimal' && !isNumericalFailure(first)) return { solution: first, violation: null };
  const violation = first.status === 'optimal' ? ownScaleViolation(build, first.primal) : null;
  if (first.status === 'optimal' && violation === null) return { solution: first, violation };
  const { again, wrong } = solveServedFormAfter(build, lpSolve, options, first);
  const { solver } = again;
  if (again.status === 'optimal') {
    if (wrong === null || first.status === 'optimal') return { solution: again, violation: wrong };
    return { solution: { ...first, solver }, violation: null };
  }
  // Its verdict stands: "infeasible" there is said only when every way of solving agrees (glpkLpSolve).
  if (again.status !== 'error') return { solution: again, violation: null };
  // Served form not solved either: the first answer stands (an optimum missing what it misses, for the caller to decide).
  return { solution: { ...first, solver }, violation };
}

/**
 * `build`'s LP solved in served form after `first` (the times of both added
 * up), and for an optimum what it misses in `build`'s own rows or at some
 * figure's own scale (null: nothing), checked as every answer is: the served
 * form is another LP.
 */
function solveServedFormAfter(build: LpBuild, lpSolve: LpSolve, options: PathSolveOptions, first: LpSolution): { again: LpSolution; wrong: string | null } {
  const served = solveServedForm(build, lpSolve, options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds });
  const again = { ...served, solver: { ...served.solver, ms: first.solver.ms + served.solver.ms } };
  const wrong = again.status === 'optimal' ? (verifySolution(build.lp, again.primal, again.dual) ?? ownScaleViolation(build, again.primal)) : null;
  return { again, wrong };
}

/**
 * GLPK's optimum failed its check in the LP's own units however GLPK was
 * asked (glpkLpSolve). Why the served form is tried then as well: beside a
 * 1e9 t demand, a flow of 0.1 t that the rows tie to the big one (a
 * circulation through a corridor's gate held at minFlow 0.1) is worked out by
 * GLPK as a difference of figures near 1e9, and misses its 0.1 floor by
 * 1.2e-7 (one unit in the last place of 1e9); in served form those rows
 * carry no 1e9 and the 0.1 t is worked out at its own size.
 */
function isNumericalFailure(solution: LpSolution): boolean {
  return solution.status === 'error' && solution.message?.startsWith('numerical failure') === true;
}

/**
 * "Infeasible" from the LP as built, unless its served form has an optimum
 * that holds in `build`'s own rows at every figure's scale, which proves it
 * feasible. Why: beside a 1e9 t demand without a route and its 1e9 USD/t
 * penalty, the rows of 1e9 left GLPK calling the LP infeasible every way but
 * with the presolver, whose answer broke a corridor's share by 1e-8 t; in
 * served form those rows are as small as the tonnes served (glpsol
 * differential, FC_SEED=−99991 with 800 runs). A wrong verdict of
 * "infeasible" is caught later too (the diagnosis finds no shortfall), but
 * only as a numerical failure.
 */
function unlessServedFormSolves(build: LpBuild, lpSolve: LpSolve, options: PathSolveOptions, first: LpSolution): LpSolution {
  // Without unmet tonnes in any row, the served form is the LP itself.
  if (perLayout(build, rowsHoldingUnmet).length === 0) return first;
  const { again, wrong } = solveServedFormAfter(build, lpSolve, options, first);
  return again.status === 'optimal' && wrong === null ? again : { ...first, solver: again.solver };
}
