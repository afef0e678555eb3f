import type { Result, Scenario } from '../model/types';
import type { LpSolve } from '../lp/types';
import type { SolveMethod } from '../lp/solve-by-method';
import type { MipSolve } from '../lp/mip-types';

/** Options of one solve. */
export interface SolveOptions {
  /** Wall-clock limit of each LP solve, seconds (an infeasible scenario takes up to three). */
  readonly timeLimitSeconds?: number;
  /** Default true: solve the smallest exact equivalent LP; false: the spec's formulation as written (see `buildLp`). */
  readonly reduce?: boolean;
  /** Default `auto`: the whole arc LP at once (`arc`) or by column generation (`columns`); the same optimum either way (see `solveByMethod`). */
  readonly method?: SolveMethod;
}

/**
 * One loaded solver: synchronous after `createSolver()` resolves, one glpk.js
 * instance reused for every solve.
 */
export interface Solver {
  /** The scenario's Result; never throws for a valid scenario. */
  solve(scenario: Scenario, options?: SolveOptions): Result;
  /** The neutral LP solver underneath (for tests and analysis). */
  readonly solveLp: LpSolve;
  /** The neutral MIP solver (glpk.js's branch and bound), for planning; absent in solvers made before it existed. */
  readonly solveMip?: MipSolve;
  /**
   * An LP solver that starts each solve from the basis of its last one when
   * the LP has the same shape (`warmDirect` in glpk-direct.ts): for a run of
   * LPs that differ in right-hand sides and bounds, such as a plan's model
   * years. Holds GLPK memory until `release`. Absent without the direct way.
   */
  readonly warmLp?: () => { readonly solveLp: LpSolve; readonly release: () => void };
  /** E.g. `glpk.js 5.0.0 (GLPK 5.0)`. */
  readonly version: string;
  /**
   * True when GLPK is called directly on glpk.js's wasm instance (see
   * `glpk-direct.ts`), false when through glpk.js's own `solve` (the same
   * answers; the direct way allocates less and is faster on small LPs).
   */
  readonly direct: boolean;
}
